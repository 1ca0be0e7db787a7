import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStatementsWithIssues } from '../../src/group/group-statements';
import { openSharedIndex } from '../../src/group/shared-index';
import { memoryStore, recordOf, statementOf } from '../../src/group/statement-store';
import { WIRE } from './fixtures';

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
};

describe('a statement record', () => {
  it.each([
    [{ id: 'a', text: 'plain' }],
    [{ id: 'b', text: 'a denial', stance: 'denies' as const, denies: 'a' }],
    [{ id: 'c', text: 'a claim', stance: 'asserts' as const }],
  ])('reads back as the statement it was written from: %j', (s) => {
    expect(statementOf(s.id, recordOf(s))).toEqual(s);
  });
});

describe('openSharedIndex over the memory store', () => {
  it('gives the groups and issues of one groupStatements over every statement, whatever the batches and their order', async () => {
    const expected = groupStatementsWithIssues(WIRE);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(WIRE, { minLength: WIRE.length }), fc.integer({ min: 1, max: WIRE.length }), async (order, batch) => {
        const index = openSharedIndex(memoryStore());
        for (let k = 0; k < order.length; k += batch) await index.add(order.slice(k, k + batch));
        expect(await index.groupsWithIssues()).toEqual(expected);
        expect(await collect(index.groups())).toEqual(expected.groups);
      }),
      { numRuns: 20 },
    );
  });

  it('counts a statement added again as already there, and changes nothing', async () => {
    const index = openSharedIndex(memoryStore());
    expect(await index.add(WIRE.slice(0, 4))).toEqual({ added: 4, present: 0, issues: [] });
    expect(await index.add(WIRE.slice(2, 6))).toEqual({ added: 2, present: 2, issues: [] });
    expect(await index.size()).toBe(6);
  });

  it('gives an id-conflict issue for a known id with another text, and keeps the first text', async () => {
    const index = openSharedIndex(memoryStore());
    await index.add([{ id: 'x', text: 'the first wording' }]);
    const result = await index.add([{ id: 'x', text: 'another wording' }, { id: 'y', text: 'new' }]);
    expect(result.added).toBe(1);
    expect(result.issues.map((i) => i.code)).toEqual(['id-conflict']);
    expect(result.issues[0]?.message).toContain('"x"');
    expect((await index.groupOf('x'))?.members).toEqual(['x']);
  });

  it('finds the group of a statement it holds, and none for an unknown id', async () => {
    const index = openSharedIndex(memoryStore());
    await index.add(WIRE);
    const expected = groupStatementsWithIssues(WIRE).groups.find((g) => g.members.includes('a2'));
    expect(await index.groupOf('a2')).toEqual(expected);
    expect(await index.groupOf('nobody')).toBeUndefined();
  });

  it('is empty after drop', async () => {
    const index = openSharedIndex(memoryStore());
    await index.add(WIRE);
    await index.drop();
    expect(await index.size()).toBe(0);
    expect(await collect(index.groups())).toEqual([]);
  });

  it('throws on a batch with a repeated id, naming it', async () => {
    const index = openSharedIndex(memoryStore());
    await expect(index.add([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).rejects.toThrow(/claimdiff: .*duplicate id "a"/);
  });
});
