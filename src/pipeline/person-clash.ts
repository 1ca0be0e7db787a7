import { lowerWords } from '../text/lower-words';

/** Subject pronouns of one person each, by gender: a "he" and a "she" never stand for one speaker's one act. */
const GENDERED: ReadonlySet<string> = new Set(['he', 'she']);

/** The last of "he" and "she" before offset `at` of a text, if any. */
function personBefore(text: string, at: number): string | undefined {
  const words = lowerWords(text.slice(0, at));
  for (let k = words.length - 1; k >= 0; k--) if (GENDERED.has(words[k] as string)) return words[k];
  return undefined;
}

/**
 * Whether the words at `claimAt` of a claim and at `denialAt` of a denial are told of two
 * people: the last subject pronoun before each is "he" on one side and "she" on the other
 * ("…, which he had sent and received via a State Department computer" against "she had not sent
 * or received emails"). What one denies of her is not what the other states of him. A side with
 * neither pronoun before the words (a name, "the ministry") clashes with nothing. O(at).
 */
export function twoPeople(claim: string, claimAt: number, denial: string, denialAt: number): boolean {
  const x = personBefore(claim, claimAt);
  const y = personBefore(denial, denialAt);
  return x !== undefined && y !== undefined && x !== y;
}
