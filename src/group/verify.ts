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
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
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
  if (o.jaccard >= t.threshold) return 'same';
  if (o.smaller >= t.minContainedFeatures && o.containment >= t.containment) return 'same';
  if (t.coreMargin > 0 && o.jaccard >= t.threshold - t.coreMargin && o.shared >= 2) return 'near';
  return 'apart';
}

/** The weight of a verified pair for choosing the canonical: Jaccard, or half the containment for a partial quote. */
export function edgeWeight(o: Overlap): number {
  return Math.max(o.jaccard, o.containment / 2);
}
