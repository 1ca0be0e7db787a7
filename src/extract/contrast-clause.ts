import { OWN_MIND_SUBJECTS } from '../lexicon/pronouns';
import { clauseTurns } from './clause-turns';
import { tok, type Doc, type Range } from './doc';

const SUBJECTS: ReadonlySet<string> = new Set(OWN_MIND_SUBJECTS);
/** The fewest words the clause before keeps: less is no statement of its own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Where a sentence of a quotation turns, after a comma, by "but" to a clause with a pronoun
 * subject of its own ("I don't know for sure what happened, but I'm not surprised"; "There is
 * not much that happens in Russia that Putin is not behind, but I don't know enough to know the
 * answer"): two statements, each reported and answered on its own. The offsets where the first
 * clause ends and the second begins (at "but"'s subject), or null. O(sentence length).
 */
export function contrastClause(doc: Doc, range: Range): { before: number; from: number } | null {
  for (const { comma, joiner, first: k } of clauseTurns(doc, range, MIN_CLAUSE_WORDS)) {
    if (tok(doc, comma).text !== ',' || joiner !== 'but' || !SUBJECTS.has(tok(doc, k).norm)) continue;
    return { before: tok(doc, comma).start, from: tok(doc, k).start };
  }
  return null;
}
