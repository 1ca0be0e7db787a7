import { NEGATION_CUES } from '../../lexicon/negation';
import { OWN_MIND_SUBJECTS } from '../../lexicon/pronouns';
import { OWN_MIND_NEXT_PREDICATES, OWN_MIND_OPENERS, OWN_MIND_PREDICATES } from '../../lexicon/stance';

const SUBJECTS = new Set(OWN_MIND_SUBJECTS);
const NEGATIONS = new Set(NEGATION_CUES);
const PREDICATES = new Set(OWN_MIND_PREDICATES);
const NEXT_PREDICATES = new Set(OWN_MIND_NEXT_PREDICATES);
const OPENERS = new Set(OWN_MIND_OPENERS);

/** Words between the subject and the negation ("he was not", "I really don't"), and between the negation and the predicate ("not at all surprised"). */
const SLACK = 2;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Whether a claim's main clause negates a view of its speaker's own mind: "I'm not surprised
 * by reports that the mill closed", "we don't know who sent them", reported "he was not
 * surprised". Such a claim states what the speaker thinks, not what it names: it asserts
 * nothing a denial of the mill's closing, or of anything else it mentions, could deny. Read
 * from the first words only, where the main clause of a statement's text begins. O(length).
 */
export function negatesOwnMind(text: string): boolean {
  // Only the first words are read: matched one by one, not all the words of a long text (grouping asks this of many pairs).
  const lower = text.toLowerCase().replace(/’/gu, "'");
  const words: string[] = [];
  for (const m of lower.matchAll(WORD)) if (words.push(m[0]) >= 12) break;
  let k = 0;
  while (k < words.length && OPENERS.has(words[k] as string)) k++;
  if (!SUBJECTS.has(words[k] as string)) return false;
  const negation = words.slice(k + 1, k + 2 + SLACK).findIndex((w) => NEGATIONS.has(w) || w.endsWith("n't"));
  if (negation < 0) return false;
  const after = k + 2 + negation;
  return words.slice(after, after + 1 + SLACK).some((w) => PREDICATES.has(w)) || NEXT_PREDICATES.has(words[after] as string);
}

/**
 * Whether any denial can deny `claim`: not one of the claim's own voice (`oneVoice`: one
 * voice does not contradict itself by stance), and not a claim of its speaker's own view (see
 * `negatesOwnMind`). The one rule that grouping (which never joins such a pair) and the claim
 * × denial verdict (which never links it) both apply.
 */
export function deniable(claim: string, oneVoice: boolean): boolean {
  return !oneVoice && !negatesOwnMind(claim);
}
