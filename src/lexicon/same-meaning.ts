import type { LexicalRelation, Lexicon, MeaningKeys } from './lexicon';

const SAME_MEANING: ReadonlySet<LexicalRelation | null> = new Set(['inflection', 'synonym', 'similar', 'derivation']);

/** Whether two words mean the same by the lexicon: see `sameMeaning`. */
export type SameMeaningTest = (a: string, b: string) => boolean;

const tests = new WeakMap<Lexicon, SameMeaningTest>();

/**
 * The test "`lexicon.relate(a, b)` is inflection, synonym, similarity or derivation" (false
 * for equal strings, as `relate` gives null), made once per lexicon. When the lexicon gives
 * `meaningKeys`, a pair whose keys do not meet is answered without `relate`: the matchers ask
 * this of every pair of words of two statements, and nearly all such pairs are unrelated.
 */
export function sameMeaning(lexicon: Lexicon): SameMeaningTest {
  let test = tests.get(lexicon);
  if (test) return test;
  const keysOf = lexicon.meaningKeys?.bind(lexicon);
  test = keysOf === undefined
    ? (a, b) => SAME_MEANING.has(lexicon.relate(a, b))
    : (a, b) => {
      if (a === b) return false;
      const near = keysOf(b).near;
      return keysOf(a).own.some((k) => near.has(k)) && SAME_MEANING.has(lexicon.relate(a, b));
    };
  tests.set(lexicon, test);
  return test;
}

/** Whether a word is in a fixed list or means the same as one of its words: see `heldIn`. */
export type HeldTest = (x: string) => boolean;

const held = new WeakMap<Lexicon, WeakMap<readonly string[], HeldTest>>();

/**
 * The test "`x` is a word of `words` or means the same as one (`sameMeaning`)", made once per
 * lexicon and list (by identity): the claim–denial matcher asks it of each word of one side
 * against the same list of the other for every pair of statements. With `meaningKeys`, the near
 * keys of the list are gathered once, and a word with none of them among its own keys is
 * answered at once (nearly all are). (Remembering the answers per list and word, or indexing
 * the list's words by key, was tried: few answers repeat, and either doubled the peak memory
 * of `analyze` for no more speed.)
 */
export function heldIn(lexicon: Lexicon, words: readonly string[]): HeldTest {
  let lists = held.get(lexicon);
  if (!lists) held.set(lexicon, (lists = new WeakMap()));
  let test = lists.get(words);
  if (test) return test;
  const keysOf = lexicon.meaningKeys?.bind(lexicon);
  if (keysOf === undefined) {
    const same = sameMeaning(lexicon);
    const set = new Set(words);
    test = (x) => set.has(x) || words.some((v) => same(x, v));
  } else {
    const keyed = heldInKeyed(lexicon, keysOf, words);
    test = (x) => keyed(x, keysOf(x).own);
  }
  lists.set(words, test);
  return test;
}

/** Whether some of `own` is in `near`: a plain loop, as it is asked millions of times. */
function meets(own: MeaningKeys['own'], near: MeaningKeys['near']): boolean {
  for (let q = 0; q < own.length; q++) if (near.has(own[q] as string | number)) return true;
  return false;
}

/** `heldIn` for a caller that already holds the word's own meaning keys (`meaningKeys(x).own`). */
export type KeyedHeldTest = (x: string, own: MeaningKeys['own']) => boolean;

const keyedLists = new WeakMap<Lexicon, WeakMap<readonly string[], KeyedHeldTest>>();

/**
 * `heldIn` for a lexicon with `meaningKeys`, given the own keys of the word asked: a caller that
 * asks it of the same words against many lists (the join decision, pair by pair) looks each
 * word's keys up once, not once per list.
 */
export function heldInKeyed(lexicon: Lexicon, keysOf: NonNullable<Lexicon['meaningKeys']>, words: readonly string[]): KeyedHeldTest {
  let lists = keyedLists.get(lexicon);
  if (!lists) keyedLists.set(lexicon, (lists = new WeakMap()));
  let test = lists.get(words);
  if (test) return test;
  const set = new Set(words);
  const nears = words.map((v) => keysOf(v).near);
  const near = new Set<string | number>();
  for (const n of nears) for (const k of n) near.add(k);
  // As `sameMeaning(x, v)` for the t-th word v, with x's own keys at hand (x is not in the list there, so never v).
  const same = (x: string, own: MeaningKeys['own'], v: string, t: number): boolean => {
    const nearV = nears[t] as MeaningKeys['near'];
    return meets(own, nearV) && SAME_MEANING.has(lexicon.relate(x, v));
  };
  test = (x, own) => meets(own, near) && (set.has(x) || words.some((v, t) => same(x, own, v, t)));
  lists.set(words, test);
  return test;
}
