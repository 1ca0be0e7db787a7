import { parentPort, Worker } from 'node:worker_threads';
import type { PairPart } from '../group/find-pairs';
import { revivePart, runGroupJob, transferList, type GroupJob, type GroupJobResult } from './group-jobs';
import { GROUP_WORKER_MARK, type WorkerJobs } from './worker-mark';

/** A kind of job a pool runs: how to run one, and how its result crosses threads. */
export interface JobKind<J, R> {
  /** Told to the workers, so that their entry knows which jobs to serve. */
  readonly name: WorkerJobs;
  run(job: J): R;
  /** The buffers of a result to transfer back rather than copy. */
  transfer(result: R): ArrayBuffer[];
  /** A result as it arrives from another thread, given its methods back. */
  revive(result: R): R;
}

/** Threads that run jobs of one kind: this one and `threads − 1` workers. */
export interface Pool<J, R> {
  readonly threads: number;
  /** Runs the jobs, the first ones first, on whichever thread is free; results in job order. `onDone` hears of each job as it ends. */
  run(jobs: readonly J[], onDone?: (index: number) => void): Promise<R[]>;
  close(): Promise<void>;
}

/** Jobs sent ahead to each worker (see `run`). */
const IN_FLIGHT = 2;

/** A pool of the grouping's jobs. */
export type JobPool = Pool<GroupJob, GroupJobResult>;

export const GROUP_JOBS: JobKind<GroupJob, GroupJobResult> = {
  name: 'group',
  run: runGroupJob,
  transfer: transferList,
  revive: (result) => (result === null || result instanceof Uint8Array ? result : revivePart(result as PairPart)),
};

let serving = false;

/** The worker's side: run each job sent and send the result back (once, however often it is called: an entry and a chunk it loads may both ask). */
export function serveJobs<J, R>(kind: JobKind<J, R>): void {
  if (serving) return;
  serving = true;
  parentPort?.on('message', ({ id, job }: { id: number; job: J }) => {
    const result = kind.run(job);
    parentPort?.postMessage({ id, result }, kind.transfer(result));
  });
}

/** The worker's side of a grouping pool. */
export function serveGroupJobs(): void {
  serveJobs(GROUP_JOBS);
}

/**
 * A pool of `threads − 1` worker threads, each loading `entry` (a module that serves `kind`'s
 * jobs when `workerJobs()` names it), plus the calling thread, which takes jobs too between
 * messages. Workers start at once, so they load while the caller reads its input.
 */
export function createPool<J, R>(threads: number, entry: URL, kind: JobKind<J, R>): Pool<J, R> {
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(entry, { workerData: { mark: GROUP_WORKER_MARK, jobs: kind.name } }));
  let onMessage: (worker: Worker, message: { id: number; result: R }) => void = () => {};
  let onError: (error: unknown) => void = () => {};
  for (const w of workers) {
    w.on('message', (message: { id: number; result: R }) => onMessage(w, message));
    w.on('error', (error) => onError(error));
  }
  return {
    threads: workers.length + 1,
    run(jobs, onDone = () => {}) {
      const results = new Array<R>(jobs.length);
      if (jobs.length === 0) return Promise.resolve(results);
      return new Promise((resolve, reject) => {
        let next = 0;
        let done = 0;
        const finished = (id: number): void => {
          onDone(id);
          if (++done === jobs.length) resolve(results);
        };
        const feed = (w: Worker): void => {
          if (next >= jobs.length) return;
          const id = next++;
          w.postMessage({ id, job: jobs[id] });
        };
        onMessage = (w, { id, result }) => {
          results[id] = kind.revive(result);
          finished(id);
          feed(w);
        };
        onError = reject;
        // Two jobs in flight a worker when there are many: its answer waits while this thread
        // runs a job of its own, and the next job must be there already, or the worker idles
        // until then. Few jobs go one a thread, so that this thread gets its share.
        const depth = jobs.length >= IN_FLIGHT * 2 * (workers.length + 1) ? IN_FLIGHT : 1;
        for (const w of workers) for (let k = 0; k < depth; k++) feed(w);
        // This thread takes a job whenever it gets control back; workers' answers come between.
        const here = (): void => {
          if (next >= jobs.length) return;
          const id = next++;
          try {
            results[id] = kind.run(jobs[id] as J);
            finished(id);
          } catch (error) {
            reject(error);
            return;
          }
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

/** A pool of the grouping's jobs (see `createPool`). */
export function createJobPool(threads: number, entry: URL): JobPool {
  return createPool(threads, entry, GROUP_JOBS);
}
