import { CONTRACTIONS } from '../lexicon/contractions';
import { TIME_WORDS } from '../lexicon/dates';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { CERTAIN_MODALS, POSSIBLE_MODALS } from '../lexicon/modals';
import { NEGATED_PAIRS, NEGATION_CUES, NEGATION_PHRASES } from '../lexicon/negation';
import { INDEFINITE_DETERMINERS, NEGATIVE_QUANTIFIERS, POSITIVE_QUANTIFIERS, QUANTIFIER_PHRASES } from '../lexicon/quantifiers';

/**
 * The word lists comparison reads, as one injectable value (a hook in the options), so a
 * caller can adapt them to a house style or another register without a global registry.
 */
export interface WordLists {
  readonly functionWords: ReadonlySet<string>;
  readonly negationCues: ReadonlySet<string>;
  /** Each word maps to its negated counterpart, both ways ("with" ↔ "without"). */
  readonly negatedPairs: ReadonlyMap<string, string>;
  readonly contractions: Readonly<Record<string, readonly string[]>>;
  readonly positiveQuantifiers: ReadonlySet<string>;
  readonly negativeQuantifiers: ReadonlySet<string>;
  readonly certainModals: ReadonlySet<string>;
  readonly possibleModals: ReadonlySet<string>;
  /** Determiners that open an indefinite noun phrase ("a", "some"): see INDEFINITE_DETERMINERS. */
  readonly indefiniteDeterminers: ReadonlySet<string>;
  /** Two-word phrases read as one word ("no one" → nobody): see QUANTIFIER_PHRASES, NEGATION_PHRASES. */
  readonly phrases: Readonly<Record<string, string>>;
  /** Words that date a statement from its telling ("yesterday"): see TIME_WORDS. */
  readonly timeWords: ReadonlySet<string>;
}

/** The built-in English word lists from `src/lexicon/`. */
export function defaultWordLists(): WordLists {
  const negatedPairs = new Map<string, string>();
  for (const [x, y] of NEGATED_PAIRS) {
    negatedPairs.set(x, y);
    negatedPairs.set(y, x);
  }
  return {
    functionWords: new Set(FUNCTION_WORDS),
    negationCues: new Set(NEGATION_CUES),
    negatedPairs,
    contractions: CONTRACTIONS,
    positiveQuantifiers: new Set(POSITIVE_QUANTIFIERS),
    negativeQuantifiers: new Set(NEGATIVE_QUANTIFIERS),
    certainModals: new Set(CERTAIN_MODALS),
    possibleModals: new Set(POSSIBLE_MODALS),
    indefiniteDeterminers: new Set(INDEFINITE_DETERMINERS),
    phrases: { ...QUANTIFIER_PHRASES, ...NEGATION_PHRASES },
    timeWords: new Set(TIME_WORDS),
  };
}
