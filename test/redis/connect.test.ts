import { describe, expect, it } from 'vitest';
import { backoff, guard, RETRIES, shownUrl } from '../../src/redis/connect';

/** An error as ioredis gives a server's refusal: named ReplyError. */
function replyError(message: string): Error {
  const error = new Error(message);
  error.name = 'ReplyError';
  return error;
}

describe('backoff', () => {
  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [5, 1600],
    [RETRIES + 1, null],
    [50, null],
  ])('waits before reconnection %i: %s ms', (times, wait) => {
    expect(backoff(times)).toBe(wait);
  });

  it('never waits more than 2 s, and gives up after RETRIES', () => {
    for (let t = 1; t <= RETRIES; t++) expect(backoff(t)).toBeLessThanOrEqual(2000);
    expect(backoff(RETRIES + 1)).toBeNull();
  });
});

describe('shownUrl', () => {
  it.each([
    ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
    ['redis://user:secret@host:6379/2', 'redis://user:***@host:6379/2'],
    ['redis://:secret@host', 'redis://:***@host'],
    ['not a url', 'not a url'],
  ])('shows %s as %s, never the password', (url, shown) => {
    expect(shownUrl(url)).toBe(shown);
  });
});

describe('guard', () => {
  const url = 'redis://127.0.0.1:6379';
  it.each([
    ['a key of the wrong type', replyError('WRONGTYPE Operation against a key holding the wrong kind of value'), /^claimdiff: Redis at redis:\/\/127\.0\.0\.1:6379: key "k" holds another type/, 'invalid-input'],
    ['a script that met the wrong type', new Error('ERR Error running script: WRONGTYPE Operation against a key'), /key "k" holds another type/, 'invalid-input'],
    ['another refusal', replyError('OOM command not allowed when used memory > maxmemory'), /^claimdiff: Redis at .* refused a command on key "k": OOM/, 'invalid-input'],
    ['a connection lost past the retries', new Error('Reached the max retries per request limit (which is 5).'), /^claimdiff: cannot reach Redis at redis:\/\/127\.0\.0\.1:6379: Reached .*\(after 5 retries\)$/, 'unreachable'],
  ])('says %s as claimdiff says errors', async (_, error, message, code) => {
    await expect(guard(url, 'k', Promise.reject(error))).rejects.toThrow(message);
    await expect(guard(url, 'k', Promise.reject(error))).rejects.toMatchObject({ code });
  });

  it('passes a value through', async () => {
    expect(await guard(url, 'k', Promise.resolve(7))).toBe(7);
  });
});
