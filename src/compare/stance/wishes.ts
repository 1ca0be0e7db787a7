import { FIRST_PERSON_PRONOUNS, OWN_MIND_SUBJECTS } from '../../lexicon/pronouns';
import { OWN_MIND_OPENERS } from '../../lexicon/stance';
import { OWN_WISH_VERBS, REPORTED_WISH_VERBS } from '../../lexicon/wishes';
import { lowerWords } from '../../text/lower-words';

const SUBJECTS: ReadonlySet<string> = new Set(OWN_MIND_SUBJECTS);
const FIRST_PERSON: ReadonlySet<string> = new Set(FIRST_PERSON_PRONOUNS);
const OPENERS: ReadonlySet<string> = new Set(OWN_MIND_OPENERS);
const OWN: ReadonlySet<string> = new Set(OWN_WISH_VERBS);
const REPORTED: ReadonlySet<string> = new Set(REPORTED_WISH_VERBS);

/** Words between the subject and the verb of wishing: "I really hope", "we do hope". */
const SLACK = 2;
/** Openers read before the subject, at most: "and yet I hope". */
const MAX_OPENERS = 2;

/**
 * Whether a claim's main clause states a wish or a hope of its speaker's own: an opener or two
 * or none, a pronoun subject, then a verb of wishing (see `OWN_WISH_VERBS` after "I" or "we": "and
 * I hope we can straighten it out", "we pray they are safe"; `REPORTED_WISH_VERBS` after "he",
 * "she" or "they": "she hoped the talks would resume"). It says what the speaker wants, so a
 * denial of what it names ("disputed their account") answers it no more than it confirms it. "I
 * should hope so" affirms (see `HEDGED_SHOULD_VERBS`): no wish. Read from the first words only.
 * O(length).
 */
export function statesWish(claim: string): boolean {
  const words = lowerWords(claim, MAX_OPENERS + 1 + SLACK + 1);
  let k = 0;
  while (k < MAX_OPENERS && OPENERS.has(words[k] as string)) k++;
  const subject = words[k] as string;
  if (!SUBJECTS.has(subject)) return false;
  const verbs = FIRST_PERSON.has(subject) ? OWN : REPORTED;
  return words.slice(k + 1, k + 2 + SLACK).some((w, j, near) => verbs.has(w) && near[j - 1] !== 'should');
}
