import { isMainThread, workerData } from 'node:worker_threads';

/**
 * What marks a worker thread started by `createJobPool`, so an entry module knows to serve jobs.
 * In its own file, apart from the pool, so that the command's entry can ask without loading
 * grouping (and the lexicon under it) on every run, `--version` included.
 */
export const GROUP_WORKER_MARK = 'claimdiff-group-worker';

/** The kinds of jobs a pool's workers serve: the grouping's steps, or `analyze`'s. */
export type WorkerJobs = 'group' | 'analyze';

/** The jobs this thread serves when it is a pool's worker (then serve them instead of running the program). */
export function workerJobs(): WorkerJobs | undefined {
  if (isMainThread) return undefined;
  const data = workerData as { mark?: string; jobs?: WorkerJobs } | null;
  return data?.mark === GROUP_WORKER_MARK ? (data.jobs ?? 'group') : undefined;
}

/** Whether this thread is a pool's worker for grouping jobs (then call `serveGroupJobs` instead of the program). */
export function isGroupWorker(): boolean {
  return workerJobs() === 'group';
}
