import { ORDER_VERBS } from '../lexicon/reporting-verbs';
import { FIRST_PERSON_PRONOUNS } from '../lexicon/pronouns';
import { clauseTurns } from './clause-turns';
import { nextContent, tok, type Doc, type Range } from './doc';

const URGING: ReadonlySet<string> = new Set(ORDER_VERBS);
const FIRST_PERSON: ReadonlySet<string> = new Set(FIRST_PERSON_PRONOUNS);
/** The fewest words the clause before keeps: less is no statement of its own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Where a sentence of a quotation turns from saying something to urging someone: a comma or a
 * semicolon, maybe "and" or "but" (see `clauseTurns`), then "we" or "I" and a verb of urging in
 * the present ("We stand by our reporting and the sources who informed it, and we urge the
 * Special Counsel to make clear what he's disputing"). What is urged is no part of what was said
 * before it: the two are two statements, and a denial of the first ("its report was inaccurate")
 * does not answer the second. The offsets where the first clause ends and the urging begins, or
 * null. O(sentence length).
 */
export function urgingClause(doc: Doc, range: Range): { before: number; from: number } | null {
  for (const { comma, first: k } of clauseTurns(doc, range, MIN_CLAUSE_WORDS)) {
    if (!FIRST_PERSON.has(tok(doc, k).norm)) continue;
    let v = nextContent(doc, k, range.hi);
    // "we also urge", "we strongly urge".
    if (v >= 0 && (tok(doc, v).norm === 'also' || /^\p{Ll}+ly$/u.test(tok(doc, v).text))) v = nextContent(doc, v, range.hi);
    if (v < 0 || !URGING.has(tok(doc, v).norm)) continue;
    return { before: tok(doc, comma).start, from: tok(doc, k).start };
  }
  return null;
}
