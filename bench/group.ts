/**
 * Grouping at corpus scale: `npm run bench -- group` (100k statements; set BENCH_GROUP_1M=1 to add
 * 1M). Each size runs in a fresh child process so peak RSS is its own. Prints wall time,
 * statements/s, peak RSS per statement, pair precision / recall against the generated truth and
 * against an exact similarity check, and ratios against (a) the floor — parsing, tokenising and
 * hashing the same input — and (b) an exact all-pairs check on 10k.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createFeatureContext, featuresOf, featureTable } from '../src/group/features';
import { groupIndices } from '../src/group/group-statements';
import { resolveGroupSettings } from '../src/group/settings';
import { overlap, verdictOf } from '../src/group/verify';
import type { GroupInput } from '../src/schema/analysis';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'dor', 'pel', 'quin', 'sa', 'te', 'zor', 'ba', 'nik', 'ul', 'fey'];
const FUNCTION = ['the', 'of', 'to', 'and', 'in', 'that', 'for', 'on', 'with', 'was'];
const TAILS = [', officials said', ', the ministry said', ', he told reporters', ', according to a statement', ', she said on Monday'];

/**
 * Statements as JSONL lines and the true cluster of each: half singletons, the rest in clusters
 * of 2–6 wordings made by word edits (substitute, drop, insert), excerpts and attribution tails.
 * Words follow a Zipf-like law over a 60k vocabulary, so some are very frequent.
 */
export function generateCorpus(n: number, seed = 7): { lines: string[]; truth: Int32Array } {
  const r = rng(seed);
  const vocab: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    let w = '';
    let x = i + 1;
    while (x > 0) {
      w += SYLLABLES[x % SYLLABLES.length];
      x = Math.floor(x / SYLLABLES.length);
    }
    vocab.push(w);
  }
  const word = () => (r() < 0.3 ? FUNCTION[Math.floor(r() * FUNCTION.length)] : vocab[Math.floor(Math.pow(r(), 2.2) * vocab.length)]) as string;
  const base = () => Array.from({ length: 12 + Math.floor(r() * 18) }, word);
  const lines: string[] = [];
  const truth = new Int32Array(n);
  let cluster = 0;
  while (lines.length < n) {
    const words = base();
    const size = r() < 0.5 ? 1 : 2 + Math.floor(r() * 5);
    for (let k = 0; k < size && lines.length < n; k++) {
      let w = [...words];
      if (k > 0) {
        const kind = r();
        if (kind < 0.5) {
          for (let e = 0; e < 1 + Math.floor(r() * 2); e++) {
            const at = Math.floor(r() * w.length);
            const op = r();
            if (op < 0.4) w[at] = word();
            else if (op < 0.7) w.splice(at, 1);
            else w.splice(at, 0, word());
          }
        } else if (kind < 0.75) {
          const len = Math.max(4, Math.floor(w.length * (0.5 + r() * 0.3)));
          const from = Math.floor(r() * (w.length - len));
          w = w.slice(from, from + len);
        }
      }
      const tail = k > 0 && r() < 0.4 ? TAILS[Math.floor(r() * TAILS.length)] : '';
      lines.push(JSON.stringify({ id: `s${lines.length + 1}`, text: `${w.join(' ')}${tail}` }));
      truth[lines.length - 1] = cluster;
    }
    cluster++;
  }
  return { lines, truth };
}

const key = (i: number, j: number) => i * 2 ** 26 + j;

function predictedPairs(groups: { members: number[] }[]): Set<number> {
  const s = new Set<number>();
  for (const g of groups) for (let x = 0; x < g.members.length; x++) for (let y = x + 1; y < g.members.length; y++) s.add(key(g.members[x] as number, g.members[y] as number));
  return s;
}

function pr(predicted: Set<number>, gold: Set<number>): { precision: number; recall: number } {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  return { precision: predicted.size === 0 ? 1 : tp / predicted.size, recall: gold.size === 0 ? 1 : tp / gold.size };
}

