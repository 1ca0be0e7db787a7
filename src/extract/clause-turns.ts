import { nextContent, tok, type Doc, type Range } from './doc';

/** Words that may join a clause to the one before it: ", and all of it is a lie", "; but we ask …". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * The places in a sentence where a new clause may begin after a comma or a semicolon, once
 * `minWords` words stand before it (fewer are no statement of their own): for each, the comma's
 * token, the "and" or "but" after it (`joiner`, null when none) and the first word of the new
 * clause, past that joiner. What turns there (a dismissal, an urging, a contrast) is for the
 * caller to read. In text order; O(sentence length).
 */
export function* clauseTurns(doc: Doc, range: Range, minWords: number): Generator<{ comma: number; joiner: string | null; first: number }> {
  let words = 0;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if (t.kind === 'word' || t.kind === 'number') words++;
    if ((t.text !== ',' && t.text !== ';') || words < minWords) continue;
    let k = nextContent(doc, i, range.hi);
    const joiner = k >= 0 && JOINERS.has(tok(doc, k).norm) ? tok(doc, k).norm : null;
    if (joiner !== null) k = nextContent(doc, k, range.hi);
    if (k >= 0) yield { comma: i, joiner, first: k };
  }
}
