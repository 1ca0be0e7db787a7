import { countWords, nextContent, tok, type Doc, type Range } from './doc';

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
