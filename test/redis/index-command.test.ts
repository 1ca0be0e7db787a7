import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, corpusFile, run } from './built-cli';
import { redisAvailable } from './redis-server';
import { useRedis } from './use-redis';

// Made when the tests run, not when the file loads: skipped without a server, it leaves no directory.
let [dir, corpus, lines] = ['', '', [] as string[]];

const inMemory = (format: string): string => spawnSync(process.execPath, [CLI, 'group', '--format', format, corpus], { encoding: 'utf8' }).stdout;

describe.runIf(redisAvailable())('claimdiff index against a real redis-server (the built command)', () => {
  beforeAll(() => {
    ({ dir, path: corpus, lines } = corpusFile(3000, 11));
  });
  const server = useRedis();

  /** Statements the index `name` holds, counted on the server. */
  const held = (name: string): number =>
    Number(server().cli('EVAL', `local n = 0 for k = 0, 63 do n = n + redis.call('HLEN', 'claimdiff:${name}:s:' .. k) end return n`, '0'));

  it('gives, with 4 writers adding overlapping slices at once, the groups of one claimdiff group', async () => {
    // Each writer takes a quarter and the next writer's first 150 lines, so some ids race.
    const quarter = lines.length / 4;
    const slices = [0, 1, 2, 3].map((w) => {
      const path = join(dir, `slice${w}.jsonl`);
      writeFileSync(path, `${lines.slice(w * quarter, (w + 1) * quarter + (w < 3 ? 150 : 0)).join('\n')}\n`);
      return path;
    });
    const runs = await Promise.all(slices.map((path) => run(['index', 'add', '--redis', server().url, '--name', 'four', '--format', 'json', path])));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    const counts = runs.map((r) => JSON.parse(r.stdout) as { added: number; present: number; issues: unknown[] });
    expect(counts.reduce((n, c) => n + c.added, 0)).toBe(lines.length);
    expect(counts.reduce((n, c) => n + c.present, 0)).toBe(450);
    expect(counts.flatMap((c) => c.issues)).toEqual([]);
    const groups = await run(['index', 'groups', '--redis', server().url, '--name', 'four']);
    expect(groups.status).toBe(0);
    expect(JSON.parse(groups.stdout).groups.filter((g: { members: string[] }) => g.members.length > 1).length).toBeGreaterThan(300);
    expect(groups.stdout).toBe(inMemory('json'));
  }, 120_000);

  it('prints added and already there, reading stdin, with REDIS_URL as the default server', async () => {
    const input = `${lines.slice(0, 10).join('\n')}\n`;
    expect((await run(['index', 'add', '--name', 'stdin', '-'], { REDIS_URL: server().url }, input)).stdout).toBe('added 10, already there 0\n');
    expect((await run(['index', 'add', '--name', 'stdin', '-'], { REDIS_URL: server().url }, input)).stdout).toBe('added 0, already there 10\n');
    const changed = await run(['index', 'add', '--name', 'stdin', '-'], { REDIS_URL: server().url }, '{"id":"s1","text":"not what s1 said"}\n');
    expect(changed.stdout).toBe('added 0, already there 0, not applied 1\n');
    expect(changed.stderr).toMatch(/^claimdiff index add: issue id-conflict: statement "s1": /);
    expect((await run(['index', 'drop', '--name', 'stdin'], { REDIS_URL: server().url })).stdout).toBe('dropped stdin\n');
    expect(held('stdin')).toBe(0);
  }, 60_000);

  it('converges after a writer is killed (-9) mid-run and the whole input is added again', async () => {
    const child = spawn(process.execPath, [CLI, 'index', 'add', '--redis', server().url, '--name', 'killed', '-'], { stdio: ['pipe', 'ignore', 'ignore'] });
    // Half the input, and the stream left open: the writer has acknowledged some and waits for more.
    child.stdin.on('error', () => {});
    child.stdin.write(`${lines.slice(0, 1500).join('\n')}\n`);
    for (let t = 0; t < 200 && held('killed') === 0; t++) await new Promise((resolve) => setTimeout(resolve, 50));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const before = held('killed');
    expect(before).toBeGreaterThan(0);
    const again = await run(['index', 'add', '--redis', server().url, '--name', 'killed', '--format', 'json', corpus]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ added: lines.length - before, present: before, issues: [] });
    expect((await run(['index', 'groups', '--redis', server().url, '--name', 'killed', '--format', 'jsonl'])).stdout).toBe(inMemory('jsonl'));
  }, 120_000);

  it.each([
    ['nothing listening', ['index', 'groups', '--redis', 'redis://127.0.0.1:1', '--name', 'x'], 2, /^claimdiff: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED[^\n]*\n$/],
    ['no server given', ['index', 'groups', '--name', 'x'], 1, /^claimdiff index: expected --redis URL \(or REDIS_URL set\)\n/],
    ['no name given', ['index', 'drop', '--redis', 'redis://127.0.0.1:1'], 1, /^claimdiff index: expected --name NAME\n/],
    ['an unknown subcommand', ['index', 'list'], 1, /^claimdiff index: expected one of add, groups, drop after index, found "list"\n/],
  ])('stops on %s with its status and one line, no stack trace', async (_, args, status, message) => {
    const r = await run(args, { REDIS_URL: '' });
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a key of the wrong type with status 2, naming the key', async () => {
    server().cli('LPUSH', 'claimdiff:typed:s:0', 'x');
    for (let k = 1; k < 64; k++) server().cli('LPUSH', `claimdiff:typed:s:${k}`, 'x');
    const r = await run(['index', 'add', '--redis', server().url, '--name', 'typed', corpus]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claimdiff: Redis at redis:\/\/127\.0\.0\.1:\d+: key "claimdiff:typed:s:\d+" holds another type than claimdiff writes there; not rebuilt/);
    expect(server().cli('TYPE', 'claimdiff:typed:s:0')).toBe('list');
  });
});
