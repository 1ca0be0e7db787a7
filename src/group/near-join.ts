import { restates } from '../compare/pair-core';
import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import type { DiffOptions } from '../schema/options';
import type { EdgeList } from './edge-list';
import type { FeatureContext, FeatureTable } from './features';
import { hashString } from './features';
import { idfValue, joinFeatures, joinFeaturesAtSoftFloor, joinSide, type Idf, type JoinSide } from './join-features';
import { JOIN_MODEL, joinProbability, type JoinModel } from './join-model';

/**
 * How many statements hold each word feature (the hash of a content word, as `featuresOf`
 * makes it), in an open-addressing table over typed arrays: what the idf of the join decision
 * reads on the corpus path, where no word strings are kept (statements without features are not counted). The buffers may be shared with
 * worker threads. O(vocabulary) memory.
 */
export interface WordFrequencies {
  /** Statements counted. */
  n: number;
  /** Slot keys (a feature; 0 marks an empty slot, and no feature is 0). */
  keys: Uint32Array;
  /** Statements holding the slot's feature. */
  counts: Uint32Array;
}

function slotOf(keys: Uint32Array, key: number): number {
  const mask = keys.length - 1;
  let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
  return i;
}

/**
 * The word frequencies of the distinct feature sets of `table`, set r standing for `weight[r]`
 * statements. `shared` puts the table in shared memory for worker threads. With `rows`, only
 * the features of those sets are counted (exactly, over all sets): the near-pair check reads
 * the idf of the words of the sets in its pairs alone (see `nearRows`), a few thousand of a
 * vocabulary that grows with the input, so the table stays small and nothing is inserted
 * while the sets are scanned. O(F) plus a rehash per doubling of the vocabulary counted.
 */
export function wordFrequencies(table: FeatureTable, weight: Int32Array, shared = false, rows?: Iterable<number>): WordFrequencies {
  let keys = new Uint32Array(1024);
  let counts = new Uint32Array(1024);
  let used = 0;
  // A key of the table, counted from `w` statements (0: only made a slot).
  const count = (key: number, w: number): void => {
    if (2 * (used + 1) > keys.length) {
      const [oldKeys, oldCounts] = [keys, counts];
      keys = new Uint32Array(2 * oldKeys.length);
      counts = new Uint32Array(2 * oldKeys.length);
      oldKeys.forEach((k, s) => {
        if (k === 0) return;
        const i = slotOf(keys, k);
        keys[i] = k;
        counts[i] = oldCounts[s] as number;
      });
    }
    const i = slotOf(keys, key);
    if (keys[i] === 0) used++;
    keys[i] = key;
    counts[i] = (counts[i] as number) + w;
  };
  if (rows !== undefined) for (const r of rows) for (let k = table.offsets[r] as number; k < (table.offsets[r + 1] as number); k++) count(table.data[k] as number, 0);
  let n = 0;
  const sets = table.offsets.length - 1;
  for (let r = 0; r < sets; r++) {
    const w = weight[r] as number;
    n += w;
    for (let k = table.offsets[r] as number; k < (table.offsets[r + 1] as number); k++) {
      const key = table.data[k] as number;
      if (rows === undefined) count(key, w);
      else {
        const i = slotOf(keys, key);
        if (keys[i] === key) counts[i] = (counts[i] as number) + w;
      }
    }
  }
  if (!shared) return { n, keys, counts };
  const share = (a: Uint32Array): Uint32Array => {
    const out = new Uint32Array(new SharedArrayBuffer(a.byteLength));
    out.set(a);
    return out;
  };
  return { n, keys: share(keys), counts: share(counts) };
}

/**
 * The distinct feature sets (positions in `found.reps`) of the pairs just below the threshold:
 * the sets whose words the near-pair check reads the idf of (a statement's content words are
 * its features, see `featuresInto`), for `wordFrequencies`.
 */
export function nearRows(near: Pick<EdgeList, 'i' | 'j' | 'length'>): Set<number> {
  const out = new Set<number>();
  for (let e = 0; e < near.length; e++) {
    out.add(near.i[e] as number);
    out.add(near.j[e] as number);
  }
  return out;
}

/** The idf the join decision reads (`idfValue`, as `idfOf`), from counted frequencies; unseen words count as rare. */
export function idfOfFrequencies(f: WordFrequencies): Idf {
  const n = Math.max(1, f.n);
  return (word) => {
    const key = hashString(word) || 1;
    const i = slotOf(f.keys, key);
    return idfValue(n, Math.max(1, f.keys[i] === key ? (f.counts[i] as number) : 1));
  };
}

/**
 * Where the join decision settles a near pair alone: at or above `join` it joins, below `apart`
 * it keeps apart; between, the pairwise core (`restates`) decides. The join decision was fitted on
 * analyze's candidates, where speakers and reports tell more; on bare texts it joins statements that
 * share only a topic at 0.5 to 0.8, so only its sure answers are taken. Chosen on ECB+ and Emergent
 * dev (docs/speed.md): the core alone, or the decision alone at its cut, each do worse.
 */
export const NEAR_BAND = { join: 0.8, apart: 0.4 } as const;

/** How far above `NEAR_BAND.join` the floor of a pair's probability must be to settle it alone: rounding cannot cross it. */
const FLOOR_MARGIN = 1e-9;

/**
 * Whether each pair `(a[k], b[k])` of texts of one stance reports one statement: by the fitted
 * join decision (`JOIN_MODEL` over the features that exist without reports or speakers) where it
 * is sure (see `NEAR_BAND`), else by the pairwise core. Pure, over any slice of the pairs.
 * O(pairs · w²) lexicon look-ups, plus `restates` for the pairs in the band.
 */
export function textsJoined(a: readonly string[], b: readonly string[], idf: Idf, ctx: FeatureContext, diff: DiffOptions, model: JoinModel = JOIN_MODEL): Uint8Array {
  const sides = new Map<string, JoinSide>();
  const side = (text: string): JoinSide => {
    let s = sides.get(text);
    if (s === undefined) sides.set(text, (s = joinSide(text, false, {}, ctx)));
    return s;
  };
  // The core reads the lexicon the features read.
  const core: DiffOptions = diff.lexicon === undefined ? { ...diff, lexicon: ctx.lexicon } : diff;
  // Most near pairs are sure joins on their shared words alone: `soft` only rises from its floor
  // (see `joinFeaturesAtSoftFloor`, exact for the built-in lexicon) and the model weighs it up,
  // so a floor sure to join (with a margin for rounding) is the answer, without the lexicon's
  // meaning keys for every word. Same answers; at 20k statements 341 of 423 pairs.
  const floorSettles = ctx.lexicon === builtInLexicon() && model.weights.soft >= 0;
  const out = new Uint8Array(a.length);
  for (let k = 0; k < a.length; k++) {
    const [x, y] = [a[k] as string, b[k] as string];
    const floor = floorSettles ? joinProbability(joinFeaturesAtSoftFloor(side(x), side(y), idf, ctx), model) : 0;
    const p = floor >= NEAR_BAND.join + FLOOR_MARGIN ? floor : joinProbability(joinFeatures(side(x), side(y), idf, ctx), model);
    if (p >= NEAR_BAND.join || (p >= NEAR_BAND.apart && restates(x, y, core))) out[k] = 1;
  }
  return out;
}
