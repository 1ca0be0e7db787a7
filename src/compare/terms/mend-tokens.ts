import { MONTHS } from '../../lexicon/dates';
import type { Token } from '../../text/tokens';

/**
 * Repairs to the tokens before they are read into terms, for two ways news prints a figure
 * that the tokeniser keeps apart or joins: a thousands separator with a stray space ("1, 429"
 * for "1,429") and a serial abbreviation joined to its number ("No. 10", one token).
 */

/** A count of one to three digits, the start of a figure written with thousands separators. */
const LEADING_GROUP = /^[$€£¥₹]?[1-9]\d{0,2}$/u;
/** A group of exactly three digits, the rest of that figure ("429", "429,000"). */
const THOUSANDS = /^\d{3}(?:,\d{3})*(?:\.\d+)?%?$/u;
/** A serial abbreviation and its number in one token: "No. 10", "Nos.12". */
const JOINED_SERIAL = /^(\p{L}+)\.\s*(\d[\d,]*)$/u;

/**
 * "1, 429 people": a comma right after a count of one to three digits and one space before a
 * group of three is a thousands separator with a stray space, not a list ("1, 2 and 3" has no
 * group of three). Not after a month ("June 1, 429 died"), where the comma ends a date.
 */
function splitThousands(tokens: readonly Token[], i: number): Token | null {
  const [x, comma, y] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (x === undefined || comma === undefined || y === undefined) return null;
  if (!LEADING_GROUP.test(x.text) || comma.text !== ',' || comma.start !== x.end || y.start !== comma.end + 1 || !THOUSANDS.test(y.text)) return null;
  const before = tokens[i - 1];
  if (before !== undefined && MONTHS[before.norm.replace(/\.$/u, '')] !== undefined) return null;
  const text = `${x.text},${y.text}`;
  return { text, start: x.start, end: y.end, kind: 'number', norm: text };
}

/** "No. 10" as one token: the abbreviation and the number as two tokens sharing its span. */
function splitSerial(t: Token, abbreviations: ReadonlySet<string>): Token[] | null {
  const m = JOINED_SERIAL.exec(t.text);
  if (m === null || !abbreviations.has((m[1] as string).toLowerCase())) return null;
  const digits = m[2] as string;
  return [
    { text: t.text.slice(0, t.text.length - digits.length).trimEnd(), start: t.start, end: t.end, kind: 'word', norm: (m[1] as string).toLowerCase() },
    { text: digits, start: t.start, end: t.end, kind: 'number', norm: digits },
  ];
}

/** The tokens with both repairs made. O(n). */
export function mendTokens(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const joined = splitThousands(tokens, i);
    if (joined !== null) {
      out.push(joined);
      i += 2;
      continue;
    }
    out.push(...(splitSerial(t, abbreviations) ?? [t]));
  }
  return out;
}

/**
 * Whether the token at `i` abbreviates "number" before a numeral: one of `abbreviations`
 * followed by a figure in digits, and written as a name is ("No 10", not "no 10 people"):
 * capitalised inside a sentence, or with its stop.
 */
export function numberAbbreviation(tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>, midSentence: boolean): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || !/^\d/u.test(next.text)) return false;
  if (!abbreviations.has(t.norm.replace(/\.$/u, ''))) return false;
  return t.text.endsWith('.') || t.start === next.start || (midSentence && /^\p{Lu}/u.test(t.text));
}
