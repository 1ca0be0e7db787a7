import type { FeatureTable } from './features';

/**
 * A 128-bit mask per feature set (each feature sets one bit), for a bound on the features two
 * sets share that costs a few word operations where the exact count is a merge pass over both
 * sets, which at a million statements means cache misses in the feature table for each of
 * millions of chance candidates. Each bit one set has and the other lacks stands for at least
 * one feature of the first missing from the second, a different feature for each bit, so
 *
 *   shared ≤ min(|A| − bits(A ∖ B), |B| − bits(B ∖ A)).
 *
 * Never below the exact count: a pair the bound rules out is apart for certain.
 */
export const MASK_WORDS = 4;

/** The bit of a feature: its top 7 bits after a multiply, as features are hashes but not uniform in the low bits of every caller. */
function bitOf(feature: number): number {
  return Math.imul(feature, 0x9e3779b1) >>> 25;
}

/**
 * The masks of every set of a table, `MASK_WORDS` words each: `masks[i · MASK_WORDS + w]`. O(F).
 * With `out`, the sets `from … to` are written into it (zeroed there first): threads can each
 * fill a slice of one shared array, which the later steps of every thread then read.
 */
export function featureMasks(table: FeatureTable, out?: Uint32Array, from = 0, to = table.offsets.length - 1): Uint32Array {
  const { offsets, data } = table;
  const masks = out ?? new Uint32Array((offsets.length - 1) * MASK_WORDS);
  masks.fill(0, from * MASK_WORDS, to * MASK_WORDS);
  for (let i = from; i < to; i++) {
    const base = i * MASK_WORDS;
    for (let t = offsets[i] as number; t < (offsets[i + 1] as number); t++) {
      const bit = bitOf(data[t] as number);
      masks[base + (bit >>> 5)] = (masks[base + (bit >>> 5)] as number) | (1 << (bit & 31));
    }
  }
  return masks;
}

/** Set bits of a 32-bit word (SWAR: JavaScript has no popcount). */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/**
 * An upper bound on the features sets `i` and `j` (of sizes `ni`, `nj`) share, from their
 * masks: at least the exact count, and equal to the smaller size when the masks cannot tell.
 */
export function sharedBound(masks: Uint32Array, i: number, ni: number, j: number, nj: number): number {
  const a = i * MASK_WORDS;
  const b = j * MASK_WORDS;
  let onlyI = 0;
  let onlyJ = 0;
  for (let w = 0; w < MASK_WORDS; w++) {
    const x = masks[a + w] as number;
    const y = masks[b + w] as number;
    onlyI += popcount32(x & ~y);
    onlyJ += popcount32(y & ~x);
  }
  return Math.min(ni - onlyI, nj - onlyJ);
}
