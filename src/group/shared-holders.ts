import type { JoinSide } from './join-features';

/**
 * How many statements hold every word two statements share: the reach of the evidence that
 * joins them. "raise money" or "foreign policy" shared by two fragments of a large corpus is
 * held by dozens of statements of many topics; the words two wordings of one statement share
 * are held by few. O(total words) to build; each pair a merge of its two sides' word lists, then
 * an intersection of the shared words' statement lists by galloping steps, O(s · d0 · log d) at
 * worst for s shared words, d0 statements holding the rarest and d the most. With `above`, a pair whose rarest shared
 * word is held by at most `above` statements is not counted: its count, at most that word's,
 * is given as that word's (an upper bound no greater than `above`), as the caller asks only
 * whether it exceeds `above`. `count`, when given, counts the statements holding them all (their
 * indices, the first `n` of `holders`) another way, such as their speakers: at most as many as
 * the statements, so the same upper bound holds.
 */
export function sharedHolders(sides: readonly Pick<JoinSide, 'words'>[], above = 0, count?: (holders: ArrayLike<number>, n: number) => number): (i: number, j: number) => number {
  // Words as numbers, each side's as a sorted array, and each word's statements in order: a
  // pair's shared words are a merge of two short arrays, and the statements holding them all an
  // intersection of sorted lists; only a pair counted past `above` hashes its shared words (the
  // count of each distinct shared set is kept).
  const ids = new Map<string, number>();
  const held = sides.map((s) => Int32Array.from(new Set(s.words), (w) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  }).sort());
  const postings: number[][] = Array.from({ length: ids.size }, () => []);
  held.forEach((h, k) => h.forEach((w) => (postings[w] as number[]).push(k)));
  const df = (w: number): number => (postings[w] as number[]).length;
  const most = postings.reduce((m, list) => Math.max(m, list.length), 0);
  const spare = { a: new Int32Array(most), b: new Int32Array(most) };
  // Many pairs of a large batch share the very same words ("white house"): each set is counted once.
  const counted = new Map<string, number>();
  const shared: number[] = [];
  return (i, j) => {
    const x = held[i] as Int32Array;
    const y = held[j] as Int32Array;
    shared.length = 0;
    let fewest = Infinity;
    for (let p = 0, q = 0; p < x.length && q < y.length; ) {
      const u = x[p] as number;
      const v = y[q] as number;
      if (u < v) p++;
      else if (u > v) q++;
      else {
        shared.push(u);
        fewest = Math.min(fewest, df(u));
        p++;
        q++;
      }
    }
    if (fewest === Infinity) return 0;
    // Most pairs share a word held by at most `above` statements: its holders are the answer.
    if (fewest <= above) return fewest;
    const key = shared.join(' ');
    let n = counted.get(key);
    if (n !== undefined) return n;
    // Rarest first: the rarest word's statements, narrowed by each next rarest word's (sorted
    // lists, each step a galloping search through the longer one).
    const words = [...shared].sort((u, v) => df(u) - df(v) || u - v);
    let holders: ArrayLike<number> = postings[words[0] as number] as number[];
    n = holders.length;
    for (let t = 1; t < words.length && n > 0; t++) {
      const into = (t & 1) === 1 ? spare.a : spare.b;
      n = intersect(holders, n, postings[words[t] as number] as number[], into);
      holders = into;
    }
    if (count !== undefined) n = count(holders, n);
    counted.set(key, n);
    return n;
  };
}

/**
 * The items of `a`'s first `n` also in `b` (both ascending), written to `out`; returns how many.
 * Each item of `a` is looked for from where the last one was found, by steps that double, so a
 * short list against a long one costs O(n log(|b| / n)).
 */
function intersect(a: ArrayLike<number>, n: number, b: readonly number[], out: Int32Array): number {
  let found = 0;
  let lo = 0;
  for (let p = 0; p < n && lo < b.length; p++) {
    const v = a[p] as number;
    let hi = lo;
    let step = 1;
    while (hi < b.length && (b[hi] as number) < v) {
      lo = hi + 1;
      hi = lo + step;
      step *= 2;
    }
    if (hi > b.length) hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((b[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (b[lo] === v) out[found++] = v;
  }
  return found;
}

/**
 * A join probability `p` whose shared words are held by `holders` statements, discounted when
 * they are more than `reach`, the most statements one proposition held where the decision was
 * fitted: the odds fall by `holders / reach`. The decision was fitted on stories, where the
 * statements that share a phrase are few and mostly one; among the dozens of a day's wire that
 * share "foreign policy", at most `reach` can be one statement with a given one, so the prior
 * odds of any pair of them are that much lower. Unchanged at or below `reach`. O(1).
 */
export function discountCommon(p: number, holders: number, reach: number): number {
  if (holders <= reach || p <= 0) return p;
  if (p >= 1) return 1;
  return 1 / (1 + ((1 - p) / p) * (holders / reach));
}
