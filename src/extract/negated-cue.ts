import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { prevContent, tok, type Doc } from './doc';

/** Negations of a verb ("not", "never", "didn't", "neither … nor"), not of a noun phrase ("no", "none", "without"). */
const NEGATING: ReadonlySet<string> = new Set(NEGATION_CUES.filter((w) => !['no', 'none', 'nobody', 'nothing', 'nowhere', 'without'].includes(w)));

/** Subjects that say no one does it: "Nobody disputes that …", "None say …" ("no one" is read from its two words). */
const NO_ONE: ReadonlySet<string> = new Set(['nobody', 'none', 'noone']);

/** What stands between such a negation and the verb: auxiliaries and a few adverbs ("has not yet denied", "did not publicly say"). */
const BETWEEN: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, 'been', 'also', 'ever', 'yet', 'even', 'so', 'actually', 'explicitly']);

/** How many words back the negation may stand: "would not have ever said". */
const REACH = 4;

/**
 * Whether the reporting verb at `cue` is negated: "Kestin never said the Front was behind the
 * attack", "did not deny that …", "has not confirmed …", "neither confirmed nor denied …". What
 * such a verb reports is neither stated nor denied by its subject, nor by a subject that is no
 * one ("Nobody disputes that …"): no statement (a denial of
 * having said it is read from the clause that reports it: "he said he never said …"). O(REACH).
 */
export function isNegatedCue(doc: Doc, cue: number, lo: number): boolean {
  let after = '';
  for (let j = prevContent(doc, cue, lo), steps = 0; j >= 0 && steps < REACH; j = prevContent(doc, j, lo), steps++) {
    const t = tok(doc, j);
    if (t.kind !== 'word') return false;
    // "Nobody disputes that …", "No one says …": no one is said to say it.
    if (NO_ONE.has(t.norm) || (t.norm === 'one' && tok(doc, prevContent(doc, j, lo))?.norm === 'no')) return true;
    // "not only denied the report but …" adds to the denial; it negates nothing.
    if (NEGATING.has(t.norm)) return !ADDING.has(after);
    if (!BETWEEN.has(t.norm) && !/^\p{Ll}+ly$/u.test(t.text)) return false;
    after = t.norm;
  }
  return false;
}

/** Words that make a negation before them one of addition: "not only", "not just", "not merely". */
const ADDING: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply']);
