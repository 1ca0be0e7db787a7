import { ABBREVIATIONS as ABBREVIATION_WORDS } from '../lexicon/abbreviations';
import { CONDITION_SUBORDINATORS } from '../lexicon/attribution';
import { lowerWords } from './lower-words';

const CONDITIONS: ReadonlySet<string> = new Set(CONDITION_SUBORDINATORS);
const ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATION_WORDS);

/** A sentence's end: a stop, maybe closing quotation marks or brackets, then white space. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;
/** A clause's end: a comma not between digits ("1,429"), a semicolon or a colon. */
const CLAUSE_END = /,(?!\d)|[;:]/g;

/** Where the sentence holding offset `at` of `before` (the text up to `at`) starts. */
function sentenceStart(before: string): number {
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) {
    // "Mr. Holt", "the U.S. doesn't": an abbreviation's stop ends no sentence. The word before
    // the stop is read back by hand (a pattern anchored at the end would retry every start).
    let from = m.index;
    while (from > 0 && /[\p{L}.]/u.test(before[from - 1] as string)) from--;
    const word = before.slice(from, m.index);
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/**
 * Whether offset `at` of a text lies inside a condition: after "if" or "unless" in its sentence,
 * with no clause's end between ("If we don't have it, we're not going to have a country": "don't
 * have" is supposed, not stated; "we're not going to have" is stated). A condition after its main
 * clause ("they will strike unless the pier stays open") runs to the sentence's end, and so does
 * one with no comma after it ("If he wins he will not raise taxes" reads its main clause as
 * supposed too: a limit of reading without a parser). "as if" compares, no condition. O(length of
 * the text before `at`).
 */
export function inConditionClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const sentence = sentenceStart(before);
  let clause = sentence;
  for (const m of before.slice(sentence).matchAll(CLAUSE_END)) clause = sentence + m.index + 1;
  const words = lowerWords(before.slice(clause));
  return words.some((w, k) => CONDITIONS.has(w) && words[k - 1] !== 'as');
}
