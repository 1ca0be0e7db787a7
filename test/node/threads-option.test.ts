import { describe, expect, it } from 'vitest';
import { checkThreads } from '../../src/node/threads-option';

describe('checkThreads', () => {
  it.each([1, 2, 64])('takes %d threads', (threads) => {
    expect(checkThreads('f(x, options)', threads)).toBe(threads);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d threads, naming the call and the value', (threads) => {
    expect(() => checkThreads('f(x, options)', threads)).toThrow(`f(x, options): option threads: found ${String(threads)}, expected a whole number from 1`);
  });
});
