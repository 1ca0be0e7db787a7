import { CONTRACTIONS } from '../lexicon/contractions';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { CERTAIN_MODALS, POSSIBLE_MODALS } from '../lexicon/modals';
import { NEGATED_PAIRS, NEGATION_CUES } from '../lexicon/negation';
import { NEGATIVE_QUANTIFIERS, POSITIVE_QUANTIFIERS } from '../lexicon/quantifiers';

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
  };
}
