import { availableParallelism } from 'node:os';
import { collectStatements, type GroupingResult } from '../group/group-statements';
import { groupsOf } from '../group/group-layout';
import type { GroupInput, GroupOptions } from '../schema/analysis';
import { groupColumnsInThreads } from './group-in-threads';
import { createJobPool, serveGroupJobs } from './job-pool';
import { checkThreads } from './threads-option';
import { isGroupWorker } from './worker-mark';

// This module is also the entry its worker threads load: there it serves grouping jobs.
if (isGroupWorker()) serveGroupJobs();

/** Options of `groupStatementsInThreads`: the grouping options and the threads to use. */
export interface ThreadedGroupOptions extends GroupOptions {
  /**
   * Threads to use, this one included; 1 runs everything here. Options with hooks (`lexicon`, a
   * `diff` with one) cannot cross threads: the grouping then runs here alone.
   * @default the machine's available parallelism
   */
  threads?: number;
}

/**
 * `groupStatementsAsync` (the same input, options and groups) with the heavy steps on worker
 * threads: MinHash band keys, the LSH bands and the containment walk side by side, and the
 * pairwise core on the pairs just below the threshold. Node only (`claimdiff/node`); the core
 * functions run on one thread, in browsers too. Statements are read here, as they come.
 *
 * @throws ClaimdiffError as `groupStatementsAsync`, or when `threads` is not a whole number from 1.
 */
export async function groupStatementsInThreads(statements: AsyncIterable<GroupInput> | Iterable<GroupInput>, options: ThreadedGroupOptions = {}): Promise<GroupingResult> {
  const { threads: given = availableParallelism(), ...rest } = options;
  const threads = checkThreads('groupStatementsInThreads(statements, options)', given);
  // Workers start at once, so they load while the statements are read.
  const pool = threads > 1 ? createJobPool(threads, new URL(import.meta.url)) : undefined;
  try {
    const { cols, s, progress } = await collectStatements('groupStatementsInThreads', statements, rest);
    const n = cols.ids.length;
    progress({ stage: 'group', done: 0, total: n });
    const { layout, issues } = await groupColumnsInThreads(cols, s, pool);
    progress({ stage: 'group', done: n, total: n });
    return { groups: groupsOf(cols, layout), issues };
  } finally {
    await pool?.close();
  }
}
