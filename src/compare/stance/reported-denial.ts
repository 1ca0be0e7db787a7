import { DENY_VERBS } from '../../lexicon/reporting-verbs';
import { lowerWords } from '../../text/lower-words';
import { regularForms } from '../../lexicon/verb-forms';

/** Words read from a claim's start: its subject and its verb. */
const FIRST_WORDS = 6;

/** The past and present forms of the verbs of denying ("denied", "rejects"), by the regular rules. */
const DENYING: ReadonlySet<string> = new Set(DENY_VERBS.flatMap((v) => regularForms(v).filter(([, form]) => form === 'ed' || form === 's').map(([word]) => word)));

/**
 * Whether a claim reports a denial: a verb of denying by its subject among its first words,
 * before any "that" ("Veltra had denied that the tank failed an inspection", said by a source
 * close to the company; "the ministry has rejected the report"). It states that the denial was
 * made, not what was denied, so a denial of that ("Veltra denied any suggestion that the tank
 * failed") agrees with it rather than denies it. O(length).
 */
export function reportsDenial(claim: string): boolean {
  const words = lowerWords(claim, FIRST_WORDS);
  for (let k = 1; k < words.length; k++) {
    if (words[k] === 'that') return false;
    if (DENYING.has(words[k] as string)) return true;
  }
  return false;
}
