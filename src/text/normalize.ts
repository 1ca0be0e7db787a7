import { ClaimdiffError, describeValue } from '../schema/error';

/**
 * Character-level normalisation that keeps a map back to the original offsets, so a span
 * found in normalised text can always be reported in the text the user gave.
 */

/** Typographic variants folded to one form: quotes, apostrophes, dashes, odd spaces. */
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

/** Code points that are dropped: zero-width characters and soft hyphens carry no meaning. */
const DROP = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/u;

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * `map[i]` is the original offset of normalised UTF-16 unit `i`; `map[text.length]` is the
   * original length, so a normalised `[s, e)` maps back to `[map[s], map[e])`.
   */
  readonly map: Int32Array;
}

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');
const DROP_ALL = new RegExp(DROP.source, 'gu');
const SPACES = /\s+/gu;

/**
 * Folds a string the way `normalizeText` does, without keeping a map: the fast path for
 * tokens, which need only their comparison form.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(DROP_ALL, '').replace(FOLDABLE, (c) => FOLD[c] ?? c).replace(SPACES, ' ');
}

/**
 * NFKC per grapheme-ish cluster (a base code point and its combining marks), typographic
 * folding, zero-width removal and whitespace collapsed to one space. O(n).
 *
 * @throws ClaimdiffError when `text` is not a string.
 */
export function normalizeText(text: string): NormalizedText {
  if (typeof text !== 'string') throw new ClaimdiffError('invalid-argument', `normalizeText(text): found ${describeValue(text)}, expected a string`);
  const out: string[] = [];
  const map: number[] = [];
  // A base code point with the combining marks after it, normalised as one unit so that
  // "e" + U+0301 becomes "é" rather than two independently normalised pieces.
  const cluster = /\P{M}\p{M}*|\p{M}+/gsuy;
  let inSpace = false;
  for (let m = cluster.exec(text); m !== null; m = cluster.exec(text)) {
    const unit = m[0];
    const start = m.index;
    if (DROP.test(unit)) continue;
    if (/^\s$/u.test(unit)) {
      if (!inSpace) {
        out.push(' ');
        map.push(start);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const folded = FOLD[unit] ?? unit.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) {
      out.push(folded[i] as string);
      map.push(start);
    }
  }
  map.push(text.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}
