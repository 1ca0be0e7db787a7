/**
 * A reported clause whose subject is a relative pronoun: "The Norwegians, whom Hersh claimed had
 * assisted the U.S. Navy, were …", "police arrested a man who witnesses said was carrying a
 * knife". What the speaker says is "the Norwegians had assisted the U.S. Navy": the antecedent
 * and the clause after the cue, with the pronoun, the speaker and the cue left out, as an
 * accusation's pieces are.
 */
import { CONTRACTIONS } from '../lexicon/contractions';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { OBLIGATION_MODALS } from '../lexicon/modals';
import { nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { phraseEndingAt, type Mention } from './speakers';

const RELATIVE_SUBJECTS = new Set(['who', 'whom']);

const AUXILIARIES: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, ...OBLIGATION_MODALS]);

/** Words a subjectless clause opens with: an auxiliary or a modal, or one contracted with "not" ("had assisted", "would resign", "hadn't voted"). */
const OPENING_AUXILIARIES: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...Object.entries(CONTRACTIONS).filter(([, words]) => AUXILIARIES.has(words[0] as string) && words[1] === 'not').map(([form]) => form),
]);

/**
 * The antecedent and the clause, when the speaker of a cue stands right after "who" or "whom"
 * (", whom Hersh claimed") and the content opens with an auxiliary, so it lacks its subject;
 * null otherwise, when no name or speaker-like phrase ends before the pronoun, or when the
 * clause is not seen to close: set off by a comma, it ends where the reading of a cue in a
 * relative clause ended it (a comma before the verb of the clause it interrupts: see
 * `contentEnd`); or, its antecedent inside the sentence rather than opening it, it ends the
 * sentence (`hi`). Run on into the clause it interrupts ("The senator who aides said had voted
 * twice resigned", "Kerry, who aides said hadn't voted, left early"), the antecedent would make
 * one false sentence of the two.
 */
export function relativeSubject(doc: Doc, speaker: Mention, content: Range, lo: number, hi: number): readonly [Range, Range] | null {
  if (!OPENING_AUXILIARIES.has(tok(doc, content.lo).norm.replace(/’/g, "'"))) return null;
  const rel = prevContent(doc, speaker.first, lo);
  if (rel < 0 || !RELATIVE_SUBJECTS.has(tok(doc, rel).norm)) return null;
  let end = prevContent(doc, rel, lo);
  const parenthetical = end >= 0 && tok(doc, end).text === ',';
  if (parenthetical) end = prevContent(doc, end, lo);
  const antecedent = phraseEndingAt(doc, end, lo);
  if (antecedent === null || tok(doc, antecedent.first).kind !== 'word') return null;
  const after = nextContent(doc, content.hi - 1, hi);
  const closedByComma = parenthetical && after >= 0 && tok(doc, after).text === ',';
  // An antecedent that opens its sentence is the subject of a verb still to come: its clause
  // must close before it. One inside the sentence may end it with its clause.
  const endsSentence = (after < 0 || /^[.!?]+$/.test(tok(doc, after).text)) && prevContent(doc, antecedent.first, lo) >= 0;
  if (!closedByComma && !endsSentence) return null;
  return [{ lo: antecedent.first, hi: antecedent.last + 1 }, content];
}
