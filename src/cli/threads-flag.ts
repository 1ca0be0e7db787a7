import { availableParallelism } from 'node:os';
import { UsageError } from './command';

/** Most threads `--threads` takes: more than a machine's cores only adds switching. */
const MAX_THREADS = 64;

/** The `--threads` value: a whole number from 1; the default is the machine's available parallelism. */
export function threadsFlag(value: string | undefined): number {
  if (value === undefined) return Math.min(MAX_THREADS, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}, found "${value}"`);
  return n;
}
