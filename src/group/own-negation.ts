import { DENY_VERBS } from '../lexicon/reporting-verbs';
import { DISMISSAL_PREDICATES, FALSITY_WORDS } from '../lexicon/stance';
import { lowerWords } from '../text/lower-words';
import type { FeatureContext } from './features';
import { isPointing } from './pointing-denials';

const DENYING_CUES: ReadonlySet<string> = new Set(DENY_VERBS);
const DISMISSALS: ReadonlySet<string> = new Set([...DISMISSAL_PREDICATES, ...FALSITY_WORDS]);

/** What `ownNegation` reads of a statement. */
export interface Negating {
  text: string;
  stance?: 'asserts' | 'denies' | undefined;
  answers?: number | undefined;
  cue?: { lemma?: string | undefined } | null | undefined;
}

/**
 * Whether a denial is a speaker's negative claim of their own, answering nothing: no verb of
 * denying for its cue, no dismissal in its words, no claim the extractor found it to answer,
 * and no pointer ("the vaccine had not been tested", "Iran has not sent any team"). Another
 * voice's "that claim was untrue" may answer it, as it would a claim.
 */
export function ownNegation(x: Negating, ctx: FeatureContext): boolean {
  if (x.stance !== 'denies' || x.answers !== undefined) return false;
  if (x.cue?.lemma !== undefined && DENYING_CUES.has(x.cue.lemma)) return false;
  return !lowerWords(x.text).some((w) => DISMISSALS.has(w)) && !isPointing(x.text, ctx);
}
