import type { Issue } from '../schema/issue';
import type { Edge } from './cluster';
import { mix32, type FeatureTable } from './features';
import { bandCandidates } from './lsh';
import { bandKeysInto, createMinHasher } from './minhash';
import { containmentCandidates } from './prefix-index';
import { edgeWeight, overlapOf, sharedCount, verdictOf, type VerifyThresholds } from './verify';

export interface PairSettings extends VerifyThresholds {
  hashes: number;
  /** LSH bands; undefined for the size-dependent default (see `bandsFor`). */
  bands: number | undefined;
  maxBucket: number;
  maxDf: number;
}

/** Verified pairs among the distinct feature sets, in the index space of `reps`. */
export interface FoundPairs {
  /** Index of the first statement of each distinct, non-empty feature set, ascending. */
  reps: number[];
  /** For each statement, the position in `reps` of its feature set, or -1 for no features. */
  repOf: Int32Array;
  /** How many statements each rep stands for. */
  multiplicity: Int32Array;
  /** Pairs verified by the exact overlap, between rep positions. */
  edges: Edge[];
  /** Pairs just below the threshold, for the pairwise core to decide, with their weight. */
  near: Edge[];
  /** Candidate pairs checked (LSH and containment), for figures. */
  candidates: number;
  issues: Issue[];
}

/** Hash of the set `data[a0 … a1)`. */
function setHash(data: Uint32Array, a0: number, a1: number): number {
  let h = a1 - a0;
  for (let t = a0; t < a1; t++) h = mix32(h ^ (data[t] as number)) + t - a0;
  return h >>> 0;
}

function sameSet(data: Uint32Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let t = 0; t < a1 - a0; t++) if (data[a0 + t] !== data[b0 + t]) return false;
  return true;
}

/**
 * The distinct non-empty feature sets, in order of first statement: exact duplicates folded by
 * an open-addressing table of set hashes (equal hashes are compared in full). O(F).
 */
function foldDuplicates(table: FeatureTable): { reps: number[]; repOf: Int32Array; counts: Int32Array; repTable: FeatureTable } {
  const { offsets, data } = table;
  const n = offsets.length - 1;
  const repOf = new Int32Array(n).fill(-1);
  const reps: number[] = [];
  let cap = 1024;
  while (cap < 2 * n) cap *= 2;
  const slots = new Int32Array(cap).fill(-1);
  const slotHash = new Uint32Array(cap);
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a0 = offsets[i] as number;
    const a1 = offsets[i + 1] as number;
    if (a1 === a0) continue;
    const h = setHash(data, a0, a1);
    let k = h & (cap - 1);
    let found = -1;
    while (slots[k] !== -1) {
      const r = slots[k] as number;
      const e = reps[r] as number;
      if (slotHash[k] === h && sameSet(data, offsets[e] as number, offsets[e + 1] as number, a0, a1)) {
        found = r;
        break;
      }
      k = (k + 1) & (cap - 1);
    }
    if (found < 0) {
      found = reps.length;
      slots[k] = found;
      slotHash[k] = h;
      reps.push(i);
    }
    repOf[i] = found;
    counts[found] = (counts[found] as number) + 1;
  }
  const repOffsets = new Int32Array(reps.length + 1);
  for (let r = 0; r < reps.length; r++) repOffsets[r + 1] = (repOffsets[r] as number) + (offsets[(reps[r] as number) + 1] as number) - (offsets[reps[r] as number] as number);
  const repData = new Uint32Array(repOffsets[reps.length] as number);
  for (let r = 0; r < reps.length; r++) repData.set(data.subarray(offsets[reps[r] as number] as number, offsets[(reps[r] as number) + 1] as number), repOffsets[r] as number);
  return { reps, repOf, counts: counts.slice(0, reps.length), repTable: { offsets: repOffsets, data: repData } };
}

/**
 * Exact duplicates folded (same feature set), then candidates from MinHash LSH (similar sets)
 * and from the containment prefix index (excerpts much shorter than their source, whose Jaccard
 * is too low for LSH), each confirmed by the exact overlap. Never all pairs:
 * O(F · k + b · n + Σ bucket² + prefix postings walked) for F features in all, k hashes and b
 * bands, each bucket capped at `maxBucket` and each posting list at `maxDf`; O(F + n · b)
 * memory. Depends on input order only through the indices.
 *
 * @param signatures optional precomputed band keys (`keys[r · bands + band]` for rep r, with
 *   `bandsFor(s, n)` bands for the n statements of `table`), e.g. from workers with
 *   `bandKeysOf`; computed here when absent.
 */
