/**
 * `analyze` of the built `claimdiff` and the threaded paths users run (`analyzeInThreads` of the
 * built `claimdiff/node` with every available thread asked for; the built command with its
 * default threads) against the built `extractStatements` alone over the same
 * reports, each in its own process: `npm run bench -- analyze [FILE]` (default
 * `../shared/data/polnear/dev.jsonl`, JSON lines with `doc` or `id`, and `text`; skipped when
 * absent; `npm run build` first). The analyze children also note when each stage (extract,
 * group, compare) ends, through `onProgress`, to show where their time goes. Wall and CPU time
 * are counted from after the reports are read (CPU time of the whole process, every thread);
 * the command's are those of its whole process (start, reading, writing the JSON), from
 * `/usr/bin/time`. The four run in interleaved rounds (`BENCH_ANALYZE_ROUNDS`, default 3), and
 * each figure is the median over the rounds, each ratio the median of the rounds' own ratios,
 * with their range. Threads cut the wall time; the CPU time they cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/schema/report';
import { parseReportLines } from '../eval/datasets';

/** Interleaved rounds of the four timings (`BENCH_ANALYZE_ROUNDS`, default 3): this machine's noise moved one figure by a fifth between runs. */
const ROUNDS = Math.max(1, Number(process.env['BENCH_ANALYZE_ROUNDS'] ?? 3));

/** One round's timings, each of its own process. */
interface Round {
  extract: Record<string, number>;
  full: Record<string, number>;
  threads: Record<string, number>;
  command: Record<string, number> | undefined;
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const DEFAULT = fileURLToPath(new URL('../../shared/data/polnear/dev.jsonl', import.meta.url));

function reports(path: string): Report[] {
  return parseReportLines(readFileSync(path, 'utf8'));
}

// The built package, as a user imports it (`claimdiff`, `claimdiff/node`): not the sources through tsx,
// which ran extraction about a fifth slower and so flattered every ratio against it.
const INDEX_ENTRY = new URL('../dist/index.js', import.meta.url);
const NODE_ENTRY = new URL('../dist/node.js', import.meta.url);
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

async function child(mode: string, path: string): Promise<void> {
  const { analyze, extractStatements } = (await import(INDEX_ENTRY.href)) as typeof import('../src/index');
  const list = reports(path);
  const started = performance.now();
  const cpuFrom = process.cpuUsage();
  const stages: Record<string, number> = {};
  if (mode === 'extract') {
    let statements = 0;
    for (const r of list) statements += extractStatements(r).length;
    stages['statements'] = statements;
  } else {
    const onProgress = (p: { stage: string }): number => (stages[p.stage] = performance.now() - started);
    const threaded = mode === 'threads' ? ((await import(NODE_ENTRY.href)) as typeof import('../src/node/index')).analyzeInThreads : undefined;
    const a = threaded === undefined ? analyze(list, { onProgress }) : await threaded(list, { onProgress, threads: availableParallelism() });
    stages['statements'] = a.statements.length;
    stages['groups'] = a.groups.filter((g) => g.members.length > 1).length;
  }
  const cpu = process.cpuUsage(cpuFrom);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000, ...stages })}\n`);
}

export async function run(): Promise<void> {
  const path = process.argv.find((a) => a.endsWith('.jsonl')) ?? DEFAULT;
  if (!existsSync(path)) {
    console.log(`\nanalyze: ${path} not found, skipped`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const time = (mode: string): Record<string, number> => {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', mode, path], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Record<string, number>;
  };
  if (!existsSync(CLI)) throw new Error('analyze bench: dist/ not found, run npm run build first');
  // Rounds of all four, interleaved: a busy spell of this machine slows every mode of a round
  // alike, and each figure is a median over the rounds, each ratio one of a round's own.
  const rounds: Round[] = [];
  for (let k = 0; k < ROUNDS; k++) rounds.push({ extract: time('extract'), full: time('analyze'), threads: time('threads'), command: timeCommand(path) });
  const s = (ms: number | undefined): string => `${((ms ?? 0) / 1000).toFixed(2)} s`;
  console.log(`\nanalyze: ${path}, each its own process, ${availableParallelism()} threads available, load ${loadavg()[0]?.toFixed(1)}; median of ${ROUNDS} interleaved round(s)`);
  const of = (mode: keyof Round, key: string): number[] => rounds.flatMap((r) => (r[mode] === undefined ? [] : [(r[mode] as Record<string, number>)[key] ?? 0]));
  const ratios = (mode: keyof Round, key: string): string => {
    const each = rounds.flatMap((r) => (r[mode] === undefined ? [] : [((r[mode] as Record<string, number>)[key] ?? 0) / (r.extract[key] ?? 1)]));
    const range = each.length > 1 ? ` (${Math.min(...each).toFixed(1)}–${Math.max(...each).toFixed(1)})` : '';
    return `${median(each).toFixed(1)}×${range}`;
  };
  const line = (name: string, mode: keyof Round): string =>
    `  ${name}: ${s(median(of(mode, 'ms')))}, CPU ${s(median(of(mode, 'cpu')))} = ${ratios(mode, 'ms')} extract (CPU ${ratios(mode, 'cpu')})`;
  const stages = (mode: keyof Round): string => `; stages end at extract ${s(median(of(mode, 'extract')))}, group ${s(median(of(mode, 'group')))}, compare ${s(median(of(mode, 'compare')))}`;
  const [first] = rounds as [Round];
  console.log(`  extractStatements alone: ${s(median(of('extract', 'ms')))}, CPU ${s(median(of('extract', 'cpu')))} (${first.extract['statements']} statements)`);
  console.log(`${line('analyze()', 'full')}${stages('full')} (${first.full['groups']} groups of two or more)`);
  console.log(`${line(`analyzeInThreads({ threads: ${availableParallelism()} }) (claimdiff/node)`, 'threads')}${stages('threads')}${first.threads['groups'] === first.full['groups'] ? '' : ' DIFFERENT GROUPS'}`);
  if (first.command !== undefined) console.log(`${line('node dist/cli.js analyze --format json, default threads (whole process)', 'command')}, peak RSS ${median(of('command', 'rss')) >> 10} MB`);
}

/** The built command over the reports (as JSON lines with ids), timed by `/usr/bin/time`: wall, CPU and peak RSS of its process. */
function timeCommand(path: string): Record<string, number> | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-bench-'));
  const file = join(dir, 'reports.jsonl');
  writeFileSync(file, reports(path).map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, CLI, 'analyze', '--quiet', '--format', 'json', file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`the command failed: ${r.stderr}`);
  const [wall, user, system, rss] = (r.stderr.trim().split('\n').at(-1) as string).split(' ').map(Number) as [number, number, number, number];
  return { ms: wall * 1000, cpu: (user + system) * 1000, rss };
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  await child(process.argv[at + 1] as string, process.argv[at + 2] as string);
}
