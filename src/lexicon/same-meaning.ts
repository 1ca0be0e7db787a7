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
