/**
 * What precision a user can expect at each confidence: predictions bucketed by their
 * `confidence`, and the share of each bucket that was right. Pure functions, so the table
 * can be checked by hand-made cases.
 */
import type { Relation } from '../src/schema/diff';

/** Lower edges of the confidence buckets; each bucket runs to the next edge (the last to 1). */
export const BUCKETS: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

export interface Judged {
  readonly relation: Relation;
  readonly confidence: number;
  readonly correct: boolean;
}

export interface BucketRow {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly correct: number;
}

/** Counts per bucket of the predictions whose relation passes `keep`; empty buckets are kept. */
export function calibrate(judged: readonly Judged[], keep: (r: Relation) => boolean): BucketRow[] {
  const rows = BUCKETS.map((from, i) => ({ from, to: BUCKETS[i + 1] ?? 1, count: 0, correct: 0 }));
  for (const j of judged) {
    if (!keep(j.relation)) continue;
    let k = BUCKETS.length - 1;
    while (k > 0 && j.confidence < (BUCKETS[k] as number)) k--;
    const row = rows[k] as { count: number; correct: number };
    row.count += 1;
    if (j.correct) row.correct += 1;
  }
  return rows;
}

/** `0.80–0.90` style label of a bucket. */
export function bucketLabel(row: BucketRow): string {
  return `${row.from.toFixed(2)}–${row.to.toFixed(2)}`;
}
