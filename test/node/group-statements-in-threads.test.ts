import { describe, expect, it } from 'vitest';
import { groupStatementsWithIssues } from '../../src/group/group-statements';
import { WIRE } from '../group/fixtures';

// The built entry (npm test builds first): its worker threads load the built file.
const { groupStatementsInThreads } = (await import('../../dist/node.js')) as typeof import('../../src/node/index');

/** Invented near-duplicates around the wire fixtures, enough to spread over several jobs. */
const statements = WIRE.flatMap((w, k) =>
  Array.from({ length: 40 }, (_, i) => ({ ...w, id: `${w.id}-${i}`, text: i % 3 === 0 ? w.text : `${w.text} ${['on Tuesday', 'officials said', 'again', 'in a statement'][(i + k) % 4]}` })),
);

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}

describe('groupStatementsInThreads (claimdiff/node)', () => {
  const alone = groupStatementsWithIssues(statements);

  it.each([[1], [2], [4]])('gives the groups of groupStatements with %i threads, from an async iterable', async (threads) => {
    expect(await groupStatementsInThreads(stream(statements), { threads })).toEqual(alone);
  }, 30_000);

  it.each([[0], [1.5], [-2]])('throws on threads %s', async (threads) => {
    await expect(groupStatementsInThreads(statements, { threads })).rejects.toThrow(/claimdiff: groupStatementsInThreads\(statements, options\): option threads: found .*expected a whole number from 1/);
  });
});
