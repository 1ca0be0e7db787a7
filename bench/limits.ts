/**
 * Worst-case inputs: each runs with the default bounds in a child process of its own, so its
 * peak memory is its own and a bound that fails to hold is killed by a time limit instead of
 * hanging the benchmark. Prints wall time, peak resident memory and the issues that say which
 * bound was reached. `npm run bench -- limits`.
 *
 * The generators are exported so that test/pipeline/limits.test.ts runs the same inputs at a
 * smaller scale.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffClaims } from '../src/compare/diff-claims';
import { analyze } from '../src/pipeline/analyze';
import type { Report } from '../src/schema/report';

/** A deterministic generator (LCG), so every run measures the same input. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

const CLAIMS = [
  'the talks had stalled over security guarantees', 'militants operate from the northern hills',
  'exports rose 4 percent in the third quarter', 'the grid would be restored by Friday',
];
const PEOPLE = ['Idris Kalani', 'Lena Horvath', 'Paulo Serrat', 'Amara Osei'];

/** A wire article of about `chars` characters: quotations, reported speech, denials. */
function article(chars: number): string {
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length] as T;
  const parts: string[] = [];
  let total = 0;
  while (total < chars) {
    const person = pick(PEOPLE);
    const p = `“We have tried to keep the door open, but ${pick(CLAIMS)},” spokesperson ${person} told reporters. The ministry said on Tuesday that ${pick(CLAIMS)}, a claim denied by rebel officials.\n\n`;
    parts.push(p);
    total += p.length;
  }
  return parts.join('');
}

/** `n` words drawn from a vocabulary of made-up words, so two texts share next to nothing. */
function words(n: number, seed: number): string {
  const next = random(seed);
  return Array.from({ length: n }, () => `w${(next() % 50_000).toString(36)}`).join(' ');
}

export interface WorstCase {
  readonly name: string;
  /** What the input is, at scale 1. */
  readonly about: string;
  /** The input at `scale` (1 = the full worst case). */
  readonly reports: (scale: number) => Report[] | { a: string; b: string };
}

const n = (full: number, scale: number): number => Math.max(1, Math.round(full * scale));

export const WORST_CASES: readonly WorstCase[] = [
  { name: 'quote-marks', about: '50,000 quotation marks', reports: (s) => [{ id: 'marks', text: `${'"'.repeat(n(50_000, s))}“${'”'.repeat(n(25_000, s))} he said.` }] },
  { name: 'he-said-that', about: '"he said that" 100,000 times', reports: (s) => [{ id: 'said', text: 'he said that '.repeat(n(100_000, s)) }] },
  { name: 'no-space', about: 'a 1 MB line with no space', reports: (s) => [{ id: 'line', text: 'x'.repeat(n(1_000_000, s)) }] },
  {
    name: 'nested-quotes', about: '5,000 nested quotations',
    reports: (s) => [{ id: 'nested', text: `${'“Khan said “'.repeat(n(5_000, s))}yes${'”'.repeat(n(5_000, s))} he said.` }],
  },
  { name: 'article-10mb', about: 'a 10 MB article', reports: (s) => [{ id: 'article', text: article(n(10_000_000, s)) }] },
  { name: 'unrelated-texts', about: 'two unrelated 20,000-word texts (diffClaims)', reports: (s) => ({ a: words(n(20_000, s), 1), b: words(n(20_000, s), 2) }) },
];

/** Runs one input (from `WorstCase.reports`) and sums up what came out: sizes and issue codes. */
export function runInput(input: Report[] | { a: string; b: string }): { summary: string; codes: string[] } {
  if (!Array.isArray(input)) {
    const d = diffClaims(input.a, input.b);
    return { summary: `${d.relation}, ${d.segments.length} segments`, codes: d.issues.map((i) => i.code) };
  }
  const a = analyze(input);
  const codes = [...a.reports.flatMap((r) => r.issues ?? []), ...a.issues].map((i) => i.code);
  return { summary: `${a.statements.length} statements, ${a.groups.length} groups`, codes };
}

const HERE = dirname(fileURLToPath(import.meta.url));
const KILL_MS = 120_000;

/** The child: runs one case, writes `{ ms, rssMb, summary, codes }` on stdout. */
function child(name: string): void {
  const c = WORST_CASES.find((x) => x.name === name);
  if (c === undefined) throw new Error(`unknown case ${name}`);
  // Decode the lexicon first: its one-time cost is not the input's.
  diffClaims('warm up', 'warm it up');
  const input = c.reports(1);
  const started = performance.now();
  const out = runInput(input);
  const ms = performance.now() - started;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, rssMb, ...out }));
}

export async function run(): Promise<void> {
  process.stdout.write('limits: worst-case inputs with the default bounds (each in its own process)\n');
  process.stdout.write(`  ${'case'.padEnd(48)} ${'ms'.padStart(7)} ${'peak MB'.padStart(8)}  result; issues\n`);
  for (const c of WORST_CASES) {
    const r = spawnSync(process.execPath, [...process.execArgv, join(HERE, 'limits.ts'), '--case', c.name], { encoding: 'utf8', timeout: KILL_MS, maxBuffer: 1 << 24 });
    if (r.error !== undefined || r.status !== 0) {
      const why = r.signal !== null ? `killed (${r.signal}) after ${KILL_MS} ms: a bound did not hold` : (r.stderr.trim().split('\n')[0] ?? 'no output');
      process.stdout.write(`  ${c.about.padEnd(48)} failed: ${why}\n`);
      continue;
    }
    const out = JSON.parse(r.stdout) as { ms: number; rssMb: number; summary: string; codes: string[] };
    const counts = new Map<string, number>();
    for (const code of out.codes) counts.set(code, (counts.get(code) ?? 0) + 1);
    const issues = [...counts].map(([code, k]) => (k > 1 ? `${code} ×${k}` : code)).join(', ') || 'none';
    process.stdout.write(`  ${c.about.padEnd(48)} ${out.ms.toFixed(0).padStart(7)} ${out.rssMb.toFixed(0).padStart(8)}  ${out.summary}; ${issues}\n`);
  }
}

const at = process.argv.indexOf('--case');
if (at >= 0 && process.argv[1] !== undefined && /limits\.ts$/.test(process.argv[1])) child(process.argv[at + 1] ?? '');
