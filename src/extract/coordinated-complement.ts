import { countWords, nextContent, tok, tokenIndexAt, type Doc } from './doc';
import { cutDraft } from './cut-draft';
import type { Draft } from './drafts';

/** The fewest words each side keeps: less is no statement of its own. */
const MIN_WORDS = 4;
/**
 * Words after ", and that" that make "that" a pronoun, not the opening of a second clause said:
 * "…, and that is my wheelhouse", "…, and that seemed like the height of disdain".
 */
const PRONOUN_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', "'s", '’s', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did',
]);

/**
 * Where what a speaker said turns, after a comma, to a second clause said ("said the ministry is
 * surprised that …, and that the ministry denounces …"; "told reporters the race can't be about
 * one rival, and that the election is about security"): two statements, each reported, grouped
 * and answered on its own. The offsets where the first ends (before the comma) and the second
 * begins (after "that"), or null: when a side has fewer than `MIN_WORDS` words, or "that" is a
 * pronoun doing the verb after it ("…, and that is the point"; a verb ending in -s or -ed:
 * "and that needs recognition", "and that seemed right"). O(span length).
 */
export function coordinatedComplement(doc: Doc, start: number, end: number): { before: number; from: number } | null {
  const lo = tokenIndexAt(doc, start);
  const hi = tokenIndexAt(doc, end);
  for (let i = lo; i < hi; i++) {
    if (tok(doc, i).text !== ',' || countWords(doc, lo, i) < MIN_WORDS) continue;
    const and = nextContent(doc, i, hi);
    const that = and < 0 ? -1 : nextContent(doc, and, hi);
    if (that < 0 || tok(doc, and).norm !== 'and' || tok(doc, that).norm !== 'that') continue;
    const first = nextContent(doc, that, hi);
    if (first < 0 || countWords(doc, first, hi) < MIN_WORDS) continue;
    const w = tok(doc, first);
    if (PRONOUN_VERBS.has(w.norm) || (w.kind === 'word' && !/^\p{Lu}/u.test(w.text) && /(?:[^s]s|ed)$/u.test(w.norm))) continue;
    return { before: tok(doc, i).start, from: w.start };
  }
  return null;
}

/**
 * Each statement with a second clause said after ", and that" (see `coordinatedComplement`)
 * cut in two, of the same speaker, cue and stance; the second cut again where it turns once
 * more. A draft whose proposition is read in pieces (`content`) is left whole. In place.
 */
export function splitCoordinatedComplements(doc: Doc, drafts: Draft[]): void {
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (d.content !== undefined) continue;
    const cut = coordinatedComplement(doc, d.start, d.end);
    if (cut === null) continue;
    cutDraft(drafts, d, cut.before, cut.from);
  }
}
