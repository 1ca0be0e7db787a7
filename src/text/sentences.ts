import * as z from 'zod';
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import { ClaimdiffError, describeValue, parseArgument } from '../schema/error';
import { tokenize } from './tokenize';
import { checkText, type Token } from './tokens';

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** Options of `splitSentences` (a plain interface: the public types leave zod out). */
export interface SentenceOptions {
  /**
   * Abbreviations after which the sentence goes on even before a capital ("Mr. So", "Nov. 7").
   * @default NON_FINAL_ABBREVIATIONS from the built-in lexicon
   */
  nonFinal?: readonly string[];
}

export const SentenceOptionsSchema = z.strictObject({
  nonFinal: z.array(z.string()).readonly().optional(),
});

let defaultNonFinal: ReadonlySet<string> | undefined;

const OPEN_QUOTES = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSE_QUOTES = new Set(['\u201D', '\u00BB']);
const TERMINAL = /^(?:[.!?]+|\.{3}|…)$/u;
const PARAGRAPH = /\n/;
const STARTER = /^["'“‘(\[\p{Lu}\p{N}]/u;

function isQuote(t: Token): boolean {
  return t.text === '"' || OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text);
}

/**
 * Splits text into sentences, with offsets into the unchanged text. A sentence ends at a
 * terminal mark (and the closing quotes or brackets right after it) when the next word
 * starts like a sentence; never inside a double quotation, never after a title, month or
 * serial abbreviation ("Mr. So", "Nov. 7", "No. 10") or initials ("U.S."). Line breaks end
 * sentences and reset quote state, since wire copy does not carry quotes across lines
 * unclosed on purpose. O(n).
 *
 * @param tokens the tokens of `text`, when the caller has them already (`tokenize(text)`).
 * @throws ClaimdiffError when `text` is not a string, an option is invalid or `tokens` is not an array.
 */
export function splitSentences(text: string, options: SentenceOptions = {}, tokens?: readonly Token[]): SentenceSpan[] {
  checkText(text, 'splitSentences(text)');
  const opts = options !== null && typeof options === 'object' && Object.keys(options).length === 0
    ? {}
    : parseArgument(SentenceOptionsSchema, options, 'splitSentences(text, options)', 'sentence options { nonFinal? }', 'invalid-options');
  if (tokens !== undefined && !Array.isArray(tokens)) {
    throw new ClaimdiffError('invalid-argument', `splitSentences(text, options, tokens): found ${describeValue(tokens)}, expected the array tokenize(text) returns`);
  }
  return sentencesOf(tokens ?? tokenize(text), opts.nonFinal === undefined ? (defaultNonFinal ??= new Set(NON_FINAL_ABBREVIATIONS)) : new Set(opts.nonFinal));
}

function sentencesOf(tokens: readonly Token[], nonFinal: ReadonlySet<string>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let first = -1; // index of the first content token of the current sentence
  let last = -1; // index of its last content token
  let depth = 0;
  let opener = ''; // the mark that opened the quotation now open
  const close = (): void => {
    if (first >= 0 && last >= first) spans.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
    first = -1;
    last = -1;
  };
  const nextContent = (i: number): Token | undefined => {
    for (let j = i + 1; j < tokens.length; j++) if ((tokens[j] as Token).kind !== 'space') return tokens[j];
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'space') {
      if (PARAGRAPH.test(t.text)) {
        close();
        depth = 0;
      }
      continue;
    }
    // A quotation reopened after a sentence's end while still open ("… crash. “Of course …"),
    // by the mark that opened it and before a capital, is wire style's paragraph continuation
    // with the paragraphs run together: the sentence before it ends there, and the reopened
    // quotation is the one still open.
    if (depth > 0 && t.text === opener && last >= 0 && TERMINAL.test((tokens[last] as Token).text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      close();
      first = i;
      last = i;
      depth = 1;
      continue;
    }
    if (first < 0) first = i;
    last = i;
    if (isQuote(t)) {
      if (OPEN_QUOTES.has(t.text)) {
        if (depth === 0) opener = t.text;
        depth += 1;
      }
      else if (CLOSE_QUOTES.has(t.text)) depth = Math.max(0, depth - 1);
      else depth = depth > 0 ? depth - 1 : 1;
      continue;
    }
    const abbreviation = t.kind === 'word' && t.text.endsWith('.');
    if (!TERMINAL.test(t.text) && !abbreviation) continue;
    if (abbreviation && (nonFinal.has(t.norm.slice(0, -1)) || /^(?:\p{L}\.)+$/u.test(t.text) || /\d$/.test(t.text))) continue;
    // Take closing quotes and brackets that follow the mark into this sentence.
    let j = i;
    let d = depth;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if (CLOSE_QUOTES.has(n.text) || (n.text === '"' && d > 0)) d = Math.max(0, d - 1);
      else if (n.text !== ')' && n.text !== ']' && n.text !== "'" && n.text !== '\u2019') break;
      j += 1;
    }
    if (d > 0) continue;
    const next = nextContent(j);
    if (next !== undefined && !STARTER.test(next.text)) continue;
    i = j;
    depth = 0;
    last = j;
    close();
  }
  close();
  return spans;
}
