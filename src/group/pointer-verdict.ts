import { DISMISSAL_INTENSIFIERS, DISMISSAL_PREDICATES } from '../lexicon/stance';
import { COPULA_WORDS, pointerRun, type PointerRun } from './pointer-run';

const VERDICT_WORDS: ReadonlySet<string> = new Set(DISMISSAL_PREDICATES);
const VERDICT_FILLERS: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS.filter((w) => w !== 'and'));
/** A past participle, roughly: what "and produced by …" goes on with (followed by "by", so "and Biden …" or "and seven …" is not one). */
const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;
/** Words a pointer subject may have before its pointer noun ("all the", "these") and between it and its copula ("quoted by Kerry"). */
const MAX_LEAD = 3;
const MAX_NAMING = 6;

/** A text that opens with a pointer as its subject: where its naming stretch lies, and where its verdict ends (see `verdictEnd`). */
export interface PointerSubject {
  /** Offsets of the words between the pointer and its copula ("that Kerry mentioned", "quoted by the ministry"); empty when none. */
  naming: [number, number];
  /** The offset where what follows the verdict begins, when it only says more; null otherwise. */
  verdictEnd: number | null;
}

/**
 * The pointer subject of a text: its pointer within the first words, a copula within a few words
 * after it ("the number that Kerry mentioned was …"); null otherwise. Its verdict ends where, after
 * the copula, only intensifiers and dismissal words came ("is but mere lies") and then "which …" or
 * a participle with "by" ("and produced by armed groups", ", invented by …"): what follows says
 * more of the claim's origin or the denier's view, not what the claim is. "It is not true that P"
 * keeps its P (a negation is no filler), "this is an attempt to distract" says something of its
 * own, and "the claims are false and Biden supplied the weapons" goes on with a clause of its own.
 * `run`: the text's `pointerRun`, when the caller found it already. O(text length).
 */
export function pointerSubject(text: string, run: PointerRun | null = pointerRun(text)): PointerSubject | null {
  if (run === null) return null;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[,;]/gu)].map((m) => ({ word: m[0].toLowerCase(), at: m.index ?? 0 }));
  const first = tokens.findIndex((t) => t.at >= run.end);
  if (first < 0 || tokens.findIndex((t) => t.at >= run.start) > MAX_LEAD) return null;
  let k = first;
  while (k < tokens.length && k - first <= MAX_NAMING && !COPULA_WORDS.has((tokens[k] as { word: string }).word)) k++;
  const copula = tokens[k];
  if (copula === undefined || k - first > MAX_NAMING) return null;
  const naming: [number, number] = [run.end, copula.at];
  let verdicts = 0;
  for (k++; k < tokens.length; k++) {
    const word = (tokens[k] as { word: string }).word;
    if (VERDICT_WORDS.has(word)) verdicts++;
    else if (!VERDICT_FILLERS.has(word)) break;
  }
  const next = tokens[k];
  if (verdicts === 0 || next === undefined) return { naming, verdictEnd: null };
  let m = next.word === ',' ? k + 1 : k;
  if (tokens[m]?.word === 'which') return { naming, verdictEnd: next.at };
  if (tokens[m]?.word === 'and') m++;
  const participle = m > k && PARTICIPLE.test(tokens[m]?.word ?? '') && tokens[m + 1]?.word === 'by';
  return { naming, verdictEnd: participle ? next.at : null };
}

/** Where the verdict on a pointer subject ends, when what follows it only says more (see `pointerSubject`); null otherwise. */
export function verdictEnd(text: string): number | null {
  return pointerSubject(text)?.verdictEnd ?? null;
}
