import { isMainThread, workerData } from 'node:worker_threads';

/**
 * What marks a worker thread started by `createJobPool`, so an entry module knows to serve jobs.
 * In its own file, apart from the pool, so that the command's entry can ask without loading
 * grouping (and the lexicon under it) on every run, `--version` included.
 */
export const GROUP_WORKER_MARK = 'claimdiff-group-worker';

/** Whether this thread is a pool's worker (then call `serveGroupJobs` instead of the program). */
export function isGroupWorker(): boolean {
  return !isMainThread && (workerData as { mark?: string } | null)?.mark === GROUP_WORKER_MARK;
}
