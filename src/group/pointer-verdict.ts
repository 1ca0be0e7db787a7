import { COPULAS, DISMISSAL_INTENSIFIERS, DISMISSAL_PREDICATES } from '../lexicon/stance';
import { pointerRun } from './pointer-run';

const COPULA_WORDS: ReadonlySet<string> = new Set(COPULAS);
const VERDICT_WORDS: ReadonlySet<string> = new Set(DISMISSAL_PREDICATES);
const VERDICT_FILLERS: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS.filter((w) => w !== 'and'));
/** A past participle, roughly: what "and produced by …" goes on with. */
const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;
/** Words a pointer subject may have before its pointer noun ("all the", "these") and between it and its copula ("quoted by Kerry"). */
const MAX_LEAD = 3;
const MAX_NAMING = 6;

/**
 * Where the verdict on a pointer ends, when the text opens with the pointer as its subject and
 * what follows the verdict only says more: "the number that Kerry mentioned was fake, which quoted
 * the exiled opposition", "the numbers are fictional and produced by armed groups". The pointer
 * comes within the first words, a copula within a few words after it, then only intensifiers and
 * dismissal words ("is but mere lies"), then "which", "and" or a comma: the offset of that word.
 * Null otherwise: "it is not true that P" keeps its P (a negation is no filler), and "this is an
 * attempt to distract" says something of its own. O(text length).
 */
export function verdictEnd(text: string): number | null {
  const run = pointerRun(text);
  if (run === null) return null;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[,;]/gu)].map((m) => ({ word: m[0].toLowerCase(), at: m.index ?? 0 }));
  const first = tokens.findIndex((t) => t.at >= run.end);
  if (first < 0 || tokens.findIndex((t) => t.at >= run.start) > MAX_LEAD) return null;
  let k = first;
  while (k < tokens.length && k - first <= MAX_NAMING && !COPULA_WORDS.has((tokens[k] as { word: string }).word)) k++;
  if (k >= tokens.length || k - first > MAX_NAMING) return null;
  let verdicts = 0;
  for (k++; k < tokens.length; k++) {
    const word = (tokens[k] as { word: string }).word;
    if (VERDICT_WORDS.has(word)) verdicts++;
    else if (!VERDICT_FILLERS.has(word)) break;
  }
  const next = tokens[k];
  if (verdicts === 0 || next === undefined) return null;
  // What goes on with the verdict's subject: "which …", or a participle ("and produced by armed
  // groups", ", produced by …"); not a clause of its own ("and the delegation stayed home",
  // ", and that the office will be cleared").
  let m = next.word === ',' ? k + 1 : k;
  if (tokens[m]?.word === 'which') return next.at;
  if (tokens[m]?.word === 'and') m++;
  return m > k && PARTICIPLE.test(tokens[m]?.word ?? '') ? next.at : null;
}
