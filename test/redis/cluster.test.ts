import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, corpusFile, run } from './built-cli';
import { redisAvailable, startRedis, type TestRedis } from './redis-server';

// Made when the tests run, not when the file loads: skipped without a server, it leaves no directory.
let [dir, corpus, lines] = ['', '', [] as string[]];

describe.runIf(redisAvailable())('claimdiff index on a local 3-node Redis Cluster (the built command)', () => {
  beforeAll(() => {
    ({ dir, path: corpus, lines } = corpusFile(2000, 13));
  });
  let nodes: TestRedis[] = [];
  beforeAll(async () => {
    nodes = await Promise.all([0, 1, 2].map(() => startRedis(['--cluster-enabled', 'yes', '--cluster-node-timeout', '2000'])));
    const create = spawnSync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8' });
    if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
    // Ready when every node holds the whole slot map and knows the other two.
    const ready = (n: TestRedis): boolean => /cluster_state:ok/.test(n.cli('CLUSTER', 'INFO')) && /cluster_slots_ok:16384/.test(n.cli('CLUSTER', 'INFO')) && n.cli('CLUSTER', 'NODES').split('\n').filter((l) => l.includes('connected')).length === 3;
    for (let t = 0; t < 200 && !nodes.every(ready); t++) await new Promise((resolve) => setTimeout(resolve, 50));
    if (!nodes.every(ready)) throw new Error('the 3-node cluster did not become ready');
  }, 30_000);
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
  });

  it('spreads one index over the three nodes, and 4 concurrent writers give the groups of one claimdiff group', async () => {
    const quarter = lines.length / 4;
    const slices = [0, 1, 2, 3].map((w) => {
      const path = join(dir, `slice${w}.jsonl`);
      writeFileSync(path, `${lines.slice(w * quarter, (w + 1) * quarter + (w < 3 ? 100 : 0)).join('\n')}\n`);
      return path;
    });
    const url = (w: number): string => (nodes[w % 3] as TestRedis).url;
    const runs = await Promise.all(slices.map((path, w) => run(['index', 'add', '--cluster', '--redis', url(w), '--name', 'spread', '--format', 'json', path])));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    expect(runs.reduce((n, r) => n + (JSON.parse(r.stdout) as { added: number }).added, 0)).toBe(lines.length);
    for (const n of nodes) expect(Number(n.cli('DBSIZE'))).toBeGreaterThan(5);
    const groups = await run(['index', 'groups', '--cluster', '--redis', url(1), '--name', 'spread']);
    expect(groups.status, groups.stderr).toBe(0);
    expect(groups.stdout).toBe(spawnSync(process.execPath, [CLI, 'group', corpus], { encoding: 'utf8' }).stdout);
  }, 120_000);
});
