/**
 * Locality-sensitive hashing by banding: statements whose band keys are equal in some band are
 * candidate pairs. With `b` bands of `r` rows, a pair of Jaccard similarity `s` becomes a
 * candidate with probability `1 − (1 − s^r)^b`.
 *
 * Buckets are found by sorting, not by a hash map: per band, the statements are radix-sorted by
 * their 32-bit key (two stable passes of 16 bits over typed arrays), so a band costs O(n), memory
 * is a few `Int32Array(n)` and no per-key objects are made.
 */
export interface BandingResult {
  /** Buckets with more members than `maxBucket`: they added no pairs. */
  readonly skippedBuckets: number;
  /** Statements in those buckets. */
  readonly skippedStatements: number;
}

/**
 * Calls `onPair(i, j)` (i < j) once for each candidate pair: a pair equal in several bands is
 * reported only for the first, so no pair set has to be kept. O(b · (n + Σ m²)) time for
 * bucket sizes m ≤ maxBucket; O(n) extra memory. Input order does not matter beyond the
 * indices themselves: the pairs found are the same set whatever the order of calls.
 *
 * @param keys band keys, `keys[i · bands + band]`
 */
export function bandCandidates(keys: Uint32Array, n: number, bands: number, maxBucket: number, onPair: (i: number, j: number) => void): BandingResult {
  const order = new Int32Array(n);
  const swap = new Int32Array(n);
  const count = new Int32Array(65537);
  let skippedBuckets = 0;
  let skippedStatements = 0;
  const earlierBandAgrees = (i: number, j: number, band: number): boolean => {
    for (let c = 0; c < band; c++) if (keys[i * bands + c] === keys[j * bands + c]) return true;
    return false;
  };
  // One band's keys at a time, contiguous, so the sort reads them in order.
  const column = new Uint32Array(n);
  const keyOf = (i: number, _band: number): number => column[i] as number;
  for (let band = 0; band < bands; band++) {
    for (let i = 0; i < n; i++) column[i] = keys[i * bands + band] as number;
    // LSD radix sort of 0 … n−1 by key: low 16 bits into `swap`, then high 16 bits into `order`.
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = (keyOf(i, band) & 0xffff) + 1;
      count[d] = (count[d] as number) + 1;
    }
    for (let k = 1; k < 65537; k++) count[k] = (count[k] as number) + (count[k - 1] as number);
    for (let i = 0; i < n; i++) {
      const d = keyOf(i, band) & 0xffff;
      swap[count[d] as number] = i;
      count[d] = (count[d] as number) + 1;
    }
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = (keyOf(i, band) >>> 16) + 1;
      count[d] = (count[d] as number) + 1;
    }
    for (let k = 1; k < 65537; k++) count[k] = (count[k] as number) + (count[k - 1] as number);
    for (let t = 0; t < n; t++) {
      const i = swap[t] as number;
      const d = keyOf(i, band) >>> 16;
      order[count[d] as number] = i;
      count[d] = (count[d] as number) + 1;
    }
    let lo = 0;
    while (lo < n) {
      const key = keyOf(order[lo] as number, band);
      let hi = lo + 1;
      while (hi < n && keyOf(order[hi] as number, band) === key) hi++;
      if (hi - lo > maxBucket) {
        skippedBuckets++;
        skippedStatements += hi - lo;
      } else {
        // Stable sorts keep a bucket's members in ascending index order.
        for (let x = lo; x < hi; x++) {
          const i = order[x] as number;
          for (let y = x + 1; y < hi; y++) {
            const j = order[y] as number;
            if (!earlierBandAgrees(i, j, band)) onPair(i, j);
          }
        }
      }
      lo = hi;
    }
  }
  return { skippedBuckets, skippedStatements };
}
