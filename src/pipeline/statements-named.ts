import { NEGATION_CUES } from '../lexicon/negation';
import { REMARK_NOUNS } from '../lexicon/reporting-verbs';
import { DISMISSAL_PREDICATES, POINTER_HEAD_NOUNS, POINTING_VERDICTS } from '../lexicon/stance';
import { lowerWords } from '../text/lower-words';

const HEADS: ReadonlySet<string> = new Set([...POINTER_HEAD_NOUNS, ...REMARK_NOUNS]);
const SAYS: ReadonlySet<string> = new Set([...NEGATION_CUES, ...DISMISSAL_PREDICATES, ...POINTING_VERDICTS]);

/** The most words of a noun phrase that only names statements: a determiner or possessive, a modifier or two, the head. */
const MAX_WORDS = 5;

/**
 * Whether a denial's text only names statements: a short noun phrase ending in a pointer noun
 * (see `POINTER_HEAD_NOUNS`, `REMARK_NOUNS`: "her public statements", "their account", "the
 * fraud claims"), with no negation or verdict of its own. Its other words say whose or which
 * statements it denies, not what they say: a claim that mentions "public statements" is not
 * what "contradicted her public statements" denies. Such a denial contradicts the claim it was
 * found to answer (through its pointer), never a claim by shared words. O(length).
 */
export function namesStatementsOnly(text: string): boolean {
  const words = lowerWords(text);
  return words.length > 0 && words.length <= MAX_WORDS && HEADS.has(words.at(-1) as string) && !words.some((w) => SAYS.has(w));
}
