import { lowerWords } from '../text/lower-words';
import { DENY_VERBS } from '../lexicon/reporting-verbs';
import { DISMISSAL_PREDICATES, FALSITY_WORDS } from '../lexicon/stance';
import type { Statement } from '../schema/statement';

const DENYING_CUES: ReadonlySet<string> = new Set(DENY_VERBS);
const DISMISSALS: ReadonlySet<string> = new Set([...DISMISSAL_PREDICATES, ...FALSITY_WORDS]);

/**
 * Whether a denial says no more than a negation of its own ("I hope not", "there's no problem",
 * "he would not back the plan", she said): no deny verb for a cue ("denied", "rejected") and no
 * dismissal in what it says ("the claims are false", "called it fiction"; read in its whole
 * text, where the frame of "it is false that …" stands outside its proposition). Such a statement is
 * a speaker's negative assertion, not an answer to a claim: it contradicts a claim only when it
 * names enough of what the claim states (see `judgeClaimDenial`).
 */
export function negationOnly(denial: Pick<Statement, 'cue' | 'text'>): boolean {
  if (denial.cue?.lemma !== undefined && DENYING_CUES.has(denial.cue.lemma)) return false;
  return !lowerWords(denial.text).some((w) => DISMISSALS.has(w));
}
