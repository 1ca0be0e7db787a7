import { POINTER_PRONOUNS } from '../lexicon/stance';
import { deniesContent, dismissesContent } from './content-stance';
import { nextContent, tok, type Doc, type Range } from './doc';

const POINTERS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
/** Words that may join a closing dismissal to the clause it dismisses: ", and all of it is a lie", "; but this is fiction". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but']);
/** The fewest words the clause before the dismissal keeps: less is no statement of its own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Where a sentence of a quotation turns from saying something to dismissing it, within the
 * sentence: "those speculations are put out under a certain angle, and all of it is a complete
 * lie". A comma or semicolon, maybe "and" or "but", then a clause that opens with a pointer ("all
 * of it", "this", "that") and dismisses (see `dismissesContent`), after a clause of its own that
 * asserts (neither dismisses nor denies: "we never took the money, and all of this is a lie"
 * stays one denial). The offsets where the first clause ends and the dismissal begins, or null. The
 * sentence's words of quotations inside it are read like the others. O(sentence length).
 */
export function dismissalClause(doc: Doc, range: Range): { before: number; from: number } | null {
  let words = 0;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if (t.kind === 'word' || t.kind === 'number') words++;
    if (t.text !== ',' && t.text !== ';') continue;
    if (words < MIN_CLAUSE_WORDS) continue;
    let k = nextContent(doc, i, range.hi);
    if (k >= 0 && JOINERS.has(tok(doc, k).norm)) k = nextContent(doc, k, range.hi);
    if (k < 0 || !POINTERS.has(tok(doc, k).norm)) continue;
    const rest = { lo: k, hi: range.hi };
    const first = { lo: range.lo, hi: i };
    if (!dismissesContent(doc, rest) || dismissesContent(doc, first) || deniesContent(doc, first)) continue;
    return { before: t.start, from: tok(doc, k).start };
  }
  return null;
}
