import type { Draft } from '../align';
import { weight, type Term, type TermPair } from '../terms';
import { attributionFrame } from './attribution-frame';
import { FITTED_RANGE, type VerdictFeatures } from './model';

const isContent = (t: Term): boolean => t.kind !== 'punct' && !t.fn && !t.neg && !t.time && !t.hedge;
const isFrame = (t: Term): boolean => t.kind === 'word' && (t.fn || t.time);

interface SideShape {
  cover: number;
  functionCover: number;
  content: number;
  unmatched: number;
  names: number;
  gap: number;
  leading: number;
  reporting: number;
}

/** The shape of one side given which of its terms have a counterpart. O(n). */
function shape(terms: readonly Term[], paired: (i: number) => boolean, reporting: (t: Term) => boolean): SideShape {
  let total = 0;
  let covered = 0;
  let frame = 0;
  let frameHit = 0;
  const s: SideShape = { cover: 1, functionCover: 1, content: 0, unmatched: 0, names: 0, gap: 0, leading: 0, reporting: 0 };
  let run = 0;
  let seenHit = false;
  terms.forEach((t, i) => {
    const hit = paired(i);
    total += weight(t);
    if (hit) covered += weight(t);
    if (isFrame(t)) {
      frame++;
      if (hit) frameHit++;
    }
    if (!isContent(t)) return;
    s.content++;
    if (hit) {
      run = 0;
      seenHit = true;
      return;
    }
    s.unmatched++;
    if (!seenHit) s.leading++;
    if (t.name) s.names++;
    if (t.kind === 'word' && reporting(t)) s.reporting++;
    s.gap = Math.max(s.gap, ++run);
  });
  s.cover = total === 0 ? 1 : covered / total;
  s.functionCover = frame === 0 ? 1 : frameHit / frame;
  return s;
}

/**
 * A kinship too loose for a segment label but evidence enough that a word was restated: one
 * word a kind of the other, two forms of one stem.
 */
export type KinTest = (x: Term, y: Term) => boolean;

/** What the verdict needs beyond the alignment: looser kinship, and which words report speech. */
export interface VerdictCues {
  /** Tests tried in turn on the content words left without a counterpart; order matters. */
  readonly kin?: readonly KinTest[];
  /** Whether a word is a reporting verb ("said", "added"); none is when absent. */
  readonly reporting?: (t: Term) => boolean;
}

/** Each term's counterpart on the other side (an index), COVERED, or −1 when it has none. */
interface Pairing {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/** A term kept by a segment that names no term of the other side. */
const COVERED = -2;

/**
 * Pairs the content words still without a counterpart by each test in turn, each word of A
 * with the first free word of B that passes. O(k·n·m) for k tests; order of `kin` matters.
 */
function pairKin(a: readonly Term[], b: readonly Term[], p: Pairing, kin: readonly KinTest[]): void {
  const free = (t: Term): boolean => t.kind === 'word' && isContent(t);
  for (const test of kin) {
    a.forEach((x, i) => {
      if (p.a[i] !== -1 || !free(x)) return;
      const j = b.findIndex((y, j) => p.b[j] === -1 && free(y) && test(x, y));
      if (j < 0) return;
      p.a[i] = j;
      p.b[j] = i;
    });
  }
}

/**
 * Counterparts from the order-free pairing first (one to one), then from the match and
 * paraphrase segments: a segment's terms pair by position, and the terms of its longer side
 * past the shorter one's end all take the shorter side's last term ("passed away" ~ "died":
 * both words have a counterpart). O(n + m + segments' length).
 */
function pairing(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null): Pairing {
  const p: Pairing = { a: new Int32Array(a.length).fill(-1), b: new Int32Array(b.length).fill(-1) };
  for (const q of loose ?? []) {
    p.a[q.x] = q.y;
    p.b[q.y] = q.x;
  }
  for (const d of drafts) {
    if (d.label !== 'match' && d.label !== 'paraphrase') continue;
    // A kept stretch with one side only (a shared token split unevenly) still covers it.
    if (d.a === null || d.b === null) {
      if (d.a !== null) for (let i = d.a[0]; i < d.a[1]; i++) if (p.a[i] === -1) p.a[i] = COVERED;
      if (d.b !== null) for (let j = d.b[0]; j < d.b[1]; j++) if (p.b[j] === -1) p.b[j] = COVERED;
      continue;
    }
    const [a0, a1] = d.a;
    const [b0, b1] = d.b;
    for (let k = 0; k < Math.max(a1 - a0, b1 - b0); k++) {
      const i = Math.min(a0 + k, a1 - 1);
      const j = Math.min(b0 + k, b1 - 1);
      if (p.a[i] === -1) p.a[i] = j;
      if (p.b[j] === -1) p.b[j] = i;
    }
  }
  return p;
}

/** Beyond this many word pairs the edit distance is read off the alignment instead (as for `loose`). */
const MAX_EDIT_CELLS = 40_000;

/**
 * 1 − the word edit distance between the two sides (punctuation aside), over the longer
 * side's words; two words count as the same when either is the other's counterpart.
 * O(n·m) time, O(m) memory, up to MAX_EDIT_CELLS; past it, each segment without a counterpart
 * costs its longer side and a kept one its difference in length (the in-order alignment's
 * own edit script, which misses what moved).
 */
function editSimilarity(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], p: Pairing): number {
  const xs: number[] = [];
  const ys: number[] = [];
  a.forEach((t, i) => t.kind !== 'punct' && xs.push(i));
  b.forEach((t, j) => t.kind !== 'punct' && ys.push(j));
  const longer = Math.max(1, xs.length, ys.length);
  if (xs.length * ys.length > MAX_EDIT_CELLS) {
    const words = (terms: readonly Term[], r: readonly [number, number] | null): number => (r === null ? 0 : terms.slice(r[0], r[1]).filter((t) => t.kind !== 'punct').length);
    let cost = 0;
    for (const d of drafts) {
      const kept = d.label === 'match' || d.label === 'paraphrase';
      const n = words(a, d.a);
      const m = words(b, d.b);
      cost += kept ? Math.abs(n - m) : Math.max(n, m);
    }
    return 1 - Math.min(1, cost / longer);
  }
  // Two rows of the edit table, reused: the verdict asks this of every compared pair.
  let prev = Int32Array.from({ length: ys.length + 1 }, (_, k) => k);
  let row = new Int32Array(ys.length + 1);
  for (let r = 1; r <= xs.length; r++) {
    const i = xs[r - 1] as number;
    const ki = (a[i] as Term).key;
    row[0] = r;
    for (let c = 1; c <= ys.length; c++) {
      const j = ys[c - 1] as number;
      const same = p.a[i] === j || p.b[j] === i || ki === (b[j] as Term).key;
      const del = (prev[c] as number) + 1;
      const ins = (row[c - 1] as number) + 1;
      const sub = (prev[c - 1] as number) + (same ? 0 : 1);
      row[c] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [prev, row] = [row, prev];
  }
  return 1 - (prev[ys.length] as number) / longer;
}

/** Content terms in the runs `keptPhrasing` compares. */
const PHRASE_RUN = 4;

/**
 * Share of side x's runs of PHRASE_RUN content terms that side y has too, each run counted as
 * often as y has it; a term stands for itself, or for its counterpart (named by its index on
 * side B) when it has one. A side too short for one run reads as wholly kept (1), as in the
 * fit. O(n + m).
 */
function phraseShare(x: readonly string[], y: readonly string[]): number {
  const runs = (ids: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i + PHRASE_RUN <= ids.length; i++) out.push(ids.slice(i, i + PHRASE_RUN).join(' '));
    return out;
  };
  const left = new Map<string, number>();
  for (const r of runs(y)) left.set(r, (left.get(r) ?? 0) + 1);
  const mine = runs(x);
  if (mine.length === 0) return 1;
  let hit = 0;
  for (const r of mine) {
    const n = left.get(r) ?? 0;
    if (n === 0) continue;
    hit++;
    left.set(r, n - 1);
  }
  return hit / mine.length;
}

