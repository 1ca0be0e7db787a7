import { NEGATION_CUES } from '../lexicon/negation';
import { ACCURACY_VERDICTS, PIECE_NOUNS } from '../lexicon/pointer-words';
import { lowerWords } from '../text/lower-words';

const ACCURACY: ReadonlySet<string> = new Set(ACCURACY_VERDICTS);

/** The words of `ACCURACY_VERDICTS` that say a piece is right: the others say it is wrong ("inaccurate", "misleading"). */
const RIGHT: ReadonlySet<string> = new Set(['accurate', 'accuracy']);

const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_CUES);

const PIECES: ReadonlySet<string> = new Set(PIECE_NOUNS);

/**
 * Whether a text may hold a word of PIECE_NOUNS, in any case: a word `lowerWords` reads as one
 * is written in ASCII letters of either case, so a text this misses names no piece (it may
 * find one inside a longer word, which the words then rule out).
 */
const NAMES_PIECE = new RegExp(PIECE_NOUNS.join('|'), 'i');

/**
 * Whether a statement judges the accuracy of an outlet's piece, either way: a word of accuracy
 * and a noun of a piece ("its report was inaccurate", "disputing the accuracy of a news report
 * saying …", "BuzzFeed's description of specific statements … are not accurate"), or an outlet
 * standing by it ("We stand by our reporting"). O(text length).
 */
export function judgesAccuracy(text: string): boolean {
  // Most statements name no piece: told by one pattern over the text, before its words are read.
  if (!NAMES_PIECE.test(text)) return false;
  const words = lowerWords(text);
  const piece = words.some((w) => PIECES.has(w));
  if (!piece) return false;
  if (words.some((w) => ACCURACY.has(w))) return true;
  return words.some((w, k) => (w === 'stand' || w === 'stands' || w === 'standing' || w === 'stood') && words[k + 1] === 'by');
}

/**
 * The pairs of statements of one story (`topic`, both known) that both judge the accuracy of an
 * outlet's piece (see `judgesAccuracy`) and are not kept `apart`: "disputing the accuracy of a
 * news report saying …", "BuzzFeed's description … are not accurate", "its report was
 * inaccurate" and the outlet's "We stand by our reporting" are one statement, the report's
 * accuracy, in words that share little. Ascending pairs. O(s²) in the s such statements of a story.
 */
export function onePieceJudged(items: readonly { text: string; topic?: number | undefined }[], apart: (a: number, b: number) => boolean): [number, number][] {
  const judging = items.flatMap((x, i) => (x.topic !== undefined && judgesAccuracy(x.text) ? [i] : []));
  const out: [number, number][] = [];
  for (let a = 0; a < judging.length; a++) {
    for (let b = a + 1; b < judging.length; b++) {
      const [i, j] = [judging[a] as number, judging[b] as number];
      if (items[i]?.topic === items[j]?.topic && !apart(i, j)) out.push([i, j]);
    }
  }
  return out;
}

/** Nouns of a charge: a denial of one that holds a verdict of inaccuracy rejects that verdict ("denied Exxon's accusation that the articles were misleading"). */
const CHARGES: ReadonlySet<string> = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'suggestion', 'suggestions', 'assertion', 'assertions']);

/**
 * Whether a statement that judges a piece's accuracy (see `judgesAccuracy`) takes the piece's
 * side: a claim that stands by it or calls it accurate, not negated ("We stand by our reporting",
 * "the articles we published were accurate"), or a denial of a charge that it is wrong ("Exxon's
 * accusation that articles about the company … were misleading and inaccurate", denied). A claim
 * that it is wrong ("the AP report is misleading") and a denial that is the verdict itself ("its
 * report was inaccurate", "disputing the accuracy of a news report") do not. O(text length).
 */
export function sidesWithPiece(text: string, stance: 'asserts' | 'denies'): boolean {
  const words = lowerWords(text);
  const verdict = words.findIndex((w) => ACCURACY.has(w));
  if (stance === 'denies') return verdict > 0 && words.slice(0, verdict).some((w) => CHARGES.has(w));
  return !words.some((w, k) => (ACCURACY.has(w) && !RIGHT.has(w)) || (RIGHT.has(w) && NEGATIONS.has(words[k - 1] ?? '')));
}
