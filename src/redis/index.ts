/** `claimdiff/redis`: a statement index shared by processes and machines, kept in Redis. */
export { openRedisIndex } from './open-redis-index';
export type { RedisIndexOptions } from './open-redis-index';
export { openRedisStore } from './redis-store';
export type { RedisStoreOptions } from './redis-store';
export type { AddResult, SharedIndex, StatementStore, StoredStatement } from '../group/index';
