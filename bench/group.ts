/**
 * Grouping as a user runs it: `npm run build && npm run bench -- group`. On generated statement
 * corpora (see `statement-corpus.ts`) of 20k, 200k and 1M statements (BENCH_GROUP_SIZES, e.g.
 * `20000,200000`, picks others), each figure is its own process, run one after another in this
 * one run:
 *
 * - the floor: read, parse, tokenise and hash the same file, one thread (`group-child.ts --floor`);
 * - `node dist/cli.js group --quiet --format jsonl FILE` — the public command, built, timed from
 *   spawn to exit (process start, lexicon load and writing the groups included), with peak RSS
 *   from `/usr/bin/time -f %M` (GNU time) when the machine has it;
 * - at 20k, npm `minhash`'s `LshIndex` as the peer (`group-child.ts --peer`).
 *
 * The groups written are scored against the generated truth (pairs of statements placed in one
 * group: precision and recall). BENCH_GROUP_THREADS passes `--threads`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './statement-corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const CHILD = fileURLToPath(new URL('./group-child.ts', import.meta.url));
const GNU_TIME = '/usr/bin/time';

interface Figure {
  ms: number;
  /** CPU time (user + system, all threads), when known. */
  cpuMs: number | undefined;
  /** Peak RSS in bytes, when known. */
  peak: number | undefined;
}

/** A reference child (floor or peer): it times itself and says its peak. */
function reference(mode: '--floor' | '--peer', path: string): Figure {
  const r = spawnSync(process.execPath, [...process.execArgv, CHILD, mode, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Figure;
}

/** The public command on `path`, groups to `out`; wall time from spawn to exit. */
function command(path: string, out: string): Figure {
  const threads = process.env['BENCH_GROUP_THREADS'];
  const args = [CLI, 'group', '--quiet', '--format', 'jsonl', ...(threads ? ['--threads', threads] : []), path];
  const timed = existsSync(GNU_TIME);
  const fd = openSync(out, 'w');
  const started = performance.now();
  const r = timed ? spawnSync(GNU_TIME, ['-f', '%M %U %S', process.execPath, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' }) : spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`claimdiff group failed: ${r.stderr}`);
  const [kb, user, system] = timed ? (r.stderr.trim().split('\n').at(-1) as string).split(' ').map(Number) : [];
  return { ms, cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000, peak: kb === undefined ? undefined : kb * 1024 };
}

/** Pair precision and recall of the groups in a JSONL file against the true cluster of each statement (`s1` is statement 0). */
function score(out: string, truth: Int32Array): { precision: number; recall: number } {
  const n = truth.length;
  const group = new Int32Array(n).fill(-1);
  let g = 0;
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (line === '') continue;
    for (const m of (JSON.parse(line) as { members: string[] }).members) group[Number(m.slice(1)) - 1] = g;
    g++;
  }
  // Pairs counted per (truth cluster, group) cell: Σ C(cell, 2) true positives.
  const pairs = (sizes: Map<number, number>): number => [...sizes.values()].reduce((k, c) => k + (c * (c - 1)) / 2, 0);
  const byGroup = new Map<number, number>();
  const byTruth = new Map<number, number>();
  const byBoth = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const a = group[i] as number;
    const t = truth[i] as number;
    if (a < 0) throw new Error(`statement s${i + 1} is in no group`);
    byGroup.set(a, (byGroup.get(a) ?? 0) + 1);
    byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
    const cell = a * 2 ** 21 + t;
    byBoth.set(cell, (byBoth.get(cell) ?? 0) + 1);
  }
  const tp = pairs(byBoth);
  const predicted = pairs(byGroup);
  const gold = pairs(byTruth);
  return { precision: predicted === 0 ? 1 : tp / predicted, recall: gold === 0 ? 1 : tp / gold };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const cpuSeconds = (ms: number | undefined): string => (ms === undefined ? 'n/a' : seconds(ms));
const perStatement = (peak: number | undefined, n: number): string => (peak === undefined ? 'n/a' : `${Math.round(peak / n)} B`);

export async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const sizes = (process.env['BENCH_GROUP_SIZES'] ?? '20000,200000,1000000').split(',').map(Number);
  console.log(`\ngroup: the public command (node dist/cli.js group --format jsonl${process.env['BENCH_GROUP_THREADS'] ? ` --threads ${process.env['BENCH_GROUP_THREADS']}` : ''}), each figure its own process`);
  console.log('| statements | floor (read, parse, tokenise, hash): wall, CPU | `claimdiff group`: wall, CPU | × floor: wall, CPU | peak RSS / statement | pairs P / R vs truth | peer `LshIndex`: wall, CPU | peer ÷ group: wall, CPU |');
  console.log('|---|---|---|---|---|---|---|---|');
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-bench-'));
  const times = new Map<number, number>();
  const cpus = new Map<number, number | undefined>();
  try {
    for (const n of sizes) {
      const path = join(dir, `corpus-${n}.jsonl`);
      const fd = openSync(path, 'w');
      const truth = generateCorpus(n, fd);
      closeSync(fd);
      const floor = reference('--floor', path);
      const out = join(dir, `groups-${n}.jsonl`);
      const group = command(path, out);
      times.set(n, group.ms);
      cpus.set(n, group.cpuMs);
      const { precision, recall } = score(out, truth);
      const peer = n <= 20_000 ? reference('--peer', path) : undefined;
      const cpuRatio = group.cpuMs === undefined || floor.cpuMs === undefined ? 'n/a' : `${(group.cpuMs / floor.cpuMs).toFixed(2)}×`;
      console.log(`| ${n.toLocaleString('en')} | ${seconds(floor.ms)}, ${cpuSeconds(floor.cpuMs)} | ${seconds(group.ms)}, ${cpuSeconds(group.cpuMs)} | ${(group.ms / floor.ms).toFixed(2)}×, ${cpuRatio} | ${perStatement(group.peak, n)} | ${precision.toFixed(3)} / ${recall.toFixed(3)} | ${peer ? `${seconds(peer.ms)}, ${cpuSeconds(peer.cpuMs)}` : '–'} | ${peer ? `${(peer.ms / group.ms).toFixed(1)}×, ${peer.cpuMs && group.cpuMs ? `${(peer.cpuMs / group.cpuMs).toFixed(1)}×` : 'n/a'}` : '–'} |`);
      rmSync(path);
      rmSync(out);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [a, b] = [times.get(200_000), times.get(1_000_000)];
  const [ca, cb] = [cpus.get(200_000), cpus.get(1_000_000)];
  if (a !== undefined && b !== undefined) console.log(`\n1M takes ${(b / a).toFixed(2)}× the 200k wall time${ca && cb ? ` and ${(cb / ca).toFixed(2)}× its CPU time` : ''} (5× the statements).`);
}
