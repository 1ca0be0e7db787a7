import type { FeatureTable } from './features';
import { bandKeysInto, createMinHasher } from './minhash';

/** Band settings: MinHash hashes, and LSH bands (undefined for the size-dependent default). */
export interface BandSettings {
  hashes: number;
  bands: number | undefined;
}

/** Inputs below this many statements get 2-row bands by default, larger ones 3-row bands. */
export const SMALL_INPUT = 100_000;

/**
 * The bands for `n` statements: the `bands` option when given, else `hashes / 2` (2-row bands)
 * below `SMALL_INPUT` statements and `hashes / 3` at or above. 2-row bands find a pair of
 * Jaccard 1/3 with probability 0.996 at 96 hashes, 3-row bands 0.70, but they make about
 * 3× the candidates at scale; a small input affords them.
 */
export function bandsFor(s: BandSettings, n: number): number {
  if (s.bands !== undefined) return Math.min(s.bands, s.hashes);
  return Math.max(1, Math.floor(s.hashes / (n < SMALL_INPUT ? 2 : 3)));
}

/**
 * LSH band keys of the sets `from … to` of a table, band by band: `keys[band · (to − from) + r − from]`,
 * so each band is one contiguous column for the sort. O(F · k / BINS + n · k) (see
 * `createMinHasher`). Pure, so workers can each sign a slice.
 */
export function bandKeysOf(table: FeatureTable, hashes: number, bands: number, from = 0, to = table.offsets.length - 1): Uint32Array {
  const keys = new Uint32Array((to - from) * bands);
  bandKeysIntoTable(table, hashes, bands, keys, 0, to - from, from, to);
  return keys;
}

/**
 * The same, written into a larger band-by-band array: the key of set r in band b goes to
 * `out[b · stride + first + r − from]`. Workers sign their slices into one shared array this way.
 */
export function bandKeysIntoTable(table: FeatureTable, hashes: number, bands: number, out: Uint32Array, first: number, stride: number, from = 0, to = table.offsets.length - 1): void {
  const rows = Math.max(1, Math.floor(hashes / bands));
  const hasher = createMinHasher(rows * bands);
  const signature = new Uint32Array(rows * bands);
  for (let r = from; r < to; r++) {
    hasher.signRange(table.data, table.offsets[r] as number, table.offsets[r + 1] as number, signature, 0);
    bandKeysInto(signature, 0, bands, rows, out, first + r - from, stride);
  }
}