/** The larger of the two sides' `phraseShare`: whichever side was carried over into the other. */
function keptPhrasing(a: readonly Term[], b: readonly Term[], p: Pairing): number {
  // Keys never start with a space, so " 12" (a counterpart's index on side B) is no word's key.
  const ids = (terms: readonly Term[], partner: (i: number) => number): string[] =>
    terms.flatMap((t, i) => (isContent(t) ? [partner(i) < 0 ? t.key : ` ${partner(i)}`] : []));
  const xa = ids(a, (i) => p.a[i] as number);
  const xb = ids(b, (j) => ((p.b[j] as number) < 0 ? -1 : j));
  return Math.max(phraseShare(xa, xb), phraseShare(xb, xa));
}

/**
 * The features of a pair: a term has a counterpart when the order-free pairing (`loose`,
 * null when it was too costly) or a match or paraphrase segment gives it one, or, left over
 * after both, when a `kin` test pairs it (for the verdict only: the segments never see
 * these). O(n·m) for the edit distance, bounded by MAX_EDIT_CELLS, plus the kin pairing.
 */
export function verdictFeatures(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, cues: VerdictCues = {}): VerdictFeatures {
  const p = pairing(drafts, a, b, loose);
  pairKin(a, b, p, cues.kin ?? []);
  const reporting = cues.reporting ?? ((): boolean => false);
  // Words of an attribution frame that found no counterpart say who spoke, not what: kept.
  for (const i of attributionFrame(a, reporting)) if (p.a[i] === -1) p.a[i] = COVERED;
  for (const j of attributionFrame(b, reporting)) if (p.b[j] === -1) p.b[j] = COVERED;
  const x = shape(a, (i) => p.a[i] !== -1, reporting);
  const y = shape(b, (j) => p.b[j] !== -1, reporting);
  // Counts are clamped to the range of the sentences the model was fitted on: a linear model
  // must not extrapolate, or two unrelated 1,000-word texts would read as a paraphrase through
  // the small positive weight of `unmatched`.
  return {
    cover: Math.min(x.cover, y.cover),
    functionCover: Math.min(x.functionCover, y.functionCover),
    unmatched: Math.min(x.unmatched + y.unmatched, FITTED_RANGE.unmatched),
    unmatchedNames: Math.min(x.names + y.names, FITTED_RANGE.unmatchedNames),
    longestGap: Math.min(Math.max(x.gap, y.gap), FITTED_RANGE.longestGap),
    lengthRatio: Math.min(x.content, y.content) / Math.max(1, x.content, y.content),
    editSimilarity: editSimilarity(drafts, a, b, p),
    keptPhrasing: keptPhrasing(a, b, p),
    unmatchedReporting: Math.min(Math.max(x.reporting, y.reporting), FITTED_RANGE.unmatchedReporting),
    leadingGap: Math.min(x.leading, y.leading, FITTED_RANGE.leadingGap),
    nameSwap: drafts.some((d) => d.label === 'contradict' && d.reasons.has('entity')) ? 1 : 0,
  };
}
