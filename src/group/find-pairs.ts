import { ClaimdiffError } from '../schema/error';
import type { Issue } from '../schema/issue';
import { EdgeList } from './edge-list';
import { featureMasks, sharedBound } from './feature-masks';
import { mix32, type FeatureTable } from './features';
import { bandCandidates } from './lsh';
import { bandKeysOf, bandsFor, type BandSettings } from './band-keys';
import { containmentCandidates } from './prefix-index';
import { edgeWeight, overlapOf, sharedCount, verdictOf, type VerifyThresholds } from './verify';

export interface PairSettings extends VerifyThresholds, BandSettings {
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
  /** Pairs verified by the exact overlap, between rep positions, sorted by (i, j). */
  edges: EdgeList;
  /** Pairs just below the threshold, for the pairwise core to decide, with their weight; sorted. */
  near: EdgeList;
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

/** The distinct non-empty feature sets of a table. */
export interface FoldedTable {
  /** Index of the first statement of each distinct set, ascending. */
  reps: number[];
  /** For each statement, the position in `reps` of its set, or -1 for no features. */
  repOf: Int32Array;
  /** How many statements each rep stands for. */
  counts: Int32Array;
  /** The distinct sets, in rep order. */
  repTable: FeatureTable;
}

/**
 * The distinct non-empty feature sets, in order of first statement: exact duplicates folded by
 * an open-addressing table of set hashes (equal hashes are compared in full). O(F).
 */
export function foldDuplicates(table: FeatureTable): FoldedTable {
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
 * Band keys of the distinct sets, band by band (`keys[band · m + r]`): when `keys` of every
 * statement are given (see `findPairs`) they are compacted in place, as a corpus's keys are
 * the largest array of the run (the result is a view of `keys`, whose tail is left over);
 * else computed. O(m · b), or the MinHash work.
 *
 * @throws ClaimdiffError when `keys` does not hold `bandsFor(s, n)` keys per statement.
 */
export function repKeysOf(folded: FoldedTable, n: number, s: BandSettings, keys?: Uint32Array): Uint32Array {
  const bands = bandsFor(s, n);
  const { reps } = folded;
  const m = reps.length;
  if (!keys) return bandKeysOf(folded.repTable, s.hashes, bands);
  if (keys.length !== n * bands) throw new ClaimdiffError('invalid-argument', `findPairs(table, settings, keys): found ${keys.length} band keys, expected ${n * bands} (${bands} bands for ${n} statements)`);
  // Reps ascend and reps[r] ≥ r, so each key moves to a place at or before where it is read.
  for (let band = 0; band < bands; band++) for (let r = 0; r < m; r++) keys[band * m + r] = keys[band * n + (reps[r] as number)] as number;
  return keys.subarray(0, m * bands);
}

/** Pairs one step of the search verified, and what it skipped. */
export interface PairPart {
  edges: EdgeList;
  near: EdgeList;
  candidates: number;
  skippedBuckets: number;
  skippedStatements: number;
  cappedLookups: number;
}

/** A part with a `check(i, j)` that verifies a candidate by the exact overlap into it; `masks` are the table's `featureMasks`. */
function partWithCheck(table: FeatureTable, s: VerifyThresholds, masks: Uint32Array): { part: PairPart; check: (i: number, j: number) => void } {
  const { offsets, data } = table;
  const part: PairPart = { edges: new EdgeList(Math.max(1024, (offsets.length - 1) >> 1)), near: new EdgeList(), candidates: 0, skippedBuckets: 0, skippedStatements: 0, cappedLookups: 0 };
  const { edges, near } = part;
  const check = (i: number, j: number): void => {
    part.candidates++;
    const a0 = offsets[i] as number;
    const a1 = offsets[i + 1] as number;
    const b0 = offsets[j] as number;
    const b1 = offsets[j + 1] as number;
    // Most candidates are apart, and at scale most are chance collisions: the masks' bound on
    // the shared features rules most of them out without reading the sets (`verdictOf` only
    // rises with the count shared, so a bound that is apart is an exact count that is apart).
    const bound = sharedBound(masks, i, a1 - a0, j, b1 - b0);
    if (verdictOf(overlapOf(bound, a1 - a0, b1 - b0), s) === 'apart') return;
    const shared = sharedCount(data, a0, a1, data, b0, b1);
    if (shared === 0) return;
    const o = overlapOf(shared, a1 - a0, b1 - b0);
    const v = verdictOf(o, s);
    if (v === 'apart') return;
    (v === 'same' ? edges : near).push(i, j, edgeWeight(o));
  };
  return { part, check };
}

/**
 * Candidates from MinHash LSH over the bands `fromBand … toBand` (all by default), each verified
 * by the exact overlap. O(b · m + Σ bucket²). Workers may each take some bands over shared keys.
 *
 * @param repKeys band keys of the distinct sets (see `repKeysOf`)
 * @param masks `featureMasks(repTable)`, when a caller has them (they are made once for both searches)
 */
export function lshPairs(repTable: FeatureTable, repKeys: Uint32Array, bands: number, s: PairSettings, fromBand = 0, toBand = bands, masks = featureMasks(repTable)): PairPart {
  const { part, check } = partWithCheck(repTable, s, masks);
  const banding = bandCandidates(repKeys, repTable.offsets.length - 1, bands, s.maxBucket, check, fromBand, toBand);
  part.skippedBuckets = banding.skippedBuckets;
  part.skippedStatements = banding.skippedStatements;
  return part;
}

/**
 * Candidates from the containment prefix index (excerpts much shorter than their source), each
 * verified by the exact overlap; only those LSH with `bands` bands may miss (see below).
 */
export function containmentPairs(repTable: FeatureTable, bands: number, s: PairSettings, masks = featureMasks(repTable)): PairPart {
  const { part, check } = partWithCheck(repTable, s, masks);
  // A contained pair whose larger set is under ρ times the smaller has Jaccard ≥ c / (ρ + 1 − c):
  // the prefix index looks only for excerpts of sources ρ times their size or more, for the
  // largest ρ at which LSH finds the closer pairs with probability 0.99.
  const rows = Math.max(1, Math.floor(s.hashes / bands));
  const lshFinds = (ratio: number) => 1 - (1 - (s.containment / (ratio + 1 - s.containment)) ** rows) ** bands >= 0.99;
  const minSizeRatio = [2, 1.75, 1.5, 1.25].find(lshFinds) ?? 1;
  part.cappedLookups = containmentCandidates(repTable, { containment: s.containment, minFeatures: s.minContainedFeatures, maxDf: s.maxDf, minSizeRatio }, check).cappedLookups;
  return part;
}

/** The pairs of all parts, sorted and each once, with the issues of what was skipped. O(E + m). */
export function mergePairs(folded: FoldedTable, parts: readonly PairPart[], s: Pick<PairSettings, 'maxBucket' | 'maxDf'>): FoundPairs {
  const m = folded.reps.length;
  const edges = new EdgeList(Math.max(16, parts.reduce((k, p) => k + p.edges.length, 0)));
  const near = new EdgeList(Math.max(16, parts.reduce((k, p) => k + p.near.length, 0)));
  let candidates = 0;
  let skippedBuckets = 0;
  let skippedStatements = 0;
  let cappedLookups = 0;
  for (const p of parts) {
    edges.append(p.edges);
    near.append(p.near);
    candidates += p.candidates;
    skippedBuckets += p.skippedBuckets;
    skippedStatements += p.skippedStatements;
    cappedLookups += p.cappedLookups;
  }
  edges.sortUnique(m);
  near.sortUnique(m);
  const issues: Issue[] = [];
  if (skippedBuckets > 0) {
    issues.push({
      code: 'bucket-capped',
      message: `${skippedBuckets} LSH buckets with more than ${s.maxBucket} statements (${skippedStatements} in all) added no candidates (maxBucket)`,
    });
  }
  if (cappedLookups > 0) {
    issues.push({ code: 'frequent-feature-capped', message: `${cappedLookups} containment lookups skipped a word found in more than ${s.maxDf} statements (maxDf)` });
  }
  return { reps: folded.reps, repOf: folded.repOf, multiplicity: folded.counts, edges, near, candidates, issues };
}

/**
 * Exact duplicates folded (same feature set), then candidates from MinHash LSH (similar sets)
 * and from the containment prefix index (excerpts much shorter than their source, whose Jaccard
 * is too low for LSH), each confirmed by the exact overlap. Never all pairs:
 * O(F · k + b · n + Σ bucket² + prefix postings walked) for F features in all, k hashes and b
 * bands, each bucket capped at `maxBucket` and each posting list at `maxDf`; O(F + n · b)
 * memory. Depends on input order only through the indices. The steps are exported
 * (`foldDuplicates`, `repKeysOf`, `lshPairs`, `containmentPairs`, `mergePairs`) so a caller
 * can run them in worker threads.
 *
 * @param keys optional band keys of every statement of `table`, band by band
 *   (`keys[band · n + i]`, `bandsFor(s, n)` bands, as `bandKeysOf` gives), e.g. computed by
 *   workers over slices; overwritten (see `repKeysOf`). Computed here, for the distinct sets
 *   only, when absent.
 */
export function findPairs(table: FeatureTable, s: PairSettings, keys?: Uint32Array): FoundPairs {
  return findFoldedPairs(foldDuplicates(table), s, keys);
}

/** `findPairs` after `foldDuplicates`, so a caller can let the full table go first: only the distinct sets are read. */
export function findFoldedPairs(folded: FoldedTable, s: PairSettings, keys?: Uint32Array): FoundPairs {
  const n = folded.repOf.length;
  const bands = bandsFor(s, n);
  const repKeys = repKeysOf(folded, n, s, keys);
  const masks = featureMasks(folded.repTable);
  return mergePairs(folded, [lshPairs(folded.repTable, repKeys, bands, s, 0, bands, masks), containmentPairs(folded.repTable, bands, s, masks)], s);
}
