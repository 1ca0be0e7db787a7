import { HEDGED_SHOULD_VERBS, INFERRING_MUST_BE, RECOMMENDING_MODALS } from '../../lexicon/modals';
import { DISMISSAL_PREDICATES } from '../../lexicon/stance';
import { lowerWords } from '../../text/lower-words';

const MODALS: ReadonlySet<string> = new Set(RECOMMENDING_MODALS);
const VERDICTS: ReadonlySet<string> = new Set(DISMISSAL_PREDICATES);
const HEDGES: ReadonlySet<string> = new Set(HEDGED_SHOULD_VERBS);
const INFERRING: ReadonlySet<string> = new Set(INFERRING_MUST_BE);

/** Words read from a statement's start: its subject and its modal, where a recommendation says so. */
const FIRST_WORDS = 6;

/**
 * Whether a claim says what ought to be: a modal of obligation among its first words, by its
 * subject (see `RECOMMENDING_MODALS`: "Mr. Trump should release his tax returns", "Kabul must act
 * against the groups"). It recommends or demands, so a denial of the fact ("he was not releasing
 * his taxes") answers it no more than it confirms it; a verdict on it does (see `rejectsOutright`).
 * "must (not) have" infers what happened ("he must have known") and so does "must be" before an
 * -ing form, a word of truth or an article ("he must be lying", "it must be true", "there must be a
 * mistake", see `INFERRING_MUST_BE`): claims of fact; "should" before a verb of the speaker's own
 * mind or words hedges ("I should hope so", see `HEDGED_SHOULD_VERBS`), and a claim opening with
 * "Should" supposes ("Should the talks fail, …"). O(length).
 */
export function statesObligation(claim: string): boolean {
  const words = lowerWords(claim, FIRST_WORDS);
  const k = words.findIndex((w) => MODALS.has(w));
  if (k <= 0 && words[0] === 'should') return false;
  if (k < 0) return false;
  const modal = words[k] as string;
  const next = words[k + 1] === 'not' ? (words[k + 2] ?? '') : (words[k + 1] ?? '');
  if (modal === 'should') return !HEDGES.has(next);
  if (modal !== 'must') return true;
  if (next === 'have') return false;
  const after = words[k + 2] ?? '';
  return !(next === 'be' && (after.endsWith('ing') || INFERRING.has(after)));
}

/**
 * Whether a denial passes a verdict on what a claim says, a word of `DISMISSAL_PREDICATES` the
 * claim does not hold itself ("The idea of deporting them is absurd" against "we should round
 * them up"): it may reject a recommendation (see `statesObligation`) as well as a claim of fact.
 * A word both hold is part of what they speak of ("should not lie about the sale" against "did
 * not lie about the sale", "stop the fake invoices"), no verdict. O(length of both).
 */
export function rejectsOutright(denial: string, claim: string): boolean {
  const verdicts = lowerWords(denial).filter((w) => VERDICTS.has(w));
  if (verdicts.length === 0) return false;
  const said = new Set(lowerWords(claim));
  return verdicts.some((w) => !said.has(w));
}
