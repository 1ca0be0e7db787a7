import { OWN_MIND_SUBJECTS } from '../../lexicon/pronouns';
import { OWN_MIND_OPENERS } from '../../lexicon/stance';
import { WISH_PREDICATES } from '../../lexicon/wishes';
import { lowerWords } from '../../text/lower-words';

const SUBJECTS: ReadonlySet<string> = new Set(OWN_MIND_SUBJECTS);
const OPENERS: ReadonlySet<string> = new Set(OWN_MIND_OPENERS);
const WISHES: ReadonlySet<string> = new Set(WISH_PREDICATES);

/** Words between the subject and the verb of wishing: "I really hope", "we do hope". */
const SLACK = 2;

/**
 * Whether a claim's main clause states a wish or a hope of its speaker's own: an opener or
 * none, a pronoun subject, then a verb of wishing (see `WISH_PREDICATES`: "and I hope we can
 * straighten it out", "we pray they are safe", reported "she hoped the talks would resume"). It
 * says what the speaker wants, so a denial of what it names ("disputed their account") answers
 * it no more than it confirms it. Read from the first words only. O(length).
 */
export function statesWish(claim: string): boolean {
  const words = lowerWords(claim, 2 + SLACK + OWN_MIND_OPENERS.length);
  let k = 0;
  while (k < words.length && OPENERS.has(words[k] as string)) k++;
  if (!SUBJECTS.has(words[k] as string)) return false;
  // "I should hope so" affirms (see `HEDGED_SHOULD_VERBS`): no wish.
  return words.slice(k + 1, k + 2 + SLACK).some((w, j, near) => WISHES.has(w) && near[j - 1] !== 'should');
}
