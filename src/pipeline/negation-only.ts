import { lowerWords } from '../text/lower-words';
import { DENY_VERBS } from '../lexicon/reporting-verbs';
import { DISMISSAL_PREDICATES, FALSITY_WORDS } from '../lexicon/stance';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';

const DENYING_CUES: ReadonlySet<string> = new Set(DENY_VERBS);
const DISMISSALS: ReadonlySet<string> = new Set([...DISMISSAL_PREDICATES, ...FALSITY_WORDS]);
/** Words before a proposition its frame may span: "the false news that refers to", "it is utterly false that". */
const FRAME_REACH = 5;

/**
 * Whether the words right before a statement's proposition frame it as untrue ("it is false
 * that P", "the false news that refers to P"; see src/extract/falsity-frame.ts): a dismissal, then
 * "that" or "which", within `FRAME_REACH` words of it. An answer's "Nope," said before "when asked
 * whether P" frames nothing.
 */
function framedUntrue(denial: Pick<Statement, 'text' | 'start' | 'content'>): boolean {
  const first = denial.content?.[0];
  if (first === undefined) return false;
  const before = lowerWords(denial.text.slice(0, Math.max(0, first[0] - denial.start))).slice(-FRAME_REACH);
  const at = before.findIndex((w) => DISMISSALS.has(w));
  return at >= 0 && before.slice(at + 1).some((w) => w === 'that' || w === 'which');
}

/**
 * Whether a denial says no more than a negation of its own ("I hope not", "there's no problem",
 * "he would not back the plan", she said): no deny verb for a cue ("denied", "rejected") and no
 * dismissal in what it says ("the claims are false", "called it fiction") or in the frame of its
 * proposition ("it is false that …", see `framedUntrue`). Such a statement is a speaker's
 * negative assertion, not an answer to a claim: it contradicts a claim only when it names enough
 * of what the claim states (see `judgeClaimDenial`).
 */
export function negationOnly(denial: Pick<Statement, 'cue' | 'text' | 'start' | 'content'>): boolean {
  if (denial.cue?.lemma !== undefined && DENYING_CUES.has(denial.cue.lemma)) return false;
  return !lowerWords(propositionText(denial)).some((w) => DISMISSALS.has(w)) && !framedUntrue(denial);
}
