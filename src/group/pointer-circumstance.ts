/**
 * What follows a denial's pointer noun without saying what the claim is: where or how it was
 * denied, or where the claim ran ("denied the reports in a comment to the agency"). A pointing
 * denial is read without it (see `isPointing`, `contentPointer`).
 */
import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { ASSERT_VERBS, DISTANCING_VERBS } from '../lexicon/reporting-verbs';
import { POINTER_ADJUNCT_PREPOSITIONS } from '../lexicon/pointer-words';
import { CLAIM_REPORTS, DISMISSED_POINTERS, POINTER_PRONOUNS } from '../lexicon/stance';

const POINTER_HEADS: ReadonlySet<string> = new Set([...CLAIM_REPORTS, ...DISMISSED_POINTERS].filter((w) => !POINTER_PRONOUNS.includes(w)));
const ADJUNCTS: ReadonlySet<string> = new Set(POINTER_ADJUNCT_PREPOSITIONS);
const CONTENT_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'whether']);
/** Words before a denial's pointer noun, at most: "the Hersh report", "a new report", "(Feb 8) a report". */
const MAX_BEFORE_HEAD = 5;

const SPEAKING: ReadonlySet<string> = new Set([...ASSERT_VERBS, ...DISTANCING_VERBS]);

/** Whether an -ing form is a verb of saying ("saying", "claiming", "alleging", "admitting"), which opens what a report says. */
function saying(word: string): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return SPEAKING.has(stem) || SPEAKING.has(`${stem}e`) || (/(.)\1$/.test(stem) && SPEAKING.has(stem.slice(0, -1)));
}

/** Whether a stretch after a pointer noun could hold what the claim says: a relative pronoun, "whether", or a verb of saying ("saying", "claiming"). */
function mayHoldContent(stretch: string): boolean {
  return [...stretch.matchAll(/[\p{L}]+/gu)].some(([w]) => CONTENT_OPENERS.has(w.toLowerCase()) || saying(w.toLowerCase()));
}

/**
 * A denial's text without the circumstance set after the pointer noun it opens with: a
 * stretch between commas that a past participle or an adjunct preposition opens ("the Hersh
 * report, published on his page on Substack, as 'complete fiction'"), or one an adjunct
 * preposition opens, up to a comma, an "as" or the end ("the reports in a comment to the news
 * agency"): where the claim ran or where it was denied, not what it says. A stretch that may
 * hold the claim's content ("reports by the paper that the mayor resigned", "claims, which
 * said …") is kept. The text unchanged when it opens with no pointer noun.
 */
export function withoutCircumstance(text: string): string {
  let count = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (++count > MAX_BEFORE_HEAD + 1) return text;
    if (!POINTER_HEADS.has(m[0].toLowerCase())) continue;
    const end = (m.index ?? 0) + m[0].length;
    const after = text.slice(end);
    const aside = /^\s*,\s*([\p{L}]+)([^,]*),/u.exec(after);
    if (aside !== null) {
      const opener = (aside[1] as string).toLowerCase();
      const circumstance = (/ed$/.test(opener) || ADJUNCTS.has(opener)) && !mayHoldContent(aside[0]);
      return circumstance ? `${text.slice(0, end)}${after.slice(aside[0].length)}` : text;
    }
    const adjunct = /^\s+([\p{L}]+)\b.*?(?=,|\sas\s|$)/su.exec(after);
    if (adjunct !== null && ADJUNCTS.has((adjunct[1] as string).toLowerCase()) && !mayHoldContent(adjunct[0])) {
      return `${text.slice(0, end)}${after.slice(adjunct[0].length)}`;
    }
    return text;
  }
  return text;
}
