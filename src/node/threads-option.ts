import { ClaimdiffError } from '../schema/error';

/**
 * The `threads` option of a threaded entry (`call` names it in the error): a whole number from 1.
 * @throws ClaimdiffError when it is anything else.
 */
export function checkThreads(call: string, threads: number): number {
  if (!Number.isInteger(threads) || threads < 1) {
    throw new ClaimdiffError('invalid-options', `${call}: option threads: found ${String(threads)}, expected a whole number from 1`);
  }
  return threads;
}
