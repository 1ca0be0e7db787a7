import type { LexicalRelation, Lexicon } from './lexicon';

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
  const same = sameMeaning(lexicon);
  const keysOf = lexicon.meaningKeys?.bind(lexicon);
  const set = new Set(words);
  if (keysOf === undefined) {
    test = (x) => set.has(x) || words.some((v) => same(x, v));
  } else {
    const near = new Set<string | number>();
    for (const v of words) for (const k of keysOf(v).near) near.add(k);
    test = (x) => keysOf(x).own.some((k) => near.has(k)) && (set.has(x) || words.some((v) => same(x, v)));
  }
  lists.set(words, test);
  return test;
}
