import { contentWords, type FeatureContext } from '../group/features';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { CLAUSE_SUBJECTS } from '../lexicon/pronouns';
import { heldIn } from '../lexicon/same-meaning';
import { lowerWords } from '../text/lower-words';

const AUXILIARY: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
const PRONOUN: ReadonlySet<string> = new Set([...CLAUSE_SUBJECTS, 'this', 'that', 'these', 'those', 'who', 'which', 'our', 'my', 'your', 'his', 'her', 'its', 'their']);
/** What a clause's subject may not reach back past: a clause's punctuation. */
const CLAUSE_START = /[,;:.!?()"“”]/u;

/**
 * The content words of the subject a negation of one's own is told of: the words of its clause
 * before the first "not" or "never" (after its auxiliary: "The new timetable was not printed …" →
 * timetable). None when the negation opens no verb negation, or its subject is a pronoun or holds
 * one ("We have not sent a team", "Our forces did not …": who they are, the words do not say), or
 * a name ("The Smithsonian has never …", "The United States was not involved …": a name is
 * referred to by descriptions, "the museum", and initials, "US", the words cannot match), or none.
 */
export function negatedSubject(denial: string, ctx: FeatureContext): string[] {
  const m = /\b(?:not|never)\b|n['’]t\b/iu.exec(denial);
  if (m === null) return [];
  const before = denial.slice(0, m.index);
  const clause = before.slice(Math.max(...[...before.matchAll(new RegExp(CLAUSE_START, 'gu'))].map((x) => (x.index ?? -1) + 1), 0));
  const written = clause.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // A capitalised word past the clause's first names someone ("The Smithsonian", "the Varne council"); the first alone
  // may be capitalised only because it opens the sentence ("Iran has not sent …" is read, "Council staff did not …" too).
  if (written.slice(1).some((w) => /^\p{Lu}/u.test(w)) || (written.length === 1 && /^\p{Lu}/u.test(written[0] as string) && !/^(?:The|A|An)$/u.test(written[0] as string))) return [];
  const words = lowerWords(clause);
  while (words.length > 0 && AUXILIARY.has(words.at(-1) as string)) words.pop();
  if (words.length === 0 || words.some((w) => PRONOUN.has(w))) return [];
  return contentWords(words.join(' '), ctx);
}

/** Whether a claim opens with a pronoun subject ("he is gratified …", "it was printed …"): what it is told of, its words do not say. */
function opensWithPronoun(claim: string): boolean {
  const first = lowerWords(claim)[0];
  return first !== undefined && PRONOUN.has(first);
}

/**
 * Whether a claim names what a negation of one's own is told of: a content word of the denial's
 * subject (see `negatedSubject`), or one of the same meaning, is among the claim's. "The new
 * timetable was not printed by the harbour union" is not said of "the leaflet was printed by the
 * harbour union": another thing, in the same words. True when the denial's subject says nothing
 * (a pronoun, a name, none) or the claim's is a pronoun.
 */
export function namesNegatedSubject(denial: string, claim: string, ctx: FeatureContext): boolean {
  const subject = negatedSubject(denial, ctx);
  if (subject.length === 0 || opensWithPronoun(claim)) return true;
  const held = heldIn(ctx.lexicon, contentWords(claim, ctx));
  return subject.some((w) => held(w));
}
