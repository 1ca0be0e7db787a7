import type { Issue } from '../schema/issue';
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import { splitSentences } from '../text/sentences';

/** One quotation found in a text. Offsets are `[start, end)` into the unchanged text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** The quoted words, marks and surrounding blanks excluded. */
  readonly start: number;
  readonly end: number;
  /** Offset of the (last character of the) closing mark, or -1 when the quotation runs on into the next paragraph. */
  readonly close: number;
  /** Opened in an earlier paragraph: wire style reopens a quotation that goes on. */
  readonly continued: boolean;
  /** In single marks (‘…’), which British copy uses for quotations and for terms. */
  readonly single: boolean;
}

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const LETTER = /[\p{L}\p{N}]/u;
const BLANK = /\s/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** For each offset, how many straight double marks follow it before the paragraph ends. O(n). */
function straightMarksAhead(text: string): Int32Array {
  const ahead = new Int32Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] as string;
    ahead[i] = ch === '\n' || ch === '\r' ? 0 : (ahead[i + 1] as number) + (ch === '"' ? 1 : 0);
  }
  return ahead;
}

/**
 * A straight mark after a blank and before a word, with enough marks ahead in its paragraph
 * (`needed`: one to close it, and one more when the quotation around it is straight too): it
 * opens a quotation inside the open one.
 */
function isOpeningStraight(text: string, i: number, ahead: Int32Array, needed: number): boolean {
  return BLANK.test(text[i - 1] ?? '') && isLetter(text[i + 1]) && (ahead[i + 1] as number) >= needed;
}

const NON_FINAL: ReadonlySet<string> = new Set(NON_FINAL_ABBREVIATIONS);
/** Characters read back from a full stop for the abbreviation it may end. */
const ABBREVIATION_REACH = 12;

/**
 * Whether a sentence ends right before offset `i` (blanks skipped) and another starts after it:
 * a full stop, "!", "?" or "…" not ending an abbreviation or initials ("Mr.", "U.S."), and a
 * capital after the mark at `i`.
 */
function endsSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && BLANK.test(text[j] as string)) j--;
  if (j < 0 || !'.!?…'.includes(text[j] as string) || !/^\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  if (text[j] !== '.') return true;
  // The word the full stop ends, letters and inner stops ("Mr", "U.S"), read back a few characters at most.
  let k = j;
  while (k > 0 && j - k < ABBREVIATION_REACH && (text[k - 1] === '.' || LETTER.test(text[k - 1] as string))) k--;
  const word = text.slice(k, j);
  const initials = word.split('.').every((part) => part.length === 1 && LETTER.test(part));
  return !(NON_FINAL.has(word.toLowerCase()) || initials);
}

/**
 * Pairs quotation marks in one left-to-right pass, O(n). Double marks (straight or curly)
 * delimit quotations; single curly marks count only outside a double quotation and only
 * where they cannot be an apostrophe. A paragraph break closes everything still open: when
 * the next paragraph opens with a quotation mark the quotation continues there (wire style);
 * otherwise the mark is unbalanced and becomes an issue, never an exception.
 */
