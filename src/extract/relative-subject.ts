/**
 * A reported clause whose subject is a relative pronoun: "The Norwegians, whom Hersh claimed had
 * assisted the U.S. Navy, …", "a senator who aides said had voted twice". What the speaker says
 * is "the Norwegians had assisted the U.S. Navy": the antecedent and the clause after the cue,
 * with the pronoun, the speaker and the cue left out, as an accusation's pieces are.
 */
import { CUE_AUXILIARIES } from '../lexicon/attribution';
import { prevContent, tok, type Doc, type Range } from './doc';
import { phraseEndingAt, type Mention } from './speakers';

const RELATIVE_SUBJECTS = new Set(['who', 'whom']);

/** Auxiliaries and modals a subjectless clause opens with ("had assisted", "would resign", "was armed"). */
const OPENING_AUXILIARIES = new Set(CUE_AUXILIARIES.filter((w) => /^(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|may|might|should)$/.test(w)));

/**
 * The antecedent and the clause, when the speaker of a cue stands right after "who" or "whom"
 * (", whom Hersh claimed") and the content opens with an auxiliary, so it lacks its subject:
 * null otherwise, or when no name or speaker-like phrase ends before the pronoun.
 */
export function relativeSubject(doc: Doc, speaker: Mention, content: Range, lo: number): readonly [Range, Range] | null {
  if (!OPENING_AUXILIARIES.has(tok(doc, content.lo).norm)) return null;
  const rel = prevContent(doc, speaker.first, lo);
  if (rel < 0 || !RELATIVE_SUBJECTS.has(tok(doc, rel).norm)) return null;
  let end = prevContent(doc, rel, lo);
  const parenthetical = end >= 0 && tok(doc, end).text === ',';
  if (parenthetical) end = prevContent(doc, end, lo);
  const antecedent = phraseEndingAt(doc, end, lo);
  if (antecedent === null || tok(doc, antecedent.first).kind !== 'word') return null;
  // ", who aides said had voted twice, declined to comment": the comma closes the clause.
  const hi = parenthetical ? closingComma(doc, content) : content.hi;
  return [{ lo: antecedent.first, hi: antecedent.last + 1 }, { lo: content.lo, hi }];
}

/** The first comma outside quotations inside `r`, or its end. */
function closingComma(doc: Doc, r: Range): number {
  for (let i = r.lo + 1; i < r.hi; i++) if (tok(doc, i).text === ',' && (doc.quoteOf[i] ?? -1) < 0) return i;
  return r.hi;
}
