import { HEDGED_SHOULD_VERBS, RECOMMENDING_MODALS } from '../../lexicon/modals';
import { DISMISSAL_PREDICATES } from '../../lexicon/stance';
import { lowerWords } from '../../text/lower-words';

const MODALS: ReadonlySet<string> = new Set(RECOMMENDING_MODALS);
const VERDICTS: ReadonlySet<string> = new Set(DISMISSAL_PREDICATES);
const HEDGES: ReadonlySet<string> = new Set(HEDGED_SHOULD_VERBS);

/** Words read from a statement's start: its subject and its modal, where a recommendation says so. */
const FIRST_WORDS = 6;

/**
 * Whether a claim says what ought to be: a modal of obligation among its first words, by its
 * subject (see `RECOMMENDING_MODALS`: "Mr. Trump should release his tax returns", "Kabul must act
 * against the groups"). It recommends or demands, so a denial of the fact ("he was not releasing
 * his taxes") answers it no more than it confirms it; a verdict on it does (see `rejectsOutright`).
 * "must have" infers what happened ("he must have known"): a claim of fact; "should" before a verb
 * of the speaker's own mind or words hedges ("I should hope so", see `HEDGED_SHOULD_VERBS`).
 * O(length).
 */
export function statesObligation(claim: string): boolean {
  const words = lowerWords(claim, FIRST_WORDS);
  const k = words.findIndex((w) => MODALS.has(w));
  if (k < 0) return false;
  const next = words[k + 1] ?? '';
  return !(words[k] === 'must' && next === 'have') && !(words[k] === 'should' && HEDGES.has(next));
}

/**
 * Whether a denial passes a verdict on what it denies, a word of `DISMISSAL_PREDICATES` ("The
 * idea of deporting them is absurd", "that is nonsense"): it may reject a recommendation (see
 * `statesObligation`) as well as a claim of fact. O(length).
 */
export function rejectsOutright(denial: string): boolean {
  return lowerWords(denial).some((w) => VERDICTS.has(w));
}
