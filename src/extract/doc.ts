import type { Token } from '../text/tokens';
import type { QuoteSpan } from './quotes';
import type { WordSets } from './word-sets';

/** A report prepared for extraction: tokens, quotations and the word sets, read-only. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly QuoteSpan[];
  /** Token index → index of the quotation containing it, or -1. */
  readonly quoteOf: Int32Array;
  readonly words: WordSets;
}

/** A range of token indices `[lo, hi)`: a sentence, a clause, a phrase. */
export interface Range {
  readonly lo: number;
  readonly hi: number;
}

const LINE_BREAK = /[\n\r]/;

/** Index of the previous non-space token at or after `lo`, or -1; a line break stops it. */
export function prevContent(doc: Doc, i: number, lo: number): number {
  for (let j = i - 1; j >= lo; j--) {
    const t = doc.tokens[j] as Token;
    if (t.kind !== 'space') return j;
    if (LINE_BREAK.test(t.text)) return -1;
  }
  return -1;
}

/** Index of the next non-space token before `hi`, or -1; a line break stops it. */
export function nextContent(doc: Doc, i: number, hi: number): number {
  for (let j = i + 1; j < hi; j++) {
    const t = doc.tokens[j] as Token;
    if (t.kind !== 'space') return j;
    if (LINE_BREAK.test(t.text)) return -1;
  }
  return -1;
}

export function tok(doc: Doc, i: number): Token {
  return doc.tokens[i] as Token;
}

export function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

export function isOpeningQuote(doc: Doc, i: number): boolean {
  const q = doc.quoteOf[i] ?? -1;
  return q >= 0 && (doc.quotes[q] as QuoteSpan).open === (doc.tokens[i] as Token).start;
}

export function isClosingQuote(doc: Doc, i: number): boolean {
  const q = doc.quoteOf[i] ?? -1;
  return q >= 0 && (doc.quotes[q] as QuoteSpan).close === (doc.tokens[i] as Token).start;
}

/** Possessive words ("Pakistan’s"): the tokeniser keeps the ’s on the word. */
export function isPossessive(t: Token): boolean {
  return t.kind === 'word' && /(?:'s|s')$/.test(t.norm) && t.norm.length > 2;
}

/** The tokens `[lo, hi)` of `r` as `[start, end)` offsets of the report. */
export function rangeOffsets(doc: Doc, r: Range): [number, number] {
  return [tok(doc, r.lo).start, tok(doc, r.hi - 1).end];
}

/** The indices of the word and number tokens of a range (no spaces, punctuation or quotation marks), in order. */
export function wordIndices(doc: Doc, range: Range): number[] {
  const out: number[] = [];
  for (let i = range.lo; i < range.hi; i++) {
    const kind = (doc.tokens[i] as Token).kind;
    if (kind === 'word' || kind === 'number') out.push(i);
  }
  return out;
}

/** Number of word tokens in `[lo, hi)`. */
export function countWords(doc: Doc, lo: number, hi: number, atMost = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = lo; i < hi && n < atMost; i++) if ((doc.tokens[i] as Token).kind === 'word' || (doc.tokens[i] as Token).kind === 'number') n++;
  return n;
}

/** Dashes that set off an appositive or an aside: "— a claim the Taliban deny". */
export function isDash(t: Token): boolean {
  return t.text === '\u2014' || t.text === '\u2013' || t.text === '--' || t.text === '-';
}

/** Index of the first token that starts at or after `offset` (binary search, O(log n)). */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
