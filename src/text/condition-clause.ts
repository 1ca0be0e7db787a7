import { CONDITION_SUBORDINATORS } from '../lexicon/attribution';
import { lowerWords } from './lower-words';

const CONDITIONS: ReadonlySet<string> = new Set(CONDITION_SUBORDINATORS);

/**
 * Whether offset `at` of a text lies inside a condition: after "if" or "unless" in its sentence,
 * with no comma, colon or semicolon between ("If we don't have it, we're not going to have a
 * country": "don't have" is supposed, not stated; "we're not going to have" is stated). A
 * condition after its main clause ("they will strike unless the pier stays open") runs to the
 * sentence's end. O(length of the sentence before `at`).
 */
export function inConditionClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const sentence = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const clause = Math.max(sentence, before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return lowerWords(before.slice(clause + 1)).some((w) => CONDITIONS.has(w));
}
