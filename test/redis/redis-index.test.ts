import { describe, expect, it } from 'vitest';
import { groupStatementsWithIssues } from '../../src/group/group-statements';
import type { StatementStore } from '../../src/group/statement-store';
import { openRedisIndex, openRedisStore } from '../../src/redis/index';
import { WIRE } from '../group/fixtures';
import { redisAvailable, startRedis } from './redis-server';
import { useRedis } from './use-redis';

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
};

describe.runIf(redisAvailable())('openRedisIndex against a real redis-server', () => {
  const server = useRedis();

  it('gives the groups of one groupStatements over every statement, added in batches', async () => {
    const index = await openRedisIndex({ url: server().url, name: 'batches' });
    try {
      for (let k = 0; k < WIRE.length; k += 3) await index.add(WIRE.slice(k, k + 3));
      expect(await index.size()).toBe(WIRE.length);
      expect(await index.groupsWithIssues()).toEqual(groupStatementsWithIssues(WIRE));
      expect(await collect(index.groups())).toEqual(groupStatementsWithIssues(WIRE).groups);
      expect(await index.groupOf('a3')).toEqual(groupStatementsWithIssues(WIRE).groups.find((g) => g.members.includes('a3')));
      expect(await index.groupOf('nobody')).toBeUndefined();
    } finally {
      await index.close();
    }
  });

  it('counts statements added again as already there, and gives an issue for a known id with another text', async () => {
    const index = await openRedisIndex({ url: server().url, name: 'again' });
    try {
      expect(await index.add(WIRE.slice(0, 5))).toEqual({ added: 5, present: 0, issues: [] });
      expect(await index.add(WIRE)).toEqual({ added: WIRE.length - 5, present: 5, issues: [] });
      const changed = await index.add([{ id: 'a1', text: 'another wording altogether' }]);
      expect(changed.added + changed.present).toBe(0);
      expect(changed.issues.map((i) => i.code)).toEqual(['id-conflict']);
      expect(await index.groupsWithIssues()).toEqual(groupStatementsWithIssues(WIRE));
    } finally {
      await index.close();
    }
  });

  it('lets exactly one of several connections racing on one id with different texts add it; the others get an id-conflict', async () => {
    const stores = await Promise.all([0, 1, 2, 3].map(() => openRedisStore({ url: server().url, name: 'race' })));
    try {
      for (let round = 0; round < 20; round++) {
        const id = `r${round}`;
        const outcomes = await Promise.all(stores.map((store, w) => store.put([{ id, text: `wording ${w} of round ${round}` }])));
        const winner = outcomes.findIndex((o) => o[0] === 'added');
        expect(outcomes.map((o) => o[0]).sort()).toEqual(['added', 'conflict', 'conflict', 'conflict']);
        expect((await (stores[1] as StatementStore).get(id))?.text).toBe(`wording ${winner} of round ${round}`);
      }
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('lets writers open and add to a new index at once: none sees its format key half written', async () => {
    for (let round = 0; round < 10; round++) {
      const name = `fresh${round}`;
      const added = await Promise.all(WIRE.slice(0, 4).map(async (statement) => {
        const index = await openRedisIndex({ url: server().url, name });
        try {
          return (await index.add([statement])).added;
        } finally {
          await index.close();
        }
      }));
      expect(added).toEqual([1, 1, 1, 1]);
    }
  });

  it('keeps every acknowledged statement across a restart of Redis (AOF on), the same client reconnecting', async () => {
    const index = await openRedisIndex({ url: server().url, name: 'restart' });
    try {
      await index.add(WIRE.slice(0, 6));
      await server().restart();
      await index.add(WIRE.slice(6));
      expect(await index.groupsWithIssues()).toEqual(groupStatementsWithIssues(WIRE));
    } finally {
      await index.close();
    }
  }, 20_000);

  it('reads an index nobody wrote as empty, and writes no key for it', async () => {
    const index = await openRedisIndex({ url: server().url, name: 'absent' });
    expect(await index.size()).toBe(0);
    expect(await collect(index.groups())).toEqual([]);
    await index.close();
    expect(server().cli('--scan', '--pattern', 'claimdiff:absent:*')).toBe('');
  });

  it('is empty after drop, and its keys are gone', async () => {
    const index = await openRedisIndex({ url: server().url, name: 'dropped' });
    await index.add(WIRE);
    await index.drop();
    expect(await index.size()).toBe(0);
    await index.close();
    expect(server().cli('--scan', '--pattern', 'claimdiff:dropped:*')).toBe('');
  });

  it.each([
    ['a meta key of another type', 'claimdiff:wrongmeta:meta', ['SET', 'claimdiff:wrongmeta:meta', 'x'], 'wrongmeta'],
    ['a shard of another type', 'claimdiff:wrongshard:s:', null, 'wrongshard'],
  ])('stops on %s, naming the key, and rebuilds nothing', async (_, key, setup, name) => {
    if (setup) server().cli(...setup);
    else for (let k = 0; k < 64; k++) server().cli('SET', `${key}${k}`, 'x');
    const attempt = async (): Promise<void> => {
      const index = await openRedisIndex({ url: server().url, name });
      try {
        await index.add(WIRE);
      } finally {
        await index.close();
      }
    };
    await expect(attempt()).rejects.toThrow(new RegExp(`^claimdiff: Redis at ${server().url}: key "${key}[0-9]*" holds another type`));
    expect(server().cli('TYPE', setup ? key : `${key}0`)).toBe('string');
  });

  it('stops on a format version it did not write, naming the key', async () => {
    server().cli('HSET', 'claimdiff:future:meta', 'version', '9', 'shards', '64');
    await expect(openRedisIndex({ url: server().url, name: 'future' })).rejects.toThrow(/^claimdiff: Redis key "claimdiff:future:meta": found format version "9"/);
    expect(server().cli('HGET', 'claimdiff:future:meta', 'version')).toBe('9');
  });

  it.each([
    ['nothing listening', 'redis://127.0.0.1:1', /^claimdiff: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/],
    ['no URL', 'localhost 6379', /^claimdiff: cannot reach Redis at localhost 6379: found no URL/],
    ['another protocol', 'http://127.0.0.1:1', /^claimdiff: cannot reach Redis at http:\/\/127\.0\.0\.1:1: found protocol http:/],
    ['a password', 'redis://user:secret@127.0.0.1:1', /^claimdiff: cannot reach Redis at redis:\/\/user:\*\*\*@127\.0\.0\.1:1: /],
  ])('says it cannot reach Redis at a bad URL: %s', async (_, url, message) => {
    await expect(openRedisIndex({ url, name: 'x' })).rejects.toThrow(message);
  });

  it('refuses a name with a brace, which would pin the index to one cluster slot', async () => {
    await expect(openRedisIndex({ url: server().url, name: 'a{b}' })).rejects.toThrow(/^claimdiff: openRedisIndex\(options\): found name "a\{b\}"/);
  });
});

describe.runIf(redisAvailable())('openRedisIndex when Redis goes away', () => {
  it('retries a dropped connection a bounded number of times, then says it cannot reach Redis', async () => {
    const redis = await startRedis();
    const index = await openRedisIndex({ url: redis.url, name: 'gone' });
    await index.add(WIRE.slice(0, 2));
    await redis.stop();
    const started = Date.now();
    await expect(index.add(WIRE.slice(2))).rejects.toThrow(new RegExp(`^claimdiff: cannot reach Redis at ${redis.url}: .*\\(after 5 retries\\)`));
    // 100 + 200 + 400 + 800 + 1600 ms of waits between reconnections, then it gives up.
    expect(Date.now() - started).toBeLessThan(15_000);
    await index.close();
  }, 30_000);
});
