/**
 * Locality-sensitive hashing by banding: statements whose band keys are equal in some band are
 * candidate pairs. With `b` bands of `r` rows, a pair of Jaccard similarity `s` becomes a
 * candidate with probability `1 − (1 − s^r)^b`.
 *
 * Buckets are found by sorting, not by a hash map: per band, key and index are packed into one
 * float64 (`key · 2^shift + index`, exact below 2^53) and the typed array is sorted, so memory
 * is one `Float64Array(n)` at a time and no per-key objects are made.
 */
export interface BandingResult {
  /** Buckets with more members than `maxBucket`: they added no pairs. */
  readonly skippedBuckets: number;
  /** Statements in those buckets. */
  readonly skippedStatements: number;
}

/**
 * Calls `onPair(i, j)` (i < j) once for each candidate pair: a pair equal in several bands is
 * reported only for the first, so no pair set has to be kept. O(b · (n log n + Σ m²)) time for
 * bucket sizes m ≤ maxBucket; O(n) extra memory. Input order does not matter beyond the
 * indices themselves: the pairs found are the same set whatever the order of calls.
 *
 * @param keys band keys, `keys[i · bands + band]`
 */
export function bandCandidates(keys: Uint32Array, n: number, bands: number, maxBucket: number, onPair: (i: number, j: number) => void): BandingResult {
  const shift = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const keyBits = Math.min(32, 53 - shift);
  const scale = 2 ** shift;
  const drop = 32 - keyBits;
  const packed = new Float64Array(n);
  const members: number[] = [];
  let skippedBuckets = 0;
  let skippedStatements = 0;
  const earlierBandAgrees = (i: number, j: number, band: number): boolean => {
    for (let c = 0; c < band; c++) if (keys[i * bands + c] === keys[j * bands + c]) return true;
    return false;
  };
  for (let band = 0; band < bands; band++) {
    for (let i = 0; i < n; i++) packed[i] = ((keys[i * bands + band] as number) >>> drop) * scale + i;
    packed.sort();
    let lo = 0;
    while (lo < n) {
      const bucket = Math.floor((packed[lo] as number) / scale);
      let hi = lo + 1;
      while (hi < n && Math.floor((packed[hi] as number) / scale) === bucket) hi++;
      if (hi - lo > maxBucket) {
        skippedBuckets++;
        skippedStatements += hi - lo;
      } else if (hi - lo > 1) {
        members.length = 0;
        for (let t = lo; t < hi; t++) members.push((packed[t] as number) % scale);
        for (let x = 0; x < members.length; x++) {
          for (let y = x + 1; y < members.length; y++) {
            const i = members[x] as number;
            const j = members[y] as number;
            // Truncated keys may collide; the full key must agree too.
            if (keys[i * bands + band] !== keys[j * bands + band]) continue;
            if (!earlierBandAgrees(i, j, band)) onPair(Math.min(i, j), Math.max(i, j));
          }
        }
      }
      lo = hi;
    }
  }
  return { skippedBuckets, skippedStatements };
}
