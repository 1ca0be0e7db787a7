/**
 * The shared index in Redis as a user runs it: `npm run build && npm run bench -- redis`. On a
 * generated statement corpus (see `statement-corpus.ts`) of BENCH_REDIS_SIZE statements
 * (200,000 by default), against a redis-server of its own (free port, temporary directory, AOF
 * on with `appendfsync everysec`, no RDB), one after another:
 *
 * - `node dist/cli.js index add` with 1, 2 and 4 writer processes at once, each on its slice of
 *   the file, into an empty index: wall time from the first spawn to the last exit, the writers'
 *   CPU time (GNU time) and the server's (INFO cpu);
 * - Redis memory per statement: INFO memory `used_memory` after the adds less before, ÷ n;
 * - `node dist/cli.js index groups` (read every statement back and group them) against
 *   `node dist/cli.js group` on the same file;
 * - `redis-benchmark` on the same server with the command mix of the adds: HSET of one
 *   statement record (id, ~180 bytes) into one of 64 hashes, pipelined, 4 clients — the server's
 *   ceiling for that write.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRedis, type TestRedis } from '../test/redis/redis-server';
import { generateCorpus } from './statement-corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const GNU_TIME = '/usr/bin/time';

/** Runs processes at once; wall time until the last exits, and their CPU time summed (GNU time). */
async function together(commands: readonly string[][]): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpus = await Promise.all(commands.map((args) => new Promise<number>((resolve, reject) => {
    const child = spawn(GNU_TIME, ['-f', '%U %S', process.execPath, CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`claimdiff ${args.join(' ')} failed: ${err}`));
      const [user, system] = (err.trim().split('\n').at(-1) as string).split(' ').map(Number);
      resolve(((user ?? 0) + (system ?? 0)) * 1000);
    });
  })));
  return { ms: performance.now() - started, cpuMs: cpus.reduce((a, b) => a + b, 0) };
}

/** A field of INFO. */
const info = (redis: TestRedis, section: string, field: string): number => Number(new RegExp(`^${field}:(\\S+)`, 'm').exec(redis.cli('INFO', section))?.[1] ?? NaN);
const serverCpuMs = (redis: TestRedis): number => (info(redis, 'cpu', 'used_cpu_user') + info(redis, 'cpu', 'used_cpu_sys')) * 1000;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  if (!existsSync(GNU_TIME)) throw new Error(`the Redis bench needs GNU time at ${GNU_TIME}`);
  const n = Number(process.env['BENCH_REDIS_SIZE'] ?? 200_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-bench-redis-'));
  const redis = await startRedis(['--appendfsync', 'everysec']);
  try {
    const path = join(dir, 'corpus.jsonl');
    const fd = openSync(path, 'w');
    generateCorpus(n, fd);
    closeSync(fd);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const slices = (w: number): string[] => Array.from({ length: w }, (_, k) => {
      const slice = join(dir, `slice-${w}-${k}.jsonl`);
      writeFileSync(slice, `${lines.slice(Math.floor((k * n) / w), Math.floor(((k + 1) * n) / w)).join('\n')}\n`);
      return slice;
    });
    console.log(`\nredis: \`claimdiff index add\` on ${n.toLocaleString('en')} generated statements, redis-server ${redis.cli('INFO', 'server').match(/redis_version:(\S+)/)?.[1]} (AOF everysec), each writer its own process`);
    console.log('| writers | wall | statements/s | writers\' CPU | server CPU | Redis memory / statement |');
    console.log('|---|---|---|---|---|---|');
    for (const w of [1, 2, 4]) {
      const name = `bench${w}`;
      const memory = info(redis, 'memory', 'used_memory');
      const cpu = serverCpuMs(redis);
      const t = await together(slices(w).map((slice) => ['index', 'add', '--redis', redis.url, '--name', name, slice]));
      const perStatement = (info(redis, 'memory', 'used_memory') - memory) / n;
      console.log(`| ${w} | ${seconds(t.ms)} | ${Math.round(n / (t.ms / 1000)).toLocaleString('en')} | ${seconds(t.cpuMs)} | ${seconds(serverCpuMs(redis) - cpu)} | ${Math.round(perStatement)} B |`);
      if (w < 4) redis.cli('DEL', `claimdiff:${name}:meta`, ...Array.from({ length: 64 }, (_, k) => `claimdiff:${name}:s:${k}`));
    }
    const groups = await together([['index', 'groups', '--redis', redis.url, '--name', 'bench4', '--format', 'jsonl']]);
    const group = await together([['group', '--quiet', '--format', 'jsonl', path]]);
    console.log(`\n\`index groups\` (read back and group): ${seconds(groups.ms)} wall, ${seconds(groups.cpuMs)} CPU; \`claimdiff group\` on the file: ${seconds(group.ms)} wall, ${seconds(group.cpuMs)} CPU (${(groups.ms / group.ms).toFixed(2)}×).`);
    const record = JSON.stringify([lines[0] ? (JSON.parse(lines[0]) as { text: string }).text : '', null, null]);
    const bench = spawnSync('redis-benchmark', ['-p', String(redis.port), '-q', '-n', String(n), '-r', '100000000', '-c', '4', '-P', '64', 'HSET', 'claimdiff:rb:s:0', '__rand_int__', record], { encoding: 'utf8' });
    const rps = /([\d.]+) requests per second/.exec(bench.stdout)?.[1];
    console.log(`redis-benchmark, HSET of one statement record (${record.length} bytes), 4 clients, pipeline 64: ${rps ? Math.round(Number(rps)).toLocaleString('en') : 'n/a'} statements/s.`);
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
