import { availableParallelism } from 'node:os';
import type { Analysis, AnalyzeOptions } from '../schema/analysis';
import type { Report } from '../schema/report';
import { serveAnalyzeJobs } from './analyze-jobs';
import { analyzeWithPool, defaultThreadsFrom } from './analyze-with-pool';
import { checkThreads } from './threads-option';
import { workerJobs } from './worker-mark';

// This module is also the entry its worker threads load: there it serves analyze jobs.
if (workerJobs() === 'analyze') serveAnalyzeJobs();

/** Options of `analyzeInThreads`: those of `analyze`, and the threads to use. */
export interface ThreadedAnalyzeOptions extends AnalyzeOptions {
  /**
   * Threads to use, this one included; 1 runs everything here. Given, they are used for any
   * input. By default workers start only where they were measured to pay or are expected to:
   * from a million characters of report text, on four cores or more (on two, a run on one
   * thread was faster). Options with hooks (a `lexicon`) cannot cross threads: the run is then
   * `analyze`'s, here alone.
   * @default the machine's available parallelism
   */
  threads?: number;
}

/**
 * `analyze` (the same reports, options and analysis, to the last id) with the extraction of the
 * reports and the comparisons of the groups on worker threads; merging speakers, grouping and
 * topics run on this thread. Node only (`claimdiff/node`); `analyze` runs on one thread, in
 * browsers too. Differences: `onProgress` hears of batches of reports and groups as they end
 * (in any order; `done` still rises to `total`), and with a `timeBudget` the groups compared
 * cheaply once it is spent are those that ran last on their thread, not the last in group order.
 *
 * @throws ClaimdiffError as `analyze`, or when `threads` is not a whole number from 1.
 */
export async function analyzeInThreads(reports: readonly Report[], options: ThreadedAnalyzeOptions = {}): Promise<Analysis> {
  const { threads, ...rest } = options;
  const choice = {
    threads: checkThreads('analyzeInThreads(reports, options)', threads ?? availableParallelism()),
    entry: new URL(import.meta.url),
    from: threads === undefined ? defaultThreadsFrom() : 0,
  };
  return analyzeWithPool('analyzeInThreads', reports, rest, choice);
}
