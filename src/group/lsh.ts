/**
 * Locality-sensitive hashing by banding: statements whose band keys are equal in some band are
 * candidate pairs. With `b` bands of `r` rows, a pair of Jaccard similarity `s` becomes a
 * candidate with probability `1 − (1 − s^r)^b`.
 *
 * Buckets are found by sorting, not by a hash map: keys are stored band by band
 * (`keys[band · n + i]`), so each band is one contiguous column, radix-sorted with its indices
 * carried along (two stable passes of 11 bits: 2048 counters stay in cache, where 16-bit digits
 * scatter to 65536 places; the few runs of equal low bits with more than one key are then
 * sorted by the whole key). A band costs O(n), memory is a few `Int32Array(n)` and no per-key
 * objects are made.
 */
export interface BandingResult {
  /** Buckets with more members than `maxBucket`: they added no pairs. */
  readonly skippedBuckets: number;
  /** Statements in those buckets. */
  readonly skippedStatements: number;
}

const DIGIT = 11;
const RADIX = 1 << DIGIT;
/** The bits of a key the two radix passes sort by. */
const LOW_MASK = (1 << (2 * DIGIT)) - 1;
/** Words of a set's row in the earlier-band check: 64 bytes, a cache line. */
const ROW_WORDS = 16;

/** One stable counting pass of `from` (keys, indices) by the digit at `shift` into `to`. */
function radixPass(fromKey: Uint32Array, fromIdx: Int32Array, toKey: Uint32Array, toIdx: Int32Array, n: number, shift: number, count: Int32Array): void {
  count.fill(0);
  for (let t = 0; t < n; t++) {
    const d = ((fromKey[t] as number) >>> shift) & (RADIX - 1);
    count[d] = (count[d] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < RADIX; d++) {
    const c = count[d] as number;
    count[d] = sum;
    sum += c;
  }
  for (let t = 0; t < n; t++) {
    const k = fromKey[t] as number;
    const d = (k >>> shift) & (RADIX - 1);
    const at = count[d] as number;
    toKey[at] = k;
    toIdx[at] = fromIdx[t] as number;
    count[d] = at + 1;
  }
}

/** A stable insertion sort of `key[lo … hi)` (with `idx` carried along): runs are short. */
function sortRun(key: Uint32Array, idx: Int32Array, lo: number, hi: number): void {
  for (let x = lo + 1; x < hi; x++) {
    const k = key[x] as number;
    const v = idx[x] as number;
    let y = x;
    while (y > lo && (key[y - 1] as number) > k) {
      key[y] = key[y - 1] as number;
      idx[y] = idx[y - 1] as number;
      y--;
    }
    key[y] = k;
    idx[y] = v;
  }
}

/**
 * Calls `onPair(i, j)` (i < j) once for each candidate pair: a pair equal in several bands is
 * reported only for the first, so no pair set has to be kept. O(b · (n + Σ m²)) time for
 * bucket sizes m ≤ maxBucket; O(n · b) extra bytes. Input order does not matter beyond the
 * indices themselves: the pairs found are the same set whatever the order of calls.
 *
 * @param keys band keys, band by band: `keys[band · n + i]`
 * @param fromBand first band to read (with `toBand`, a caller may split the bands among workers;
 *   a pair is still reported only for the first band, of all, it agrees in)
 */
export function bandCandidates(
  keys: Uint32Array,
  n: number,
  bands: number,
  maxBucket: number,
  onPair: (i: number, j: number) => void,
  fromBand = 0,
  toBand = bands,
): BandingResult {
  const keyA = new Uint32Array(n);
  const idxA = new Int32Array(n);
  const keyB = new Uint32Array(n);
  const idxB = new Int32Array(n);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const count = new Int32Array(RADIX);
  let skippedBuckets = 0;
  let skippedStatements = 0;
  // A pair equal in an earlier band was reported there. Checking every earlier band costs
  // b / 2 steps per pair on average, so the low bytes of four bands' keys are packed in one
  // word and four bands are compared at once (a zero byte of the xor); only where a low byte
  // agrees are the full keys read. Each set's row also holds the full keys of the first bands
  // (up to 16 words a row): a true pair mostly agrees there, and the keys' columns, a cache
  // miss away, are read only past them.
  const words = (bands + 3) >> 2;
  const full = Math.max(0, Math.min(bands, ROW_WORDS - words));
  const stride = words + full;
  const rows = new Uint32Array(n * stride);
  const BLOCK = 4096;
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let c = 0; c < bands; c++) {
      const shift = (c & 3) << 3;
      const w = c >> 2;
      for (let i = i0; i < i1; i++) rows[i * stride + w] = (rows[i * stride + w] as number) | (((keys[c * n + i] as number) & 0xff) << shift);
    }
    for (let c = 0; c < full; c++) for (let i = i0; i < i1; i++) rows[i * stride + words + c] = keys[c * n + i] as number;
  }
  const keyAgrees = (i: number, j: number, c: number): boolean => (c < full ? rows[i * stride + words + c] === rows[j * stride + words + c] : keys[c * n + i] === keys[c * n + j]);
  const earlierBandAgrees = (i: number, j: number, band: number): boolean => {
    const li = i * stride;
    const lj = j * stride;
    for (let w = 0; w << 2 < band; w++) {
      let x = ((rows[li + w] as number) ^ (rows[lj + w] as number)) >>> 0;
      // Bands at or after `band` in this word count as different.
      const past = band - (w << 2);
      if (past < 4) x = (x | (0xffffffff << (past << 3))) >>> 0;
      if ((((x - 0x01010101) & ~x & 0x80808080) >>> 0) === 0) continue;
      for (let c = w << 2; c < Math.min(band, (w << 2) + 4); c++) if (keyAgrees(i, j, c)) return true;
    }
    return false;
  };
  // One bucket `[lo, hi)` of the sorted column of `band`.
  const bucket = (band: number, lo: number, hi: number): void => {
    if (hi - lo > maxBucket) {
      skippedBuckets++;
      skippedStatements += hi - lo;
      return;
    }
    // Stable sorts keep a bucket's members in ascending index order.
    for (let x = lo; x < hi; x++) {
      const i = idxB[x] as number;
      for (let y = x + 1; y < hi; y++) {
        const j = idxB[y] as number;
        if (band === 0 || !earlierBandAgrees(i, j, band)) onPair(i, j);
      }
    }
  };
  for (let band = fromBand; band < toBand; band++) {
    const column = keys.subarray(band * n, (band + 1) * n);
    // Sorted by the low 22 bits only: two passes, not three. Keys are hashes, so a run of equal
    // low bits mostly holds one key; where it holds more, the run is sorted by the whole key
    // (stable, so each bucket keeps its index order) before its buckets are read.
    radixPass(column, identity, keyA, idxA, n, 0, count);
    radixPass(keyA, idxA, keyB, idxB, n, DIGIT, count);
    let lo = 0;
    while (lo < n) {
      const low = (keyB[lo] as number) & LOW_MASK;
      let hi = lo + 1;
      let one = true;
      while (hi < n && ((keyB[hi] as number) & LOW_MASK) === low) {
        if (keyB[hi] !== keyB[lo]) one = false;
        hi++;
      }
      if (one) {
        if (hi - lo > 1) bucket(band, lo, hi);
      } else {
        sortRun(keyB, idxB, lo, hi);
        for (let a = lo; a < hi; ) {
          let b = a + 1;
          while (b < hi && keyB[b] === keyB[a]) b++;
          if (b - a > 1) bucket(band, a, b);
          a = b;
        }
      }
      lo = hi;
    }
  }
  return { skippedBuckets, skippedStatements };
}
