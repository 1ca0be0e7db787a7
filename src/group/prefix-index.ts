import type { FeatureTable } from './features';

/**
 * Candidates for containment by prefix filtering (as in set-similarity joins): if at least a
 * share `c` of a set X of size s lies inside Y, then Y holds one of X's `s − ⌈c·s⌉ + 1` rarest
 * features. So each statement looks up only its few rarest features in an inverted index, and a
 * short excerpt finds the long quote it was cut from even when their Jaccard is far too low
 * for LSH. One more of X's rarest features is looked up than the bare prefix, and Y must hold
 * two of them, which cuts the candidates to verify without losing any contained pair. Features in more than `maxDf` statements are not looked up (as passim's maxDF).
 */
export interface PrefixResult {
  /** Lookups skipped because the feature was too frequent. */
  readonly cappedLookups: number;
}

export interface PrefixOptions {
  containment: number;
  minFeatures: number;
  maxDf: number;
  /**
   * Only pairs whose larger set has at least this many times the features of the smaller: a
   * caller whose LSH already finds pairs of closer sizes (their Jaccard is high) saves the
   * postings walk for them. Postings are kept largest set first, so the walk stops early.
   * @default 1
   */
  minSizeRatio?: number;
}

/** Dense ids for the distinct values of `data` (0, 1, … in order of first sight), by open addressing over typed arrays. */
export function denseIds(data: Uint32Array): { ids: Int32Array; values: Uint32Array; count: number } {
  let cap = 1024;
  let keys = new Uint32Array(cap);
  let slots = new Int32Array(cap).fill(-1);
  let values = new Uint32Array(512);
  let count = 0;
  const ids = new Int32Array(data.length);
  const find = (v: number, k: Uint32Array, sl: Int32Array, mask: number): number => {
    let i = Math.imul(v, 0x9e3779b1) >>> 0 & mask;
    while (sl[i] !== -1 && k[i] !== v) i = (i + 1) & mask;
    return i;
  };
  for (let t = 0; t < data.length; t++) {
    const v = data[t] as number;
    let i = find(v, keys, slots, cap - 1);
    if (slots[i] === -1) {
      if ((count + 1) * 2 > cap) {
        const [oldKeys, oldSlots] = [keys, slots];
        cap *= 2;
        keys = new Uint32Array(cap);
        slots = new Int32Array(cap).fill(-1);
        for (let o = 0; o < oldSlots.length; o++) {
          if (oldSlots[o] === -1) continue;
          const j = find(oldKeys[o] as number, keys, slots, cap - 1);
          keys[j] = oldKeys[o] as number;
          slots[j] = oldSlots[o] as number;
        }
        i = find(v, keys, slots, cap - 1);
      }
      keys[i] = v;
      slots[i] = count;
      if (count === values.length) {
        const grown = new Uint32Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[count++] = v;
    }
    ids[t] = slots[i] as number;
  }
  return { ids, values: values.slice(0, count), count };
}

/**
 * Calls `onPair(x, y)` for each candidate where X is the smaller set (or equal in size with
 * x < y), once per pair. O(F + Σ postings walked), bounded by n · (prefix + 1) · maxDf; O(F) memory
 * for F = total features. Rarity ties are broken by the feature value, so the order of the
 * input does not change the pairs found.
 */
export function containmentCandidates(table: FeatureTable, options: PrefixOptions, onPair: (x: number, y: number) => void): PrefixResult {
  const { containment, minFeatures, maxDf } = options;
  const ratio = Math.max(1, options.minSizeRatio ?? 1);
  const { offsets, data } = table;
  const n = offsets.length - 1;
  const dense = denseIds(data);
  const ids = dense.ids;
  const df = new Int32Array(dense.count);
  for (let t = 0; t < ids.length; t++) df[ids[t] as number] = (df[ids[t] as number] as number) + 1;
  const start = new Int32Array(dense.count + 1);
  for (let id = 0; id < dense.count; id++) start[id + 1] = (start[id] as number) + ((df[id] as number) > maxDf ? 0 : (df[id] as number));
  const fill = start.slice(0, dense.count);
  // Postings hold ranks in the order largest set first (then by index), so every list is sorted
  // by size and a walk stops at the first rank too small to be a source (a binary search).
  let largest = 0;
  for (let x = 0; x < n; x++) largest = Math.max(largest, (offsets[x + 1] as number) - (offsets[x] as number));
  const bySize = new Int32Array(largest + 2);
  for (let x = 0; x < n; x++) {
    const k = largest - ((offsets[x + 1] as number) - (offsets[x] as number)) + 1;
    bySize[k] = (bySize[k] as number) + 1;
  }
  for (let k = 1; k < bySize.length; k++) bySize[k] = (bySize[k] as number) + (bySize[k - 1] as number);
  // firstRankBelow[size] = rank of the first set smaller than `size` (sizes 0 … largest + 1).
  const firstRankBelow = new Int32Array(largest + 2);
  for (let size = 0; size <= largest + 1; size++) firstRankBelow[size] = size > largest ? 0 : (bySize[largest - size + 1] as number);
  const order = new Int32Array(n);
  const cursor = bySize.slice();
  for (let x = 0; x < n; x++) {
    const k = largest - ((offsets[x + 1] as number) - (offsets[x] as number));
    order[cursor[k] as number] = x;
    cursor[k] = (cursor[k] as number) + 1;
  }
  const postings = new Int32Array(start[dense.count] as number);
  for (let q = 0; q < n; q++) {
    const x = order[q] as number;
    for (let t = offsets[x] as number; t < (offsets[x + 1] as number); t++) {
      const id = ids[t] as number;
      if ((df[id] as number) > maxDf) continue;
      postings[fill[id] as number] = q;
      fill[id] = (fill[id] as number) + 1;
    }
  }
  let cappedLookups = 0;
  const picked = new Int32Array(65);
  const head = new Int32Array(65);
  const end = new Int32Array(65);
  let slotRank = new Int32Array(1024).fill(-1);
  let slotHits = new Int32Array(1024);
  let used = new Int32Array(1024);
  for (let x = 0; x < n; x++) {
    const a0 = offsets[x] as number;
    const s = (offsets[x + 1] as number) - a0;
    if (s < minFeatures) continue;
    // Y holds at least ⌈c·s⌉ of X's s features, so it misses at most `prefix − 1` of them; of X's
    // `prefix + 1` rarest, Y then holds at least two: counting hits over one more list than the
    // plain prefix filter verifies far fewer pairs (one word in common is not enough).
    const prefix = Math.min(s, s - Math.ceil(containment * s) + 1, picked.length - 1);
    const looked = Math.min(s, prefix + 1);
    const minSize = Math.max(s, Math.ceil(ratio * s));
    const rankLimit = minSize > largest ? 0 : (firstRankBelow[minSize] as number);
    // The `looked` rarest features (ties by value): a selection, as they are a few features.
    let lists = 0;
    for (let r = 0; r < looked; r++) {
      let best = -1;
      for (let t = a0; t < a0 + s; t++) {
        let taken = false;
        for (let u = 0; u < r; u++) if (picked[u] === t) taken = true;
        if (taken) continue;
        if (best < 0) best = t;
        else {
          const d = (df[ids[t] as number] as number) - (df[ids[best] as number] as number);
          if (d < 0 || (d === 0 && (data[t] as number) < (data[best] as number))) best = t;
        }
      }
      picked[r] = best;
      const id = ids[best] as number;
      if ((df[id] as number) > maxDf) {
        cappedLookups++;
        continue;
      }
      head[lists] = start[id] as number;
      // Ranks ascend along a list; only those before `rankLimit` are large enough. Scanned, not
      // bisected: the walk below reads the same postings, so the scan brings them into the cache
      // for it, where a bisection's probes miss.
      const hi = start[id + 1] as number;
      let lo = head[lists] as number;
      while (lo < hi && (postings[lo] as number) < rankLimit) lo++;
      end[lists] = lo;
      lists++;
    }
    const need = Math.max(1, lists - prefix + 1);
    if (lists < need) continue;
    // Count the ranks of the lists in a small open-addressing table (it stays in cache, where a
    // mark per statement misses at every posting): a rank in `need` lists or more is a candidate.
    let total = 0;
    for (let l = 0; l < lists; l++) total += (end[l] as number) - (head[l] as number);
    if (total === 0) continue;
    let bits = 4;
    while (1 << bits < 2 * total) bits++;
    if (slotRank.length < 1 << bits) {
      slotRank = new Int32Array(1 << bits).fill(-1);
      slotHits = new Int32Array(1 << bits);
      used = new Int32Array(1 << bits);
    }
    const mask = (1 << bits) - 1;
    let usedCount = 0;
    for (let l = 0; l < lists; l++) {
      for (let p = head[l] as number; p < (end[l] as number); p++) {
        const v = postings[p] as number;
        let k = Math.imul(v, 0x9e3779b1) >>> (32 - bits);
        while (slotRank[k] !== -1 && slotRank[k] !== v) k = (k + 1) & mask;
        let h = 1;
        if (slotRank[k] === -1) {
          slotRank[k] = v;
          used[usedCount++] = k;
        } else h = (slotHits[k] as number) + 1;
        slotHits[k] = h;
        if (h !== need) continue;
        const y = order[v] as number;
        if (y !== x && ((offsets[y + 1] as number) - (offsets[y] as number) > s || y > x)) onPair(x, y);
      }
    }
    for (let u = 0; u < usedCount; u++) slotRank[used[u] as number] = -1;
  }
  return { cappedLookups };
}
