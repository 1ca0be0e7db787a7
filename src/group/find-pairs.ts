import type { Issue } from '../schema/issue';
import type { Edge } from './cluster';
import { mix32 } from './features';
import { bandCandidates } from './lsh';
import { bandKeysInto, createMinHasher } from './minhash';
import { containmentCandidates } from './prefix-index';
import { edgeWeight, overlap, verdictOf, type VerifyThresholds } from './verify';

export interface PairSettings extends VerifyThresholds {
  hashes: number;
  bands: number;
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

function setHash(f: Uint32Array): number {
  let h = f.length;
  for (let i = 0; i < f.length; i++) h = mix32(h ^ (f[i] as number)) + i;
  return h >>> 0;
}

function sameSet(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Exact duplicates folded (same feature set), then candidates from MinHash LSH (similar sets)
 * and from the containment prefix index (excerpts), each confirmed by the exact overlap.
 * Never all pairs: O(n · (k·f + b log n)) plus the capped bucket and posting work, for k hashes,
 * f features a statement and b bands. Depends on input order only through the indices.
 */
export function findPairs(features: readonly Uint32Array[], s: PairSettings): FoundPairs {
  const n = features.length;
  const repOf = new Int32Array(n).fill(-1);
  const reps: number[] = [];
  const bySet = new Map<number, number[]>();
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = features[i] as Uint32Array;
    if (f.length === 0) continue;
    const h = setHash(f);
    const list = bySet.get(h);
    const found = list?.find((r) => sameSet(features[reps[r] as number] as Uint32Array, f));
    if (found !== undefined) {
      repOf[i] = found;
      counts[found] = (counts[found] as number) + 1;
      continue;
    }
    repOf[i] = reps.length;
    if (list) list.push(reps.length);
    else bySet.set(h, [reps.length]);
    reps.push(i);
    counts.push(1);
  }
  bySet.clear();
  const repFeatures = reps.map((i) => features[i] as Uint32Array);
  const m = reps.length;
  const rows = Math.max(1, Math.floor(s.hashes / s.bands));
  const hasher = createMinHasher(rows * s.bands);
  const signature = new Uint32Array(rows * s.bands);
  const keys = new Uint32Array(m * s.bands);
  for (let r = 0; r < m; r++) {
    hasher.signInto(repFeatures[r] as Uint32Array, signature, 0);
    bandKeysInto(signature, 0, s.bands, rows, keys, r * s.bands);
  }
  const edges: Edge[] = [];
  const near: Edge[] = [];
  let candidates = 0;
  const check = (i: number, j: number): void => {
    candidates++;
    const o = overlap(repFeatures[i] as Uint32Array, repFeatures[j] as Uint32Array);
    const v = verdictOf(o, s);
    if (v === 'apart') return;
    const e = { i: Math.min(i, j), j: Math.max(i, j), weight: edgeWeight(o) };
    (v === 'same' ? edges : near).push(e);
  };
  const banding = bandCandidates(keys, m, s.bands, s.maxBucket, check);
  const prefix = containmentCandidates(repFeatures, s.containment, s.minContainedFeatures, s.maxDf, check);
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
  return { reps, repOf, multiplicity: Int32Array.from(counts), edges: dedupeEdges(edges), near: dedupeEdges(near), candidates, issues };
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
