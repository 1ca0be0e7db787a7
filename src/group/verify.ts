/** How alike two feature sets are, counted exactly (no estimate). */
export interface Overlap {
  /** Features in both. */
  shared: number;
  /** shared / |A ∪ B| */
  jaccard: number;
  /** shared / min(|A|, |B|): 1 when the smaller is wholly inside the larger (a partial quote). */
  containment: number;
  /** Size of the smaller set. */
  smaller: number;
}

/** Exact overlap of two sorted, duplicate-free feature arrays, in one merge pass: O(|A| + |B|). */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  return overlapOf(sharedCount(a, 0, a.length, b, 0, b.length), a.length, b.length);
}

/** Features in both `a[a0 … a1)` and `b[b0 … b1)` (sorted, duplicate-free): one merge pass, no allocation. */
export function sharedCount(a: Uint32Array, a0: number, a1: number, b: Uint32Array, b0: number, b1: number): number {
  let i = a0;
  let j = b0;
  let shared = 0;
  while (i < a1 && j < b1) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The overlap of two sets of sizes `na` and `nb` with `shared` features in common. */
export function overlapOf(shared: number, na: number, nb: number): Overlap {
  const union = na + nb - shared;
  const smaller = Math.min(na, nb);
  return { shared, jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller, smaller };
}

export interface VerifyThresholds {
  threshold: number;
  containment: number;
  minContainedFeatures: number;
  coreMargin: number;
}

/**
 * `same`: the cheap measure is enough (Jaccard at the threshold, or the smaller wholly enough
 * inside the larger); `near`: just below the threshold, worth asking the pairwise core;
 * `apart` otherwise.
 */
export type Verdict = 'same' | 'near' | 'apart';

export function verdictOf(o: Overlap, t: VerifyThresholds): Verdict {
  if (o.shared === 0) return 'apart';
  // Two shared words make a topic more often than a statement: with fewer than
  // `minContainedFeatures` in common, they must be at least half of all the words.
  if (o.jaccard >= (o.shared >= t.minContainedFeatures ? t.threshold : Math.max(t.threshold, 0.5))) return 'same';
  if (o.smaller >= t.minContainedFeatures && o.containment >= t.containment) return 'same';
  if (t.coreMargin > 0 && o.jaccard >= t.threshold - t.coreMargin && o.shared >= 2) return 'near';
  return 'apart';
}

/** The weight of a verified pair for choosing the canonical: Jaccard, or half the containment for a partial quote. */
export function edgeWeight(o: Overlap): number {
  return Math.max(o.jaccard, o.containment / 2);
}
