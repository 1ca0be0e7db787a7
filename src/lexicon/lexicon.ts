/** How two words relate in a lexical resource, strongest sense of "same meaning" first. */
/**
 * `definition`: one word defines the other in a short gloss ("enjoy: have benefit from"), the
 * weakest link, often but not always a paraphrase.
 */
export type LexicalRelation = 'inflection' | 'synonym' | 'similar' | 'hypernym' | 'derivation' | 'definition' | 'antonym';

/**
 * A source of word knowledge: base forms and relations between words. The default is
 * compiled from WordNet; users may pass their own (a domain thesaurus, another language)
 * in the options of `diffClaims` as a hook, so nothing global is ever mutated.
 *
 * All words are given lower-cased and already normalised (straight apostrophes).
 */
export interface Lexicon {
  /** Candidate base forms (lemmas) of a word form; the word itself when unknown. */
  lemmas(word: string): readonly string[];
  /**
   * Whether the word (or one of its lemmas) is in the resource. Comparison uses it to tell
   * a misspelt name ("Tehreek" ~ "Tehrik", neither known, or only one) from two different
   * real words one letter apart ("increased" ~ "decreased", both known).
   */
  knows(word: string): boolean;
  /**
   * The relation between two words, or null when the resource knows none. Symmetric:
   * `relate(a, b)` and `relate(b, a)` agree (hypernym means either is a kind of the other).
   */
  relate(a: string, b: string): LexicalRelation | null;
  /**
   * Whether `a` is a kind of `b` ("dachshund" of "dog", "fry" of "cook"): the direction
   * `relate` leaves out. Optional, so a lexicon written before it still fits; comparison
   * then treats no pair as more general.
   */
  isA?(a: string, b: string): boolean;
  /**
   * Optional, for speed only: keys of a word such that `relate(a, b)` can be a same-meaning
   * relation (inflection, synonym, similar, derivation) only when `meaningKeys(a).own` and
   * `meaningKeys(b).near` share a key. Lets a caller that asks "same meaning?" of many pairs
   * skip the pairs that cannot be (see `sameMeaning`); without it every pair is asked.
   */
  meaningKeys?(word: string): MeaningKeys;
}

/** See `Lexicon.meaningKeys`. `near` holds every key of `own` too. */
export interface MeaningKeys {
  readonly own: readonly (string | number)[];
  readonly near: ReadonlySet<string | number>;
}