export function findQuotes(text: string, report?: string): { quotes: QuoteSpan[]; issues: Issue[] } {
  const quotes: QuoteSpan[] = [];
  const issues: Issue[] = [];
  let open = -1; // offset of an open double mark
  let single = -1; // offset of an open single mark
  let continued = false;
  let carry = false; // the previous paragraph left a quotation open for this one
  let nested = false; // a straight quotation is open inside the open one
  let ahead: Int32Array | undefined;
  const unbalanced = (at: number, message: string): void => {
    issues.push({ code: 'unbalanced-quote', message, ...(report === undefined ? {} : { report }), span: [at, at + 1] });
  };
  let openWidth = 1;
  const emit = (from: number, to: number, close: number, isSingle: boolean, isContinued: boolean): void => {
    let s = from + (isSingle ? 1 : openWidth);
    let e = to;
    while (s < e && BLANK.test(text[s] as string)) s++;
    while (e > s && BLANK.test(text[e - 1] as string)) e--;
    if (e > s) quotes.push({ open: from, start: s, end: e, close, continued: isContinued, single: isSingle });
  };
  for (let i = 0; i < text.length; i++) {
    let ch = text[i] as string;
    // Two apostrophes stand for a double mark in some archives (''Voters are …'').
    const paired = ch === "'" && text[i + 1] === "'";
    if (paired) ch = '"';
    if (ch === '\n' || ch === '\r') {
      if (open >= 0) {
        let j = i;
        while (j < text.length && BLANK.test(text[j] as string)) j++;
        const next = text[j];
        if (next !== undefined && (DOUBLE_OPEN.has(next) || next === '"')) {
          emit(open, i, -1, false, continued);
          carry = true;
        } else {
          unbalanced(open, 'quotation mark opened and not closed before the paragraph ends');
        }
        // Skip the blank run at once so that a long run of line breaks is read only once.
        i = j - 1;
      }
      open = -1;
      single = -1;
      continued = false;
      nested = false;
      continue;
    }
    const isOpen = DOUBLE_OPEN.has(ch);
    const isClose = DOUBLE_CLOSE.has(ch);
    if (ch === '"' || isOpen || isClose) {
      // A straight mark inside an open quotation that opens a word ('… by the newspaper "A
      // Bola", with …') quotes a name inside it; the next straight mark closes that, not the outer.
      if (open >= 0 && ch === '"' && !paired) {
        if (nested) {
          nested = false;
          continue;
        }
        if (isOpeningStraight(text, i, (ahead ??= straightMarksAhead(text)), text[open] === '"' ? 2 : 1)) {
          nested = true;
          continue;
        }
      }
      if (open >= 0 && (isClose || ch === '"')) {
        emit(open, i, paired ? i + 1 : i, false, continued);
        if (paired) i++;
        open = -1;
        continued = false;
      } else if (isClose) {
        unbalanced(i, 'closing quotation mark with no opening mark');
      } else {
        // Wire style reopens a quotation that goes on in the next paragraph; copy that ran its
        // paragraphs together keeps the reopening mark, the one that opened it, after the
        // sentence's end ("… crash. “Of course …”"): the open quotation ends there and goes on,
        // as at a paragraph break.
        const runOn = open >= 0 && isOpen && text[open] === ch && endsSentence(text, i);
        if (runOn) {
          emit(open, i, -1, false, continued);
          carry = true;
        } else if (open >= 0) unbalanced(open, 'quotation mark opened again before it was closed');
        open = i;
        openWidth = paired ? 2 : 1;
        if (paired) i++;
        continued = carry;
        single = -1;
      }
      carry = false;
      continue;
    }
    if (open >= 0) continue;
    if (ch === '\u2018' && single < 0 && !isLetter(text[i - 1])) {
      single = i;
    } else if (ch === '\u2019' && single >= 0 && !isLetter(text[i + 1])) {
      emit(single, i, i, true, false);
      single = -1;
    }
  }
  if (open >= 0) unbalanced(open, 'quotation mark opened and not closed before the text ends');
  return { quotes, issues };
}

/**
 * For each token, the index of the quotation that contains it (marks included) or -1.
 * Quotations are disjoint and sorted, so one merge pass suffices: O(tokens + quotes).
 */
export function quoteIndexOfTokens(tokens: readonly { start: number; end: number }[], quotes: readonly QuoteSpan[]): Int32Array {
  const of = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as { start: number; end: number };
    while (q < quotes.length && quoteLimit(quotes[q] as QuoteSpan) <= t.start) q++;
    const quote = quotes[q];
    if (quote !== undefined && t.start >= quote.open && t.end <= quoteLimit(quote)) of[i] = q;
  }
  return of;
}

/** End of the region a quotation occupies, its closing mark included. */
export function quoteLimit(q: QuoteSpan): number {
  return q.close >= 0 ? q.close + 1 : q.end;
}

/**
 * A quotation's span cut at the sentences it holds, so that each can be read for its own
 * stance ("All of it is a lie. Here we rely on facts."). A quotation of one sentence comes
 * back whole. Linear in the quotation's length.
 */
export function quoteSentences(text: string, span: readonly [number, number]): [number, number][] {
  const inner = text.slice(span[0], span[1]);
  const pieces = splitSentences(inner).map((p): [number, number] => [span[0] + p.start, span[0] + p.end]).filter(([a, b]) => b > a);
  return pieces.length > 1 ? pieces : [[span[0], span[1]]];
}
