/**
 * What follows a denial's pointer noun without saying what the claim is: where or how it was
 * denied, or where the claim ran ("denied the reports in a comment to the agency"). A pointing
 * denial is read without it (see `isPointing`, `contentPointer`).
 */
import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { ASSERT_VERBS, DISTANCING_VERBS } from '../lexicon/reporting-verbs';
import { CONTENT_PREPOSITIONS, POINTER_ADJUNCT_PREPOSITIONS } from '../lexicon/pointer-words';
import { COPULAS, POINTER_HEAD_NOUNS } from '../lexicon/stance';

const POINTER_HEADS: ReadonlySet<string> = new Set(POINTER_HEAD_NOUNS);
const ADJUNCTS: ReadonlySet<string> = new Set(POINTER_ADJUNCT_PREPOSITIONS);
const CONTENT_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...CONTENT_PREPOSITIONS, 'whether']);
/** A stretch an adjunct preposition opens, up to a comma, an "as", a copula or the end. */
const ADJUNCT_STRETCH = new RegExp(`^\\s+([\\p{L}]+)\\b.*?(?=,|\\s(?:as|${COPULAS.join('|')})\\s|$)`, 'su');
/** Words before a denial's pointer noun, at most: "the Hersh report", "a new report", "(Feb 8) a report". */
const MAX_BEFORE_HEAD = 5;

const SPEAKING: ReadonlySet<string> = new Set([...ASSERT_VERBS, ...DISTANCING_VERBS]);

/** Whether an -ing form is a verb of saying ("saying", "claiming", "alleging", "admitting"), which opens what a report says. */
function saying(word: string): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return SPEAKING.has(stem) || SPEAKING.has(`${stem}e`) || (/(.)\1$/.test(stem) && SPEAKING.has(stem.slice(0, -1)));
}

/** Whether a stretch after a pointer noun could hold what the claim says: a relative pronoun, "whether", a preposition of content ("of a deal"), or a verb of saying ("saying", "claiming"). */
function mayHoldContent(stretch: string): boolean {
  return [...stretch.matchAll(/[\p{L}]+/gu)].some(([w]) => CONTENT_OPENERS.has(w.toLowerCase()) || saying(w.toLowerCase()));
}

/**
 * Where the circumstance set after the pointer noun a denial's text opens with lies, `[from,
 * to)`: a stretch between commas that a past participle or an adjunct preposition opens ("the
 * Hersh report, published on his page on Substack, as 'complete fiction'"), or one an adjunct
 * preposition opens, up to a comma, an "as", a copula or the end ("the reports in a comment to
 * the news agency", "the report in the Herald was inaccurate"): where the claim ran or where it
 * was denied, not what it says. A stretch that may hold the claim's content ("reports by the
 * paper that the mayor resigned", "claims, which said …", "the reports in the Herald of a
 * deal") is kept: null, as when the text opens with no pointer noun.
 */
export function circumstanceOf(text: string): [number, number] | null {
  let count = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (++count > MAX_BEFORE_HEAD + 1) return null;
    if (!POINTER_HEADS.has(m[0].toLowerCase())) continue;
    const end = (m.index ?? 0) + m[0].length;
    const after = text.slice(end);
    const aside = /^\s*,\s*([\p{L}]+)([^,]*),/u.exec(after);
    if (aside !== null) {
      const opener = (aside[1] as string).toLowerCase();
      const circumstance = (/ed$/.test(opener) || ADJUNCTS.has(opener)) && !mayHoldContent(aside[0]);
      return circumstance ? [end, end + aside[0].length] : null;
    }
    const adjunct = ADJUNCT_STRETCH.exec(after);
    if (adjunct !== null && ADJUNCTS.has((adjunct[1] as string).toLowerCase()) && !mayHoldContent(adjunct[0])) return [end, end + adjunct[0].length];
    return null;
  }
  return null;
}

/** A denial's text without the circumstance after its pointer noun (see `circumstanceOf`; `cut`, when the caller found it already). */
export function withoutCircumstance(text: string, cut: [number, number] | null = circumstanceOf(text)): string {
  return cut === null ? text : `${text.slice(0, cut[0])}${text.slice(cut[1])}`;
}
