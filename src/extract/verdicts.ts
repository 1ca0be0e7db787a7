/**
 * Statements made by naming something: "Norvale called the accusation false", "described the
 * report as 'complete fiction'", ", calling the claims 'utterly false'", "described him as 'a
 * talented man'". The content runs from the object to the end of the verdict; it denies when
 * the verdict dismisses. Only a quoted or dismissing verdict after an object makes a statement,
 * so "called the police" and "called a 'snap election'" make none.
 */
import { REFLEXIVE_PRONOUNS } from '../lexicon/pronouns';
import type { Attribution } from './attributions';
import { countWords, isOpeningQuote, nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { trimRange } from './reported-speech';
import { contentEnd } from './content-end';
import { goingOnStart } from './going-on';
import { subjectBefore } from './speakers';
import type { VerbInfo } from './word-sets';
import { OBJECT_LEADS } from '../lexicon/determiners';

const LEADS = new Set(OBJECT_LEADS);
const REFLEXIVES = new Set(REFLEXIVE_PRONOUNS);

/** The first token of the verdict in `r`: a quotation or a dismissing word, or -1. */
function verdictStart(doc: Doc, r: Range): number {
  for (let j = r.lo; j < r.hi; j++) if (isOpeningQuote(doc, j) || doc.words.dismissals.has(tok(doc, j).norm)) return j;
  return -1;
}

/** "which describes itself as a 'green pioneer', said …": the clause ends before the main verb. */
function verdictEnd(doc: Doc, lo: number, hi: number): number {
  for (let j = lo; j < hi; j++) {
    if (tok(doc, j).text !== ',' || (doc.quoteOf[j] ?? -1) >= 0) continue;
    const next = nextContent(doc, j, hi);
    const verb = next < 0 ? undefined : doc.words.verbs.get(tok(doc, next).norm);
    if (verb !== undefined && !verb.verdict && (verb.form === 's' || verb.form === 'ed')) return j;
  }
  return hi;
}

/** The attribution of a verb of naming at token `i`, or null when it names nothing with a verdict. */
export function verdictAttribution(doc: Doc, i: number, verb: VerbInfo, range: Range, minWords: number): Attribution | null {
  const n = nextContent(doc, i, range.hi);
  if (n < 0 || doc.words.blockers.get(verb.lemma)?.has(tok(doc, n).norm) || REFLEXIVES.has(tok(doc, n).norm)) return null;
  let speaker = null;
  if (verb.form === 'ing') {
    const p = prevContent(doc, i, range.lo);
    if (p >= 0 && tok(doc, p).text !== ',' && tok(doc, p).norm !== 'by') return null;
  } else {
    // "goes on to call Cohen 'a liar'": the subject of "goes" names.
    const goingOn = verb.form === 'base' ? goingOnStart(doc, i, range.lo) : -1;
    speaker = subjectBefore(doc, goingOn >= 0 ? goingOn : i, range.lo);
    if (speaker === null) return null;
  }
  const r = trimRange(doc, n, verdictEnd(doc, n, contentEnd(doc, n, range.hi)));
  if (r === null || countWords(doc, r.lo, r.hi) < minWords) return null;
  const v = verdictStart(doc, r);
  if (v < 0) return null;
  let object = 0;
  for (let j = r.lo; j < v; j++) if (tok(doc, j).kind === 'word' && !LEADS.has(tok(doc, j).norm)) object++;
  if (object === 0) return null;
  let dismisses = false;
  for (let j = v; j < r.hi && !dismisses; j++) dismisses = doc.words.dismissals.has(tok(doc, j).norm);
  return { cueFirst: i, cueLast: i, lemma: verb.lemma, stance: dismisses ? 'denies' : 'asserts', speaker, content: { range: r } };
}
