import { EXPRESSING_VERB_FORMS, STATED_FEELINGS } from '../lexicon/reporting-verbs';
import type { Attribution } from './attributions';
import { countWords, nextContent, tok, type Doc, type Range } from './doc';
import { trimRange } from './reported-speech';
import { contentEnd } from './content-end';
import { subjectBefore } from './speakers';

const LEMMA_OF: ReadonlyMap<string, string> = new Map(Object.entries(EXPRESSING_VERB_FORMS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));
const FEELINGS: ReadonlySet<string> = new Set(STATED_FEELINGS);
/** Words that may stand between the verb and the feeling: "expressed deep concern", "voiced its hope". */
const MAX_BETWEEN = 2;

/**
 * The attribution of "X expressed (deep) concern that P", "voiced hope that P" at token `i`: X's
 * view, P its content (asserted: the feeling is X's, what follows "that" what X holds). Null when
 * the verb has no subject before it, no feeling noun a few words after it, no "that" right after
 * the noun, or fewer than `minWords` words after "that". The cue runs from the verb to the noun.
 */
export function feelingAttribution(doc: Doc, i: number, range: Range, minWords: number): (Attribution & { content: { range: Range } }) | null {
  const lemma = LEMMA_OF.get(tok(doc, i).norm);
  if (lemma === undefined) return null;
  let k = nextContent(doc, i, range.hi);
  for (let n = 0; n < MAX_BETWEEN && k >= 0 && !FEELINGS.has(tok(doc, k).norm); n++) k = nextContent(doc, k, range.hi);
  if (k < 0 || !FEELINGS.has(tok(doc, k).norm)) return null;
  const that = nextContent(doc, k, range.hi);
  if (that < 0 || tok(doc, that).norm !== 'that') return null;
  const speaker = subjectBefore(doc, i, range.lo);
  if (speaker === null) return null;
  const from = nextContent(doc, that, range.hi);
  if (from < 0) return null;
  const r = trimRange(doc, from, contentEnd(doc, from, range.hi));
  if (r === null || countWords(doc, r.lo, r.hi) < minWords) return null;
  return { cueFirst: i, cueLast: k, lemma, stance: 'asserts', speaker, content: { range: r } };
}
