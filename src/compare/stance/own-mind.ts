import { NEGATION_CUES } from '../../lexicon/negation';
import { lowerWords } from '../../text/lower-words';
import { OWN_MIND_SUBJECTS } from '../../lexicon/pronouns';
import { statesCall } from './calls';
import { statesGeneric } from './generic';
import { reportsDenial } from './reported-denial';
import { statesObligation } from './obligations';
import { statesWish } from './wishes';
import { OWN_MIND_NEXT_PREDICATES, OWN_MIND_OPENERS, OWN_MIND_PREDICATES } from '../../lexicon/stance';

const SUBJECTS = new Set(OWN_MIND_SUBJECTS);
const NEGATIONS = new Set(NEGATION_CUES);
const PREDICATES = new Set(OWN_MIND_PREDICATES);
const NEXT_PREDICATES = new Set(OWN_MIND_NEXT_PREDICATES);
const OPENERS = new Set(OWN_MIND_OPENERS);

/** Words between the subject and the negation ("he was not", "I really don't"), and between the negation and the predicate ("not at all surprised"). */
const SLACK = 2;

/** Words read from a statement's start: where its main clause, subject, negation and predicate are. */
const FIRST_WORDS = 12;

/**
 * Whether a claim's main clause negates a view of its speaker's own mind: "I'm not surprised
 * by reports that the mill closed", "we don't know who sent them", reported "he was not
 * surprised". Such a claim states what the speaker thinks, not what it names: it asserts
 * nothing a denial of the mill's closing, or of anything else it mentions, could deny. Read
 * from the first words only, where the main clause of a statement's text begins. O(length).
 */
export function negatesOwnMind(text: string): boolean {
  // Only the first words are read, not all the words of a long text (grouping asks this of many pairs).
  const words = lowerWords(text, FIRST_WORDS);
  let k = 0;
  while (k < words.length && OPENERS.has(words[k] as string)) k++;
  if (!SUBJECTS.has(words[k] as string)) return false;
  const negation = words.slice(k + 1, k + 2 + SLACK).findIndex((w) => NEGATIONS.has(w) || w.endsWith("n't"));
  if (negation < 0) return false;
  const after = k + 2 + negation;
  return words.slice(after, after + 1 + SLACK).some((w) => PREDICATES.has(w)) || NEXT_PREDICATES.has(words[after] as string);
}

/**
 * Whether any denial can deny `claim`: not one of the claim's own voice (`oneVoice`: one voice
 * does not contradict itself by stance), not a claim of its speaker's own view (see
 * `negatesOwnMind`) or wish (see `statesWish`), not a call or a demand (see `statesCall`), not a
 * generic claim (see `statesGeneric`), not a report of a denial (see `reportsDenial`), and not a claim of what ought to be (see
 * `statesObligation`) unless the denial passes a verdict on it (`verdict`: see `rejectsOutright`
 * in obligations.ts). The one rule that grouping (which never joins such a pair) and the claim ×
 * denial verdict (which never links it) both apply.
 */
export function deniable(claim: string, oneVoice: boolean, verdict = false): boolean {
  return !oneVoice && !negatesOwnMind(claim) && !statesWish(claim) && !statesCall(claim) && !statesGeneric(claim) && !reportsDenial(claim) && (verdict || !statesObligation(claim));
}
