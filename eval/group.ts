/**
 * `npm run eval -- group <file…> [--threshold X]`: pairwise and B-cubed precision / recall / F1 of
 * `groupStatements` on labelled groupings:
 * - ECB+ `*-reporting_clusters.jsonl`: one statement per mention sentence; same chain = same group;
 * - Emergent `*.csv`: article headlines grouped by `claimId`.
 * On a file whose name holds `dev` a threshold sweep is printed too (tune there; report `test`).
 * A missing file is skipped with a note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { groupStatements } from '../src/group/group-statements';
import type { GroupInput, GroupOptions } from '../src/schema/analysis';
import { parseCsv } from './datasets';
import { fixed3, formatTable } from './metrics';

interface Labelled {
  statements: GroupInput[];
  /** statement id -> gold group */
  gold: Map<string, string>;
}

function loadEcb(text: string): Labelled {
  const statements: GroupInput[] = [];
  const gold = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const chain = JSON.parse(line) as { chain: string; mentions: { doc: string; sentence_index: number; sentence: string }[] };
    for (const m of chain.mentions) {
      const id = `${m.doc}#${m.sentence_index}`;
      if (gold.has(id)) continue; // a sentence in two chains counts for the first
      gold.set(id, chain.chain);
      statements.push({ id, text: m.sentence });
    }
  }
  return { statements, gold };
}

function loadEmergent(text: string): Labelled {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = records[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const [id, headline, claim] = [col('id'), col('articleHeadline'), col('claimId')];
  const statements: GroupInput[] = [];
  const gold = new Map<string, string>();
  for (const r of records.slice(1)) {
    if (r.length < 3) continue;
    const sid = `e${r[id] ?? ''}`;
    statements.push({ id: sid, text: r[headline] ?? '' });
    gold.set(sid, r[claim] ?? '');
  }
  return { statements, gold };
}

export interface GroupingScores {
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number) => (n * (n - 1)) / 2;

/** Pairwise and B-cubed scores of a predicted partition against the gold one (same ids). */
export function scoreGrouping(predicted: Map<string, string>, gold: Map<string, string>): GroupingScores {
  const size = (m: Map<string, string>) => {
    const s = new Map<string, number>();
    for (const g of m.values()) s.set(g, (s.get(g) ?? 0) + 1);
    return s;
  };
  const predSize = size(predicted);
  const goldSize = size(gold);
  const both = new Map<string, number>();
  for (const [id, g] of gold) {
    const key = `${predicted.get(id)}\u0000${g}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of both.values()) tp += pairs(n);
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  const pp = predPairs === 0 ? 1 : tp / predPairs;
  const pr = goldPairs === 0 ? 1 : tp / goldPairs;
  let bp = 0;
  let br = 0;
  for (const [id, g] of gold) {
    const p = predicted.get(id) as string;
    const inter = both.get(`${p}\u0000${g}`) as number;
    bp += inter / (predSize.get(p) as number);
    br += inter / (goldSize.get(g) as number);
  }
  bp /= gold.size;
  br /= gold.size;
  return { pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) }, bcubed: { precision: bp, recall: br, f1: f1(bp, br) } };
}

function predict(data: Labelled, options: GroupOptions): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groupStatements(data.statements, options)) for (const m of g.members) out.set(m, g.id);
  return out;
}

const row = (name: string, s: GroupingScores, ms?: number) => [
  name, fixed3(s.pairwise.precision), fixed3(s.pairwise.recall), fixed3(s.pairwise.f1),
  fixed3(s.bcubed.precision), fixed3(s.bcubed.recall), fixed3(s.bcubed.f1), ms === undefined ? '' : `${ms.toFixed(0)} ms`,
];

export async function run(argv: string[]): Promise<void> {
  const files: string[] = [];
  let threshold: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--threshold') threshold = Number(argv[++i]);
    else files.push(argv[i] as string);
  }
  for (const path of files) {
    if (!existsSync(path)) {
      console.log(`skipped: ${path} not found`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const data = path.endsWith('.csv') ? loadEmergent(text) : path.endsWith('.jsonl') ? loadEcb(text) : undefined;
    if (data === undefined) {
      console.log(`skipped: ${path} is neither ECB+ reporting clusters (.jsonl) nor Emergent (.csv)`);
      continue;
    }
    const goldGroups = new Set(data.gold.values()).size;
    console.log(`\n${basename(path)}: ${data.statements.length} statements, ${goldGroups} gold groups`);
    const rows: string[][] = [];
    const singletons = new Map(data.statements.map((s) => [s.id, s.id]));
    rows.push(row('baseline: all apart', scoreGrouping(singletons, data.gold)));
    const settings = basename(path).includes('dev') && threshold === undefined ? [0.2, 0.3, 0.4, 0.5, 0.6] : [threshold];
    for (const t of settings) {
      const started = performance.now();
      const predicted = predict(data, t === undefined ? {} : { threshold: t });
      rows.push(row(t === undefined ? 'claimdiff (defaults)' : `claimdiff threshold ${t}`, scoreGrouping(predicted, data.gold), performance.now() - started));
    }
    console.log(formatTable(['grouping', 'pair P', 'pair R', 'pair F1', 'B³ P', 'B³ R', 'B³ F1', 'time'], rows));
  }
}
