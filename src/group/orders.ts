import { ORDER_VERBS, WARNING_VERBS } from '../lexicon/reporting-verbs';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { OBLIGATION_MODALS } from '../lexicon/modals';
import { NEGATION_CUES } from '../lexicon/negation';
import { FIRST_PERSON_PRONOUNS, GROUP_PRONOUNS, HEARER_PRONOUNS, PERSON_PRONOUNS } from '../lexicon/pronouns';
import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { textWords } from '../text/lower-words';

/** The most words a hearer takes before the infinitive ("the Taliban government", "his personal attorney Michael Cohen"). */
const MAX_HEARER = 6;

const ORDERING: ReadonlySet<string> = new Set(ORDER_VERBS);
const WARNING: ReadonlySet<string> = new Set(WARNING_VERBS);

/** A warning's content: "against" and a gerund ("against attacking its territory"). */
const AGAINST_DOING = /^against\s+\p{Ll}+ing\b/u;

/**
 * Words that show a clause, not a hearer, before a "to": a subject pronoun, an auxiliary, a
 * modal, a negation or "that" ("We have not sent a team to Oman", "it said that aid went to …").
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...FIRST_PERSON_PRONOUNS, ...FINITE_AUXILIARIES, ...OBLIGATION_MODALS, ...NEGATION_CUES,
  'that', 'which', 'who',
]);

/** Words after "to" that make it a preposition ("statements to the office", "to them"), not an infinitive's mark. */
const NOT_A_VERB: ReadonlySet<string> = new Set([...PHRASE_DETERMINERS, ...HEARER_PRONOUNS, 'be']);

/**
 * Whether a statement reports an order or a request rather than a claim: its cue is a verb of
 * urging or telling (see `ORDER_VERBS`) and its text is a hearer then an infinitive ("Kabul to
 * take action against groups …", "the Taliban government to prevent extremist groups from …").
 * What is urged is neither true nor false: it is no wording of a claim that something is so, nor
 * of the speaker's reasons for it ("talks failed because the Taliban government has not taken
 * steps to stop militants"), and no denial denies it. So is a warning against doing a thing
 * ("warned Pakistan against attacking its territory": see `WARNING_VERBS`). `cueLemma`: the lemma of the statement's
 * reporting verb, when known; without one, nothing is an order. O(text length).
 */
export function isOrder(text: string, cueLemma: string | undefined): boolean {
  if (cueLemma !== undefined && WARNING.has(cueLemma) && AGAINST_DOING.test(text.trimStart())) return true;
  if (cueLemma === undefined || !ORDERING.has(cueLemma)) return false;
  const words = textWords(text, MAX_HEARER + 2);
  const to = words.indexOf('to');
  if (to < 1 || to > MAX_HEARER) return false;
  // A contraction ("We're going to win", "he'll work to …") is a clause's subject and verb.
  if (words.slice(0, to).some((w) => CLAUSE_WORDS.has(w.toLowerCase()) || /['’]/u.test(w))) return false;
  // The infinitive is a lower-case word ("to take", not "to Sanders", "to the office", "to 2019").
  const next = words[to + 1];
  return next !== undefined && /^\p{Ll}+$/u.test(next) && !NOT_A_VERB.has(next);
}
