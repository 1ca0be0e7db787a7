/**
 * `npm run bench -- diff`: time per pair of diffClaims against jsdiff's plain `diffWords` on
 * the same generated pairs, short (~25 words) and long (~2,000 words), as a ratio so machines
 * compare; then the worst case, two unrelated ~20,000-word texts, where diffClaims' caps must
 * hold. The whole run is bounded (time budgets per measure, a kill timer on the worst case).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { z } from 'zod';
import { formatTable } from '../eval/metrics';
import { makePairs, unrelatedTexts, type TextPair } from './generate';

type Differ = (a: string, b: string) => unknown;

const HERE = dirname(fileURLToPath(import.meta.url));
const DIFF_CLAIMS = join(HERE, '../src/compare/diff-claims.ts');
const WORST_CASE_CHILD = join(HERE, 'diff-worst-case.ts');

// A measure repeats its pairs until MIN_MS have passed so fast calls are not lost in timer
// noise, and stops at MAX_MS even mid-pass so a slow differ cannot blow the time budget.
const MIN_MS = 1_000;
const MAX_MS = 10_000;
const BLOCKS = 10;
const WARM_MS = 300;
const WORST_CASE_KILL_MS = 25_000;
const JSDIFF_TIMEOUT_MS = 1_000;

interface Timing {
  /** Calls made by each differ (the same pairs for both). */
  calls: number;
  /** Total milliseconds per differ, in the order given. */
  milliseconds: number[];
  /** How many distinct pairs were run at least once (a prefix of the list). */
  covered: number;
}

function timeBlock(differ: Differ, block: readonly TextPair[]): number {
  const started = performance.now();
  for (const pair of block) differ(pair.a, pair.b);
  return performance.now() - started;
}

/**
 * Runs the differ for WARM_MS (at least once) before timing: on 25-word pairs jsdiff is still
 * two to three times slower over its first thousand calls, until the JIT has compiled it.
 */
function warmUp(differ: Differ, pairs: readonly TextPair[]): void {
  const started = performance.now();
  for (let i = 0; i === 0 || performance.now() - started < WARM_MS; i += 1) {
    const pair = pairs[i % pairs.length];
    if (pair === undefined) return;
    differ(pair.a, pair.b);
  }
}

/**
 * Times the differs on the same pairs, block by block, taking turns and swapping who goes
 * first each block: run one after the other, the second would inherit the first's garbage
 * and a different JIT state, which on this scale moves figures by tens of percent.
 */
function timeTogether(differs: readonly Differ[], pairs: readonly TextPair[]): Timing {
  for (const differ of differs) warmUp(differ, pairs);
  const size = Math.max(1, Math.ceil(pairs.length / BLOCKS));
  const timing: Timing = { calls: 0, milliseconds: differs.map(() => 0), covered: 0 };
  for (let block = 0; pairs.length > 0; block += 1) {
    const start = (block * size) % pairs.length;
    const slice = pairs.slice(start, start + size);
    const order = differs.map((_, i) => i);
    if (block % 2 === 1) order.reverse();
    for (const i of order) {
      const differ = differs[i];
      if (differ !== undefined) timing.milliseconds[i] = (timing.milliseconds[i] ?? 0) + timeBlock(differ, slice);
    }
    timing.calls += slice.length;
    timing.covered = Math.min(pairs.length, Math.max(timing.covered, start + slice.length));
    const elapsed = Math.max(...timing.milliseconds);
    if ((timing.covered >= pairs.length && elapsed >= MIN_MS) || elapsed >= MAX_MS) break;
  }
  return timing;
}

function compareOn(name: string, pairs: readonly TextPair[], diffClaims: Differ | undefined): string[] {
  const plain: Differ = (a, b) => diffWords(a, b);
  const timing = timeTogether(diffClaims === undefined ? [plain] : [plain, diffClaims], pairs);
  const perPair = timing.milliseconds.map((ms) => ms / Math.max(1, timing.calls));
  const [words = 0, claims] = perPair;
  if (claims === undefined) return [name, String(timing.covered), words.toFixed(3), '-', '-'];
  const ratio = claims / Math.max(words, 1e-9);
  return [name, String(timing.covered), words.toFixed(3), claims.toFixed(3), `${ratio.toFixed(1)}×`];
}

const ChildResult = z.object({
  milliseconds: z.number(),
  relation: z.string(),
  segments: z.number(),
  issues: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** Runs diffClaims on the worst case in a child process, killed if its caps fail to hold. */
function worstCaseDiffClaims(texts: TextPair): string[] {
  const started = performance.now();
  const child = spawnSync(process.execPath, [...process.execArgv, WORST_CASE_CHILD], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    timeout: WORST_CASE_KILL_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const wall = (performance.now() - started).toFixed(0);
  if (child.error !== undefined || child.status !== 0) {
    const why = child.signal !== null ? `killed (${child.signal}) after ${WORST_CASE_KILL_MS} ms: caps did not hold` : child.stderr.trim().split('\n')[0];
    return ['diffClaims (its caps)', '-', wall, `failed: ${why ?? 'no output'}`];
  }
  const result = ChildResult.parse(JSON.parse(child.stdout));
  // Issue codes are the lead's to name; any that speaks of a cap or a giving-up counts.
  const capped = result.issues.filter((i) => /cap|timeout|gave|abort|limit/i.test(`${i.code} ${i.message}`));
  const verdict = capped.length > 0 ? `capped: yes (${capped.map((i) => i.code).join(', ')})` : 'capped: no issue says so';
  return ['diffClaims (its caps)', result.milliseconds.toFixed(0), wall, `${result.relation}, ${result.segments} segments, ${verdict}`];
}

function worstCaseJsdiff(texts: TextPair): string[] {
  const started = performance.now();
  const changes = diffWords(texts.a, texts.b, { timeout: JSDIFF_TIMEOUT_MS });
  const ms = (performance.now() - started).toFixed(0);
  const outcome = changes === undefined ? 'gave up (undefined)' : `${changes.length} changes`;
  return [`diffWords (timeout ${JSDIFF_TIMEOUT_MS} ms)`, ms, ms, outcome];
}

async function loadDiffClaims(): Promise<Differ | undefined> {
  // Checked by path so that a diff-claims.ts that fails to load is an error, not a skip.
  if (!existsSync(DIFF_CLAIMS)) return undefined;
  const module = await import('../src/compare/diff-claims');
  return (a, b) => module.diffClaims(a, b);
}

export async function run(): Promise<void> {
  const diffClaims = await loadDiffClaims();
  if (diffClaims === undefined) console.log('note: src/compare/diff-claims.ts not found; jsdiff only');
  const started = performance.now();
  const rows = [
    compareOn('short (~25 words)', makePairs(1, 300, 25), diffClaims),
    compareOn('long (~2,000 words)', makePairs(2, 20, 2_000), diffClaims),
  ];
  console.log('\ndiff: ms per pair on the same generated pairs (ratio = diffClaims / diffWords)');
  console.log(formatTable(['pairs', 'n', 'diffWords ms', 'diffClaims ms', 'ratio'], rows));

  const texts = unrelatedTexts(3, 20_000);
  const worst = [worstCaseJsdiff(texts)];
  if (diffClaims !== undefined) worst.push(worstCaseDiffClaims(texts));
  console.log(`\nworst case: two unrelated texts of ${count(texts.a)} and ${count(texts.b)} words`);
  console.log(formatTable(['run', 'diff ms', 'wall ms', 'result'], worst));
  console.log(`\nbench diff took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function count(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
