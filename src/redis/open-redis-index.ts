import { openSharedIndex, type SharedIndex } from '../group/index';
import type { GroupOptions } from '../schema/analysis';
import { openRedisStore, type RedisStoreOptions } from './redis-store';

/** Where the index is (`url`, `name`, `cluster`) and how it groups (as `groupStatements` takes). */
export type RedisIndexOptions = RedisStoreOptions & GroupOptions;

/**
 * Opens (creating when absent) the statement index `name` in Redis: any number of processes,
 * on any machines, may add to it at once, and `groups()` gives what one `groupStatements` over
 * every statement it holds gives. See README, "Sharing an index across processes and machines".
 *
 * @throws ClaimdiffError `unreachable` ("cannot reach Redis at <url>: …"); `invalid-input` when
 *   the index's keys hold something claimdiff did not write (naming the key); `invalid-options`.
 */
export async function openRedisIndex(options: RedisIndexOptions): Promise<SharedIndex> {
  const { url, name, cluster, ...groupOptions } = options;
  const store = await openRedisStore({ url, name, ...(cluster === undefined ? {} : { cluster }) });
  try {
    return openSharedIndex(store, groupOptions);
  } catch (error) {
    await store.close();
    throw error;
  }
}
