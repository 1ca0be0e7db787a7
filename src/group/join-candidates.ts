import type { MeaningKeys } from '../lexicon/lexicon';
import { idfWeight, type Idf, type JoinSide } from './join-features';

/** How the candidate pairs of the join decision are found. */
export interface BlockingSettings {
  /** A word found in more statements than this blocks nothing (it still counts in the features). */
  maxDf: number;
  /** Least share of the smaller side's idf weight the pair's shared blocking words must carry. */
  minShare: number;
  /** Least number of blocking words shared: one shared word makes a topic ("too", "nominee"), not a statement. */
  minShared: number;
}

export const DEFAULT_BLOCKING: BlockingSettings = { maxDf: 200, minShare: 0.2, minShared: 2 };

/** A word's meaning keys (see `Lexicon.meaningKeys`): two words may mean the same only when the own keys of one meet the near keys of the other. */
export type KeysOf = (word: string) => MeaningKeys;

/**
 * The pairs worth asking the join decision about, i < j, sorted: statements of the very same
 * content words, and pairs sharing words found in at most `maxDf` statements, at least
 * `minShared` such words, weighing at least `minShare` of the smaller side's idf weight. With
 * `keysOf`, a word of one side shares with a word of the same meaning on the other ("sent" ~
 * "dispatched", "negotiators" ~ "negotiating") through their meaning keys, each word counted once.
 * Not all n² pairs: each statement meets only those sharing one of its rarer words or their
 * meanings. With `storyOf`, only pairs of one story (statements of two stories are never one
 * group: see `keptApart`). O(Σ posting²) additions in the worst case, bounded by `maxDf`.
 */
export function joinCandidates(
  sides: readonly Pick<JoinSide, 'words'>[], idf: Idf, b: BlockingSettings = DEFAULT_BLOCKING, keysOf?: KeysOf, storyOf?: ArrayLike<number>,
): [number, number][] {
  const postings = new Map<string | number, number[]>();
  const post = (key: string | number, i: number): void => {
    const list = postings.get(key);
    if (list === undefined) postings.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  // Posted story by story, so that each list holds a story's statements in one run, ascending:
  // a statement walks its own story's run only, however long the list (a word too common to
  // block is still judged by the whole list's length).
  for (const i of storyOrder(sides.length, storyOf)) {
    for (const w of (sides[i] as Pick<JoinSide, 'words'>).words) {
      post(w, i);
      if (keysOf !== undefined) for (const k of keysOf(w).own) if (typeof k === 'number') post(k, i);
    }
  }
  const weight = sides.map((s) => idfWeight(idf, s));
  const acc = new Float64Array(sides.length);
  const count = new Int32Array(sides.length);
  const seenFor = new Int32Array(sides.length).fill(-1);
  // The statements met from the current one, each once: a fixed array, not one regrown per statement.
  const touched = new Int32Array(sides.length);
  let met = 0;
  const passed: number[] = [];
  const out: [number, number][] = [];
  // The posting lists a word reaches, made once per distinct word (words recur across statements);
  // empty when the word itself is too common to block.
  const reach = new Map<string, readonly (readonly number[])[]>();
  const reached = (w: string): readonly (readonly number[])[] => {
    let lists = reach.get(w);
    if (lists !== undefined) return lists;
    const own = postings.get(w) as number[];
    const found: (readonly number[])[] = [];
    if (own.length <= b.maxDf) {
      found.push(own);
      // A meaning is wider than a word: its statements block only when fewer.
      if (keysOf !== undefined) {
        for (const k of keysOf(w).near) {
          const list = typeof k === 'number' ? postings.get(k) : undefined;
          if (list !== undefined && list.length <= b.maxDf / 4) found.push(list);
        }
      }
    }
    reach.set(w, (lists = found));
    return lists;
  };
  // Which word last reached each statement: a word counts once however many of its keys meet.
  let stamp = 0;
  sides.forEach((s, i) => {
    const story = storyOf === undefined ? 0 : (storyOf[i] as number);
    for (const w of s.words) {
      const add = idf(w);
      stamp++;
      for (const list of reached(w)) {
        // A story's run ascends: read from its end, down to the statements after i.
        for (let t = storyOf === undefined ? list.length - 1 : runEnd(list, storyOf, story) - 1; t >= 0; t--) {
          const j = list[t] as number;
          if (j <= i || (storyOf !== undefined && storyOf[j] !== story)) break;
          if (seenFor[j] === stamp) continue;
          seenFor[j] = stamp;
          if (acc[j] === 0 && count[j] === 0) touched[met++] = j;
          acc[j] = (acc[j] as number) + add;
          count[j] = (count[j] as number) + 1;
        }
      }
    }
    // Only the statements that pass are sorted: far fewer than those met.
    for (let t = 0; t < met; t++) {
      const j = touched[t] as number;
      if ((count[j] as number) >= b.minShared && (acc[j] as number) >= b.minShare * Math.min(weight[i] as number, weight[j] as number)) passed.push(j);
      acc[j] = 0;
      count[j] = 0;
    }
    passed.sort((x, y) => x - y);
    for (const j of passed) out.push([i, j]);
    met = 0;
    passed.length = 0;
  });
  return withSameWords(sides, out, b.maxDf, storyOf);
}

/** The statements' indices by story, then index (all of them in order when no story is given). */
function storyOrder(n: number, storyOf: ArrayLike<number> | undefined): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return storyOf === undefined ? order : order.sort((x, y) => (storyOf[x] as number) - (storyOf[y] as number) || x - y);
}

/** The end of the run of `story` in a list posted story by story: the first position whose story is later. */
function runEnd(list: readonly number[], storyOf: ArrayLike<number>, story: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((storyOf[list[mid] as number] as number) <= story) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `pairs` (sorted, i < j) with every pair of statements of the very same content words added,
 * however common those words (a quotation repeated by many reports): the first `maxBucket`
 * statements of one set are paired (with `storyOf`, those of one story among them). Sorted, each pair once. O(n + pairs).
 */
function withSameWords(sides: readonly Pick<JoinSide, 'words'>[], pairs: [number, number][], maxBucket: number, storyOf?: ArrayLike<number>): [number, number][] {
  const buckets = new Map<string, number[]>();
  // The first `maxBucket` statements of a set, whatever their story, as without stories.
  const taken = new Map<string, number>();
  sides.forEach((s, i) => {
    if (s.words.length === 0) return;
    const words = s.words.join(' ');
    const count = taken.get(words) ?? 0;
    if (count >= maxBucket) return;
    taken.set(words, count + 1);
    const key = storyOf === undefined ? words : `${storyOf[i] as number} ${words}`;
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [i]);
    else list.push(i);
  });
  const n = sides.length;
  const seen = new Set(pairs.map(([i, j]) => i * n + j));
  const added: [number, number][] = [];
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let c = a + 1; c < list.length; c++) {
        const [i, j] = [list[a] as number, list[c] as number];
        if (!seen.has(i * n + j)) added.push([i, j]);
      }
    }
  }
  if (added.length === 0) return [...pairs];
  // The few pairs added are sorted and merged in, rather than sorting all the pairs again.
  const before = (x: [number, number], y: [number, number]): boolean => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  added.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  let k = 0;
  for (const p of pairs) {
    while (k < added.length && before(added[k] as [number, number], p)) out.push(added[k++] as [number, number]);
    out.push(p);
  }
  while (k < added.length) out.push(added[k++] as [number, number]);
  return out;
}