export function findPairs(table: FeatureTable, s: PairSettings, signatures?: (repTable: FeatureTable) => Uint32Array): FoundPairs {
  const { reps, repOf, counts, repTable } = foldDuplicates(table);
  const { offsets, data } = repTable;
  const m = reps.length;
  const bands = bandsFor(s, table.offsets.length - 1);
  const keys = signatures ? signatures(repTable) : bandKeysOf(repTable, s.hashes, bands);
  const edges: Edge[] = [];
  const near: Edge[] = [];
  let candidates = 0;
  const check = (i: number, j: number): void => {
    candidates++;
    const a0 = offsets[i] as number;
    const a1 = offsets[i + 1] as number;
    const b0 = offsets[j] as number;
    const b1 = offsets[j + 1] as number;
    // Most candidates are apart: decide on the counts before making an Overlap.
    const shared = sharedCount(data, a0, a1, data, b0, b1);
    if (shared === 0) return;
    const o = overlapOf(shared, a1 - a0, b1 - b0);
    const v = verdictOf(o, s);
    if (v === 'apart') return;
    const e = { i: Math.min(i, j), j: Math.max(i, j), weight: edgeWeight(o) };
    (v === 'same' ? edges : near).push(e);
  };
  const banding = bandCandidates(keys, m, bands, s.maxBucket, check);
  // A contained pair whose larger set is under ρ times the smaller has Jaccard ≥ c / (ρ + 1 − c):
  // the prefix index looks only for excerpts of sources ρ times their size or more, for the
  // largest ρ at which LSH finds the closer pairs with probability 0.99.
  const rows = Math.max(1, Math.floor(s.hashes / bands));
  const lshFinds = (ratio: number) => 1 - (1 - (s.containment / (ratio + 1 - s.containment)) ** rows) ** bands >= 0.99;
  const minSizeRatio = [2, 1.75, 1.5, 1.25].find(lshFinds) ?? 1;
  const prefix = containmentCandidates(repTable, { containment: s.containment, minFeatures: s.minContainedFeatures, maxDf: s.maxDf, minSizeRatio }, check);
  const issues: Issue[] = [];
  if (banding.skippedBuckets > 0) {
    issues.push({
      code: 'bucket-capped',
      message: `${banding.skippedBuckets} LSH buckets with more than ${s.maxBucket} statements (${banding.skippedStatements} in all) added no candidates (maxBucket)`,
    });
  }
  if (prefix.cappedLookups > 0) {
    issues.push({ code: 'frequent-feature-capped', message: `${prefix.cappedLookups} containment lookups skipped a word found in more than ${s.maxDf} statements (maxDf)` });
  }
  return { reps, repOf, multiplicity: counts, edges: dedupeEdges(edges), near: dedupeEdges(near), candidates, issues };
}

/** Inputs below this many statements get 2-row bands by default, larger ones 3-row bands. */
export const SMALL_INPUT = 100_000;

/**
 * The bands for `n` statements: the `bands` option when given, else `hashes / 2` (2-row bands)
 * below `SMALL_INPUT` statements and `hashes / 3` at or above. 2-row bands find a pair of
 * Jaccard 1/3 with probability 0.996 at 96 hashes, 3-row bands 0.70, but they make about
 * 3× the candidates at scale; a small input affords them.
 */
export function bandsFor(s: Pick<PairSettings, 'hashes' | 'bands'>, n: number): number {
  if (s.bands !== undefined) return Math.min(s.bands, s.hashes);
  return Math.max(1, Math.floor(s.hashes / (n < SMALL_INPUT ? 2 : 3)));
}

/** LSH band keys of every set of a table, `keys[r · bands + band]`: O(F · k / BINS + n · k) (see `createMinHasher`). Pure, so workers can each sign a slice. */
export function bandKeysOf(table: FeatureTable, hashes: number, bands: number, from = 0, to = table.offsets.length - 1): Uint32Array {
  const rows = Math.max(1, Math.floor(hashes / bands));
  const hasher = createMinHasher(rows * bands);
  const signature = new Uint32Array(rows * bands);
  const keys = new Uint32Array((to - from) * bands);
  for (let r = from; r < to; r++) {
    hasher.signRange(table.data, table.offsets[r] as number, table.offsets[r + 1] as number, signature, 0);
    bandKeysInto(signature, 0, bands, rows, keys, (r - from) * bands);
  }
  return keys;
}

/** The same pair may come from LSH and from the prefix index: keep one, in (i, j) order. */
export function dedupeEdges(edges: Edge[]): Edge[] {
  edges.sort((a, b) => a.i - b.i || a.j - b.j);
  const out: Edge[] = [];
  for (const e of edges) {
    const last = out[out.length - 1];
    if (last && last.i === e.i && last.j === e.j) continue;
    out.push(e);
  }
  return out;
}
