import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { HE_FORMS, SHE_FORMS } from '../lexicon/pronouns';
import { lowerWords } from '../text/lower-words';

const HE: ReadonlySet<string> = new Set(HE_FORMS);
const SHE: ReadonlySet<string> = new Set(SHE_FORMS);

/** Words between a subject pronoun and the word it is the subject of, at most: "he had not sent and". */
const SUBJECT_REACH = 6;

/** What ends the stretch a subject is looked for in: a clause's or a sentence's punctuation. */
const BREAK = /[,;:.!?()]/;

/** Words that may stand between a subject and its verb: auxiliaries, negations, "and", "or". */
const BETWEEN: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARIES, ...NEGATION_CUES, 'and', 'or', 'also', 'then', 'just',
]);

/**
 * The gender of the subject pronoun of the verb at offset `at` of a text: walking back within its
 * clause over auxiliaries, negations and a verb coordinated with it ("which he had sent and
 * received": he; "no messages she sent or received", "she neither sent nor received": she), stopping at any other word ("she
 * said the clerk sent": none, the clerk sent). Undefined when there is none.
 */
function subjectBefore(text: string, at: number): 'he' | 'she' | undefined {
  const before = text.slice(0, at);
  let stop = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (BREAK.test(before[i] as string)) {
      stop = i;
      break;
    }
  }
  const words = lowerWords(before.slice(stop + 1)).slice(-SUBJECT_REACH);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (HE.has(w)) return 'he';
    if (SHE.has(w)) return 'she';
    const next = words[k + 1];
    // A verb coordinated with the one at `at` ("sent" of "sent and received") is passed over.
    if (!BETWEEN.has(w) && !w.endsWith("n't") && !(next === 'and' || next === 'or' || next === 'nor')) return undefined;
  }
  return undefined;
}

/**
 * Whether the words at `claimAt` of a claim and at `denialAt` of a denial are told of two
 * people: the subject right before each is "he" on one side and "she" on the other ("…, which he
 * had sent and received via a State Department computer" against "she had not sent or received
 * emails"). What one denies of her is not what the other states of him. A side with no such
 * pronoun right before the words (a name, "the ministry", a reporting voice further back)
 * clashes with nothing. O(at).
 */
export function twoPeople(claim: string, claimAt: number, denial: string, denialAt: number): boolean {
  const x = subjectBefore(claim, claimAt);
  const y = subjectBefore(denial, denialAt);
  return x !== undefined && y !== undefined && x !== y;
}
