import { ADVERBIAL_SUBORDINATORS } from '../lexicon/attribution';
import { DENY_VERBS } from '../lexicon/reporting-verbs';
import { lowerWords } from '../text/lower-words';
import type { Draft } from './drafts';

const DENYING: ReadonlySet<string> = new Set(DENY_VERBS);
/** Words that open a clause of the sentence's own after the denied object: "denied taking bribes after prosecutors said …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...ADVERBIAL_SUBORDINATORS, 'and', 'but', 'while', 'whereas', 'as', 'yet']);

/**
 * Whether draft `d` is a report told inside what a denial denies: its cue stands in the span a
 * verb of denying denies (not in a claim that only negates: "Apple has stated it will not fund
 * the convention", reported by a paper, is Apple's). "Kestin denied reports that he had said
 * the Front was behind the attack" denies that he said it; "The ministry denied reports that the
 * agency had confirmed four deaths" denies that the agency did: neither the inner speaker's
 * statement nor its content is said by anyone, so the inner cue makes no statement. The claim a
 * denial denies ("he had said …", by "reports") is its own and stays. O(drafts) per draft.
 */
export function reportedInDenial(d: Draft, drafts: readonly Draft[], text: string): boolean {
  const cue = d.cue;
  if (cue === null) return false;
  return drafts.some((o) => o !== d && o.stance === 'denies' && DENYING.has(o.cue?.lemma ?? '') && o.denies !== d && o.cue !== cue && cue.start >= o.start && cue.end <= o.end
    // A clause's punctuation or opener before the cue: the denied span ran on past its object
    // ("have disavowed Trump, Ferre said …", "denied taking bribes after prosecutors said …").
    && !/[,;:]/u.test(text.slice(o.start, cue.start)) && !lowerWords(text.slice(o.start, cue.start)).some((w) => CLAUSE_OPENERS.has(w)));
}
