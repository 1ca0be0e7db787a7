import { POINTER_PRONOUNS } from '../lexicon/stance';
import { deniesContent, dismissesContent } from './content-stance';
import { clauseTurns } from './clause-turns';
import { tok, type Doc, type Range } from './doc';

const POINTERS: ReadonlySet<string> = new Set(POINTER_PRONOUNS);
/** The fewest words the clause before the dismissal keeps: less is no statement of its own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Where a sentence of a quotation turns from saying something to dismissing it, within the
 * sentence: "those speculations are put out under a certain angle, and all of it is a complete
 * lie". A comma or semicolon, maybe "and" or "but" (see `clauseTurns`), then a clause that opens
 * with a pointer ("all of it", "this", "that") and dismisses (see `dismissesContent`), after a
 * clause of its own that asserts (neither dismisses nor denies: "we never took the money, and all
 * of this is a lie" stays one denial). The offsets where the first clause ends and the dismissal
 * begins, or null. The sentence's words of quotations inside it are read like the others.
 * O(sentence length).
 */
export function dismissalClause(doc: Doc, range: Range): { before: number; from: number } | null {
  for (const { comma, first: k } of clauseTurns(doc, range, MIN_CLAUSE_WORDS)) {
    if (!POINTERS.has(tok(doc, k).norm)) continue;
    const rest = { lo: k, hi: range.hi };
    const before = { lo: range.lo, hi: comma };
    if (!dismissesContent(doc, rest) || dismissesContent(doc, before) || deniesContent(doc, before)) continue;
    return { before: tok(doc, comma).start, from: tok(doc, k).start };
  }
  return null;
}