const OPTIONS = { coreMargin: 0, claimDenial: false } as const;

function child(n: number): void {
  const { lines, truth } = generateCorpus(n);
  // Floor: parse each line, tokenise it into content words and hash them (the fast feature
  // path grouping itself uses); no grouping.
  const floorStart = performance.now();
  featureTable(lines.map((line) => (JSON.parse(line) as GroupInput).text), createFeatureContext());
  const floorMs = performance.now() - floorStart;
  const started = performance.now();
  const items = lines.map((l) => JSON.parse(l) as GroupInput);
  const s = resolveGroupSettings(OPTIONS);
  const { groups } = groupIndices(items, s);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  const pred = predictedPairs(groups);
  const truthPairs = new Set<number>();
  const byCluster = new Map<number, number[]>();
  truth.forEach((c, i) => byCluster.set(c, [...(byCluster.get(c) ?? []), i]));
  for (const m of byCluster.values()) for (let x = 0; x < m.length; x++) for (let y = x + 1; y < m.length; y++) truthPairs.add(key(m[x] as number, m[y] as number));
  const vsTruth = pr(pred, truthPairs);
  const out: Record<string, number> = { n, ms, floorMs, peak, truthP: vsTruth.precision, truthR: vsTruth.recall };
  if (n <= 100_000) {
    // Exact all-pairs on the first 10k: the pairs an exact similarity check joins.
    const m = 10_000;
    const exactStart = performance.now();
    const ctx = createFeatureContext();
    const feats = items.slice(0, m).map((x) => featuresOf(x.text, ctx));
    const exact = new Set<number>();
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (verdictOf(overlap(feats[i] as Uint32Array, feats[j] as Uint32Array), { ...s, coreMargin: 0 }) === 'same') exact.add(key(i, j));
    out['exactMs'] = performance.now() - exactStart;
    const groupStart = performance.now();
    const small = groupIndices(items.slice(0, m), s);
    out['group10kMs'] = performance.now() - groupStart;
    // Pairs joined by our groups vs pairs the exact check joins (only pairs within a group count).
    const smallPred = predictedPairs(small.groups);
    const vsExact = pr(smallPred, exact);
    out['exactP'] = vsExact.precision;
    out['exactR'] = vsExact.recall;
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

export async function run(): Promise<void> {
  const sizes = process.env['BENCH_GROUP_1M'] ? [100_000, 1_000_000] : [100_000];
  const self = fileURLToPath(import.meta.url);
  console.log('\ngroup: groupStatements core (coreMargin 0, claimDenial off), one child process per size');
  for (const n of sizes) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`child for ${n} failed: ${r.stderr}`);
    const f = JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Record<string, number>;
    const get = (k: string) => f[k] as number;
    console.log(`  ${n.toLocaleString('en')} statements: ${(get('ms') / 1000).toFixed(2)} s, ${Math.round(n / (get('ms') / 1000)).toLocaleString('en')} statements/s, peak RSS ${Math.round(get('peak') / n)} B/statement`);
    console.log(`    vs floor (parse + tokenise + hash words, ${(get('floorMs') / 1000).toFixed(2)} s): ${(get('ms') / get('floorMs')).toFixed(2)}×`);
    console.log(`    pairs vs generated truth: precision ${get('truthP').toFixed(3)}, recall ${get('truthR').toFixed(3)}`);
    if (f['exactMs'] !== undefined) {
      console.log(`    on 10k: exact all-pairs ${(get('exactMs') / 1000).toFixed(2)} s vs grouping ${(get('group10kMs') / 1000).toFixed(2)} s (${(get('exactMs') / get('group10kMs')).toFixed(1)}× faster); pairs vs exact similarity: precision ${get('exactP').toFixed(3)}, recall ${get('exactR').toFixed(3)}`);
    }
  }
}

if (process.argv.includes('--child')) child(Number(process.argv[process.argv.indexOf('--child') + 1]));
