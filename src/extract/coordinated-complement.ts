import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { CLAUSE_SUBJECTS } from '../lexicon/pronouns';
import { countWords, nextContent, prevContent, tok, tokenIndexAt, type Doc } from './doc';
import { cutDraft } from './cut-draft';
import type { Draft } from './drafts';

/** The fewest words each side keeps: less is no statement of its own. */
const MIN_WORDS = 4;
/**
 * Words that open a clause's subject after ", and that": a determiner ("the ministry", "its
 * owners"), a subject pronoun ("it paid", "they can't"), "there". A capitalised word ("Varne
 * council") or a figure opens one too. Any other word may be a verb, with "that" its pronoun
 * subject ("…, and that made the council angry", "…, and that hurt every family"): left whole,
 * as are plain nouns ("…, and that officials expect …") for want of telling them apart.
 */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([...PHRASE_DETERMINERS, ...CLAUSE_SUBJECTS, 'these', 'those', 'some', 'many', 'most', 'no', 'none', 'neither', 'nobody', 'nothing', 'all', 'every', 'each', 'both', 'there']);

/** Whether the word at `i` may open the subject of a clause (see `SUBJECT_OPENERS`). */
function opensSubject(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if (t.kind === 'number') return true;
  return t.kind === 'word' && (SUBJECT_OPENERS.has(t.norm) || (/^\p{Lu}/u.test(t.text) && t.norm !== 'i'));
}

/**
 * Where what a speaker said turns, after a comma, to a second clause said ("said the ministry is
 * surprised that …, and that the ministry denounces …"; "told reporters the race can't be about
 * one rival, and that the election is about security"): two statements, each reported, grouped
 * and answered on its own. The offsets where the first ends (its last word before the comma) and
 * the second begins (its first word after "that"), or null: when a side has fewer than
 * `MIN_WORDS` words, when no subject opens the second (see `SUBJECT_OPENERS`: "…, and that is
 * the point", "…, and that old hospital on the hill"), or when the cut falls inside a quotation
 * the statement only partly is ("said the pier was "closed, and that the ferry …" at Varne").
 * O(span length).
 */
export function coordinatedComplement(doc: Doc, start: number, end: number, quoted = false): { before: number; from: number } | null {
  const lo = tokenIndexAt(doc, start);
  const hi = tokenIndexAt(doc, end);
  for (let i = lo; i < hi; i++) {
    if (tok(doc, i).text !== ',' || countWords(doc, lo, i) < MIN_WORDS) continue;
    const and = nextContent(doc, i, hi);
    const that = and < 0 ? -1 : nextContent(doc, and, hi);
    if (that < 0 || tok(doc, and).norm !== 'and' || tok(doc, that).norm !== 'that') continue;
    if (quoted && (doc.quoteOf[i] ?? -1) >= 0) continue;
    const first = nextContent(doc, that, hi);
    const last = prevContent(doc, i, lo);
    if (first < 0 || last < 0 || !opensSubject(doc, first) || countWords(doc, first, hi) < MIN_WORDS) continue;
    return { before: tok(doc, last).end, from: tok(doc, first).start };
  }
  return null;
}

/**
 * Each statement with a second clause said after ", and that" (see `coordinatedComplement`)
 * cut in two, of the same speaker, cue and stance; the second cut again where it turns once
 * more. A draft whose proposition is read in pieces (`content`) is left whole. A denial cut where
 * the claim it denies is cut denies that claim's second part with its own. In place.
 */
export function splitCoordinatedComplements(doc: Doc, drafts: Draft[]): void {
  const seconds = new Map<Draft, Draft>();
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (d.content !== undefined) continue;
    const cut = coordinatedComplement(doc, d.start, d.end, d.kind === 'partial');
    if (cut === null) continue;
    seconds.set(d, cutDraft(drafts, d, cut.before, cut.from));
  }
  // "denied reports that P, and that Q": the denial's Q denies the claim's Q, cut at the same place.
  for (const [d, second] of seconds) {
    const answered = d.denies === undefined ? undefined : seconds.get(d.denies);
    if (answered !== undefined && answered.start === second.start && answered.end === second.end) second.denies = answered;
  }
}
