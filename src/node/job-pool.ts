import { parentPort, Worker } from 'node:worker_threads';
import type { PairPart } from '../group/find-pairs';
import { revivePart, runGroupJob, transferList, type GroupJob, type GroupJobResult } from './group-jobs';
import { GROUP_WORKER_MARK } from './worker-mark';

/** Threads that run grouping jobs: this one and `threads − 1` workers. */
export interface JobPool {
  readonly threads: number;
  /** Runs the jobs, the first ones first, on whichever thread is free; results in job order. */
  run(jobs: readonly GroupJob[]): Promise<GroupJobResult[]>;
  close(): Promise<void>;
}

/** The worker's side: run each job sent and send the result back. */
export function serveGroupJobs(): void {
  parentPort?.on('message', ({ id, job }: { id: number; job: GroupJob }) => {
    const result = runGroupJob(job);
    parentPort?.postMessage({ id, result }, transferList(result));
  });
}

const revive = (result: GroupJobResult): GroupJobResult => (result === null || result instanceof Uint8Array ? result : revivePart(result as PairPart));

/**
 * A pool of `threads − 1` worker threads, each loading `entry` (a module that calls
 * `serveGroupJobs` when `isGroupWorker()`), plus the calling thread, which takes jobs too
 * between messages. Workers start at once, so they load while the caller reads its input.
 */
export function createJobPool(threads: number, entry: URL): JobPool {
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(entry, { workerData: { mark: GROUP_WORKER_MARK } }));
  let onMessage: (worker: Worker, message: { id: number; result: GroupJobResult }) => void = () => {};
  let onError: (error: unknown) => void = () => {};
  for (const w of workers) {
    w.on('message', (message: { id: number; result: GroupJobResult }) => onMessage(w, message));
    w.on('error', (error) => onError(error));
  }
  return {
    threads: workers.length + 1,
    run(jobs) {
      const results: GroupJobResult[] = new Array<GroupJobResult>(jobs.length).fill(null);
      if (jobs.length === 0) return Promise.resolve(results);
      return new Promise((resolve, reject) => {
        let next = 0;
        let done = 0;
        const finished = (): void => {
          if (++done === jobs.length) resolve(results);
        };
        const feed = (w: Worker): void => {
          if (next >= jobs.length) return;
          const id = next++;
          w.postMessage({ id, job: jobs[id] });
        };
        onMessage = (w, { id, result }) => {
          results[id] = revive(result);
          finished();
          feed(w);
        };
        onError = reject;
        for (const w of workers) feed(w);
        // This thread takes a job whenever it gets control back; workers' answers come between.
        const here = (): void => {
          if (next >= jobs.length) return;
          const id = next++;
          try {
            results[id] = runGroupJob(jobs[id] as GroupJob);
          } catch (error) {
            reject(error);
            return;
          }
          finished();
          setImmediate(here);
        };
        here();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
