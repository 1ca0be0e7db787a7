import { BE_FORMS } from '../lexicon/function-words';
import { HELPING_VERB_FORMS } from '../lexicon/helping-verbs';
import { lowerWords } from '../text/lower-words';

/** Words from a claim's start its main verb is looked for in: a subject of a few words, an auxiliary. */
const MAIN_CLAUSE_WORDS = 8;

const HELPING: ReadonlySet<string> = new Set(HELPING_VERB_FORMS);
const BE: ReadonlySet<string> = new Set(BE_FORMS);

/**
 * Whether a claim says that its subject helped another do a thing rather than that it did it:
 * a verb of helping in the past, after a subject, as the main verb of its first clause ("The
 * Norwegians had assisted the U.S. Navy in planting explosives", "Tehran helped the militia plan
 * the raid"). Such a claim and one that the thing was done ("U.S. Navy divers planted explosives
 * beneath the pipelines") are two statements, denied by two parties. Not a helper named by a
 * passive ("divers helped by Norway planted …", "was aided by"). O(text length).
 */
export function statesHelp(text: string): boolean {
  const words = lowerWords(text, MAIN_CLAUSE_WORDS + 1);
  return words.some((w, k) => k >= 1 && k < MAIN_CLAUSE_WORDS && HELPING.has(w) && words[k + 1] !== 'by' && !BE.has(words[k - 1] as string));
}
