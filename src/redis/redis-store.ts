import { hashString, recordOf, statementOf, type PutOutcome, type StatementStore, type StoredStatement } from '../group/index';
import { ClaimdiffError } from '../schema/error';
import { connect, guard, type Client } from './connect';

/** The layout of the keys this code writes; another in Redis is an error, never rebuilt. */
export const FORMAT_VERSION = '1';

/**
 * Hashes each index's statements are spread over. Each is one key, so in a Redis Cluster the
 * statements of one index spread over 64 slots, hence over the nodes; each command touches one
 * key, so no command ever spans two slots.
 */
export const SHARDS = 64;

/** Statements sent in one script call at most: a call blocks the server while it runs. */
const CALL_SIZE = 256;

/**
 * Keeps each new statement of one shard, atomically: a script runs alone on the server, so two
 * writers putting the same id cannot both see it absent. Returns per statement 0 added,
 * 1 present (the same record), 2 conflict (another record kept; nothing written).
 */
const PUT_SCRIPT = `
local out = {}
for i = 1, #ARGV, 2 do
  local kept = redis.call('HGET', KEYS[1], ARGV[i])
  if not kept then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
    out[#out + 1] = 0
  elseif kept == ARGV[i + 1] then
    out[#out + 1] = 1
  else
    out[#out + 1] = 2
  end
end
return out`;

/** Writes the format key whole, if absent: a reader never sees it half written. */
const MARK_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'version', ARGV[1], 'shards', ARGV[2])
end
return 0`;

const OUTCOMES: readonly PutOutcome[] = ['added', 'present', 'conflict'];

/** Names that keep keys readable and free of `{`, which would pin an index to one slot. */
const NAME = /^[A-Za-z0-9._:-]{1,200}$/;

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  url: string;
  /** The index's name: its keys are `claimdiff:<name>:…`. */
  name: string;
  /** Connect to a Redis Cluster through the node at `url`. */
  cluster?: boolean;
}

type ScriptClient = Client & {
  claimdiffPut(key: string, ...args: string[]): Promise<number[]>;
  claimdiffMark(key: string, version: string, shards: string): Promise<number>;
};

/**
 * A `StatementStore` in Redis. Keys: `claimdiff:<name>:meta` (a hash: format version and
 * shard count, checked on open, written with the first statements) and `claimdiff:<name>:s:<k>` for k < 64 (hashes: id → record).
 * Writes are one Lua script per shard and call (sent as EVALSHA), reads HGET, HSCAN and HLEN:
 * all single-key. Statements are durable as Redis makes them (`appendonly yes` for restarts).
 *
 * @throws ClaimdiffError `unreachable` when Redis cannot be reached; `invalid-input` when its
 *   keys hold another type or format version, naming the key.
 */
export async function openRedisStore(options: RedisStoreOptions): Promise<StatementStore> {
  const { url, name } = options;
  if (typeof name !== 'string' || !NAME.test(name)) throw new ClaimdiffError('invalid-argument', `openRedisIndex(options): found name ${JSON.stringify(name)}, expected 1–200 letters, digits or . _ : -`);
  const client = (await connect(url, options.cluster === true)) as ScriptClient;
  client.defineCommand('claimdiffPut', { numberOfKeys: 1, lua: PUT_SCRIPT });
  client.defineCommand('claimdiffMark', { numberOfKeys: 1, lua: MARK_SCRIPT });
  const meta = `claimdiff:${name}:meta`;
  const shardKey = (k: number): string => `claimdiff:${name}:s:${k}`;
  const shardOf = (id: string): number => (hashString(id) >>> 0) % SHARDS;
  const shards = Array.from({ length: SHARDS }, (_, k) => shardKey(k));
  // The format is written with the first statements, so that reading an index never writes.
  let marked = false;
  try {
    const [version, count] = await guard(url, meta, client.hmget(meta, 'version', 'shards'));
    marked = version !== null || count !== null;
    if (marked && (version !== FORMAT_VERSION || count !== String(SHARDS))) {
      throw new ClaimdiffError('invalid-input', `Redis key "${meta}": found format version ${JSON.stringify(version)} with ${JSON.stringify(count)} shards, expected version ${FORMAT_VERSION} with ${SHARDS}; not rebuilt: drop the index or use another name`);
    }
  } catch (error) {
    client.disconnect();
    throw error;
  }

  const read = (key: string, id: string, record: string): StoredStatement => {
    try {
      return statementOf(id, record);
    } catch {
      throw new ClaimdiffError('invalid-input', `Redis key "${key}", field ${JSON.stringify(id)}: found a value claimdiff did not write, expected a statement record; not rebuilt: drop the index or use another name`);
    }
  };

  const putShard = async (k: number, batch: readonly StoredStatement[]): Promise<PutOutcome[]> => {
    const args = batch.flatMap((s) => [s.id, recordOf(s)]);
    const codes = await guard(url, shardKey(k), client.claimdiffPut(shardKey(k), ...args));
    return codes.map((c) => OUTCOMES[c] as PutOutcome);
  };

  return {
    async put(statements) {
      if (!marked) {
        await guard(url, meta, client.claimdiffMark(meta, FORMAT_VERSION, String(SHARDS)));
        marked = true;
      }
      const byShard = new Map<number, number[]>();
      statements.forEach((s, i) => {
        const k = shardOf(s.id);
        const list = byShard.get(k) ?? [];
        list.push(i);
        byShard.set(k, list);
      });
      const outcomes = new Array<PutOutcome>(statements.length);
      const calls: Promise<void>[] = [];
      for (const [k, positions] of byShard) {
        for (let from = 0; from < positions.length; from += CALL_SIZE) {
          const part = positions.slice(from, from + CALL_SIZE);
          calls.push(putShard(k, part.map((i) => statements[i] as StoredStatement)).then((codes) => {
            part.forEach((i, t) => (outcomes[i] = codes[t] as PutOutcome));
          }));
        }
      }
      await Promise.all(calls);
      return outcomes;
    },
    async get(id) {
      const key = shardKey(shardOf(id));
      const record = await guard(url, key, client.hget(key, id));
      return record === null ? undefined : read(key, id, record);
    },
    async *statements() {
      for (const key of shards) {
        // HSCAN may return a field twice when the hash grows meanwhile: each id is given once.
        const seen = new Set<string>();
        let cursor = '0';
        do {
          const [next, flat] = await guard(url, key, client.hscan(key, cursor, 'COUNT', 1000));
          for (let t = 0; t + 1 < flat.length; t += 2) {
            const id = flat[t] as string;
            if (seen.has(id)) continue;
            seen.add(id);
            yield read(key, id, flat[t + 1] as string);
          }
          cursor = next;
        } while (cursor !== '0');
      }
    },
    async size() {
      const counts = await Promise.all(shards.map((key) => guard(url, key, client.hlen(key))));
      return counts.reduce((a, b) => a + b, 0);
    },
    async drop() {
      await Promise.all([...shards, meta].map((key) => guard(url, key, client.del(key))));
      marked = false;
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
