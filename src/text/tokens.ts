import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { ClaimdiffError, describeValue } from '../schema/error';
import { foldText } from './normalize';

/**
 * The tokeniser without its options' schema (see `tokenize` for the checked entry): what the
 * pairwise core reads, so that the `group` command, which runs the core on near pairs, does
 * not load zod.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'space';

/** A piece of the original text. `text === input.slice(start, end)`, always. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Lower-cased, typographically folded form used for comparison. */
  readonly norm: string;
}

/** Options of `tokenize` (a plain interface: the public types leave zod out). */
export interface TokenizeOptions {
  /**
   * Abbreviations (lower-case, no full stop) whose stop belongs to the word: "Nov.", "Mr.".
   * @default ABBREVIATIONS from the built-in lexicon
   */
  abbreviations?: readonly string[];
}

let defaultAbbreviations: ReadonlySet<string> | undefined;

/**
 * Checks the text argument of a text function: cheap, since the pipeline calls these per
 * statement. Not a string is misuse; the text itself is never wrong.
 */
export function checkText(text: unknown, where: string): string {
  if (typeof text !== 'string') throw new ClaimdiffError('invalid-argument', `${where}: found ${describeValue(text)}, expected a string`);
  return text;
}

// Each alternative is a sequence of disjoint character classes, so the engine never has
// two ways to match the same prefix: linear time on any input (see the regex audit test).
const SPACE = /\s+/uy;
const INITIALS = /(?:\p{Lu}\.){2,}|(?:\p{Ll}\.){2,}(?=\s|$)/uy;
const NUMBER = /[$€£¥₹]?\d+(?:[.,:/]\d+)*(?:%|(?:st|nd|rd|th|s)(?![\p{L}\p{N}]))?(?:-\p{L}[\p{L}\p{M}\p{N}]*)*/uy;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const SERIAL = /\s?(?=\d)/uy;
const ELLIPSIS = /\.{2,}|…|-{2,}/uy;
const OTHER = /\S\p{M}*/uy;
const ASCII = /^[\x20-\x7e]*$/;
/** What follows "No." as its serial: a figure, a code in capitals ("MH17", "XIV", "SF-112") or a spelled number ("Seven"). */
const SERIAL_AHEAD = /^\s?(?:\d|\p{Lu}[\p{Lu}\d-]*(?:\d|\p{Lu})(?![\p{Ll}])|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b)/u;

function stick(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null || m[0].length === 0 ? null : m[0];
}

function normOf(text: string): string {
  return (ASCII.test(text) && !text.includes('`') ? text : foldText(text)).toLowerCase();
}

/**
 * Splits text into tokens that cover it completely: words (with inner apostrophes and
 * hyphens: "won’t", "Tehrik-e-Taliban"), numbers with their separators, currency and
 * per cent ("1,600", "$420", "70%"), abbreviations with their stop ("Nov.", "U.S."),
 * serial numbers ("No. 10"), punctuation and whitespace. Joining the token texts gives
 * back the input exactly. O(n) in the length of the text.
 */
export function tokensOf(text: string, abbreviationList?: readonly string[]): Token[] {
  const abbreviations = abbreviationList === undefined ? (defaultAbbreviations ??= new Set(ABBREVIATIONS)) : new Set(abbreviationList);
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind): void => {
    const piece = text.slice(start, end);
    tokens.push({ text: piece, start, end, kind, norm: kind === 'space' ? ' ' : normOf(piece) });
  };
  let at = 0;
  while (at < text.length) {
    let m: string | null;
    if ((m = stick(SPACE, text, at)) !== null) {
      push(at, at + m.length, 'space');
    } else if ((m = stick(INITIALS, text, at)) !== null) {
      push(at, at + m.length, 'word');
    } else if ((m = stick(NUMBER, text, at)) !== null) {
      push(at, at + m.length, 'number');
    } else if ((m = stick(WORD, text, at)) !== null) {
      let end = at + m.length;
      const lower = m.toLowerCase();
      const singleInitial = m.length === 1 && /\p{Lu}/u.test(m);
      // "No." is an abbreviation only before its serial number ("No. 10"); "she said no." ends a sentence.
      const serial = lower === 'no' || lower === 'nos';
      if (text[end] === '.' && (singleInitial || (abbreviations.has(lower) && (!serial || SERIAL_AHEAD.test(text.slice(end + 1, end + 16)))))) {
        end += 1;
        // "No. 10": the serial number belongs to its abbreviation.
        if (lower === 'no' || lower === 'nos') {
          const gap = stick(SERIAL, text, end);
          if (gap !== null || /\d/.test(text[end] ?? '')) {
            const num = stick(NUMBER, text, end + (gap?.length ?? 0));
            if (num !== null) end += (gap?.length ?? 0) + num.length;
          }
        }
      }
      push(at, end, 'word');
      m = text.slice(at, end);
    } else if ((m = stick(ELLIPSIS, text, at)) !== null) {
      push(at, at + m.length, 'punct');
    } else {
      m = stick(OTHER, text, at) ?? (text[at] as string);
      push(at, at + m.length, /^\p{P}/u.test(m) ? 'punct' : 'symbol');
    }
    at += m.length;
  }
  return tokens;
}

/** The tokens that carry content: everything but whitespace. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'space');
}
