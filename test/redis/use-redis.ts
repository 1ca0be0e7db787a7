import { afterAll, beforeAll } from 'vitest';
import { startRedis, type TestRedis } from './redis-server';

/** A server of its own for the tests of one `describe`: started before them, stopped after. */
export function useRedis(extra: readonly string[] = []): () => TestRedis {
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await startRedis(extra);
  }, 20_000);
  afterAll(async () => {
    await redis?.stop();
  });
  return () => redis as TestRedis;
}
