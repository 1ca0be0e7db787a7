/**
 * Candidates for containment by prefix filtering (as in set-similarity joins): if at least a
 * share `c` of a set X of size s lies inside Y, then Y holds one of X's `s − ⌈c·s⌉ + 1` rarest
 * features. So each statement looks up only its few rarest features in an inverted index, and a
 * short excerpt finds the long quote it was cut from even when their Jaccard is far too low
 * for LSH. Features in more than `maxDf` statements are not looked up (as passim's maxDF).
 */
export interface PrefixResult {
  /** Lookups skipped because the feature was too frequent. */
  readonly cappedLookups: number;
}

/**
 * Calls `onPair(x, y)` for each candidate where X is the smaller set (or equal in size with
 * x < y), once per pair. O(F + Σ postings of prefix features) time, bounded by
 * n · prefix · maxDf; O(F) memory for F = total features. Order of the input does not change
 * the pairs found.
 */
export function containmentCandidates(
  features: readonly Uint32Array[],
  containment: number,
  minFeatures: number,
  maxDf: number,
  onPair: (x: number, y: number) => void,
): PrefixResult {
  const n = features.length;
  // Feature hash -> dense id, and document frequency.
  const ids = new Map<number, number>();
  const df: number[] = [];
  let total = 0;
  for (const f of features) {
    total += f.length;
    for (let t = 0; t < f.length; t++) {
      const h = f[t] as number;
      let id = ids.get(h);
      if (id === undefined) {
        id = df.length;
        ids.set(h, id);
        df.push(0);
      }
      df[id] = (df[id] as number) + 1;
    }
  }
  const start = new Int32Array(df.length + 1);
  for (let id = 0; id < df.length; id++) start[id + 1] = (start[id] as number) + ((df[id] as number) > maxDf ? 0 : (df[id] as number));
  const fill = start.slice(0, df.length);
  const postings = new Int32Array(start[df.length] as number);
  for (let x = 0; x < n; x++) {
    const f = features[x] as Uint32Array;
    for (let t = 0; t < f.length; t++) {
      const id = ids.get(f[t] as number) as number;
      if ((df[id] as number) > maxDf) continue;
      postings[fill[id] as number] = x;
      fill[id] = (fill[id] as number) + 1;
    }
  }
  const seen = new Int32Array(n).fill(-1);
  let cappedLookups = 0;
  const order: number[] = [];
  for (let x = 0; x < n; x++) {
    const f = features[x] as Uint32Array;
    const s = f.length;
    if (s < minFeatures) continue;
    order.length = 0;
    for (let t = 0; t < s; t++) order.push(ids.get(f[t] as number) as number);
    order.sort((p, q) => (df[p] as number) - (df[q] as number) || p - q);
    const prefix = s - Math.ceil(containment * s) + 1;
    for (let t = 0; t < prefix && t < s; t++) {
      const id = order[t] as number;
      if ((df[id] as number) > maxDf) {
        cappedLookups++;
        continue;
      }
      for (let p = start[id] as number; p < (start[id + 1] as number); p++) {
        const y = postings[p] as number;
        if (y === x || seen[y] === x) continue;
        seen[y] = x;
        const size = (features[y] as Uint32Array).length;
        if (size > s || (size === s && y > x)) onPair(x, y);
      }
    }
  }
  return { cappedLookups };
}
