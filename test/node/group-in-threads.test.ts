import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/statement-corpus';
import { StatementCollector, type StatementColumns } from '../../src/group/collect';
import { argumentHooks } from '../../src/group/group-statements';
import { groupColumns } from '../../src/group/group-columns';
import { resolveGroupSettings } from '../../src/group/settings';
import { revivePart, runGroupJob } from '../../src/node/group-jobs';
import { groupColumnsInThreads } from '../../src/node/group-in-threads';
import type { JobPool } from '../../src/node/job-pool';
import { WIRE } from '../group/fixtures';
import { tempDir } from '../temp-dir';

/** A pool of `threads` that runs each job here, its data passed through a structured clone as to a worker. */
function inlinePool(threads: number): JobPool & { jobs: string[] } {
  const jobs: string[] = [];
  return {
    threads,
    jobs,
    run: async (list) =>
      list.map((job) => {
        jobs.push(job.kind);
        const result = structuredClone(runGroupJob(job));
        return result === null || result instanceof Uint8Array ? result : revivePart(result);
      }),
    close: async () => {},
  };
}

function corpus(n: number): { id: string; text: string }[] {
  const path = join(tempDir('claimdiff-threads-'), 'c.jsonl');
  const fd = openSync(path, 'w');
  generateCorpus(n, fd, 11);
  closeSync(fd);
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
}

describe('groupColumnsInThreads', () => {
  const statements = [...corpus(3000), ...WIRE.map((w) => ({ ...w, id: `w-${w.id}` }))];
  const s = resolveGroupSettings({});
  // Grouping consumes the columns' feature table: each run collects its own.
  const columns = (): StatementColumns => {
    const collector = new StatementCollector(s.features, argumentHooks('test'));
    for (const x of statements) collector.add(x);
    return collector.finish();
  };
  const alone = groupColumns(columns(), s);

  it('has pairs just below the threshold to give the pairwise core, so the split is tried on each step', () => {
    const pool = inlinePool(2);
    return groupColumnsInThreads(columns(), s, pool, undefined, 0).then(() => {
      expect(pool.jobs).toContain('near');
      expect(pool.jobs).toContain('containment');
      expect(pool.jobs.filter((k) => k === 'keys').length).toBeGreaterThan(1);
    });
  });

  it('checks a few pairs just below the threshold on the calling thread', async () => {
    const pool = inlinePool(2);
    await groupColumnsInThreads(columns(), s, pool);
    expect(pool.jobs).toContain('containment');
    expect(pool.jobs).not.toContain('near');
  });

  it.each([
    [1, 0],
    [2, 0],
    [4, 0],
    [2, undefined],
    [4, undefined],
  ])('gives the groups of one thread with %i threads (near pairs shared out from %s)', async (threads, nearThreadsFrom) => {
    const split = await groupColumnsInThreads(columns(), s, inlinePool(threads), undefined, nearThreadsFrom);
    expect(split.layout).toEqual(alone.layout);
    expect(split.issues).toEqual(alone.issues);
  });
});
