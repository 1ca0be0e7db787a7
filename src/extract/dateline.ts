import { countWords, isDash, nextContent, tok, type Doc, type Range } from './doc';

/** The most words a dateline holds: a place, a day and an agency ("LONDON, Feb 8 (Reuters)"). */
const MAX_DATELINE_WORDS = 6;

/**
 * Whether a stretch is a wire report's dateline ("DAMASCUS, (ST)", "WASHINGTON (Reuters)",
 * "LONDON, Feb 8 (Reuters)"): it opens the sentence at `sentenceStart`, with a place in capitals
 * followed by a comma or a parenthesis, and holds a few words. "NATO jets hit the depot - the
 * ministry said" opens with capitals too, but a word follows them: its content stays.
 */
export function isDateline(doc: Doc, r: Range, sentenceStart: number): boolean {
  const first = tok(doc, r.lo);
  if (r.lo !== nextContent(doc, sentenceStart - 1, r.hi) || first.kind !== 'word' || !/^\p{Lu}{3,}$/u.test(first.text)) return false;
  const n = nextContent(doc, r.lo, r.hi);
  const after = n < 0 ? '' : tok(doc, n).text;
  return (after === ',' || after === '(') && countWords(doc, r.lo, r.hi) <= MAX_DATELINE_WORDS;
}

/** The most words before the dash a dateline opening a sentence holds: "PORT ELLIS, June 10 (Northwire) -". */
const MAX_OPENING_WORDS = 8;

/**
 * The sentence `range` without the wire dateline that opens it before a dash ("PORT ELLIS, June
 * 10 (Northwire) - Mayor Harriet Voss said …", "KALIVA, Sept 2 (Northwire) - At least 12
 * people were killed …, the governor said"): a place in capitals, one word or several, then a
 * comma or a parenthesis, and only capitalised words and figures up to the dash. Else `range`.
 */
export function withoutDateline(doc: Doc, range: Range): Range {
  const first = tok(doc, range.lo);
  if (first === undefined || first.kind !== 'word' || !/^\p{Lu}{3,}$/u.test(first.text)) return range;
  let k = nextContent(doc, range.lo, range.hi);
  while (k >= 0 && tok(doc, k).kind === 'word' && /^\p{Lu}{2,}$/u.test(tok(doc, k).text)) k = nextContent(doc, k, range.hi);
  if (k < 0 || (tok(doc, k).text !== ',' && tok(doc, k).text !== '(')) return range;
  for (let words = 0; k >= 0 && words <= MAX_OPENING_WORDS; k = nextContent(doc, k, range.hi)) {
    const t = tok(doc, k);
    if (isDash(t)) {
      const after = nextContent(doc, k, range.hi);
      return after < 0 ? range : { lo: after, hi: range.hi };
    }
    if (t.kind === 'word' || t.kind === 'number') {
      if (!/^[\p{Lu}\d]/u.test(t.text)) return range;
      words++;
    }
  }
  return range;
}
