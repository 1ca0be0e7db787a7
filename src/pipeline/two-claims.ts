import type { ClaimDiff, Reason } from '../schema/diff';

/** Reasons of a contradicting segment that are a negation on one side only, not another figure, date, party or antonym. */
const NEGATION: ReadonlySet<Reason> = new Set(['negation', 'stance']);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Whether a text holds a word that is not a name (not capitalised) of at least three letters. */
const beyondNames = (text: string): boolean => [...text.matchAll(WORD)].some(([w]) => w.length >= 3 && !/^\p{Lu}/u.test(w));

/**
 * Two claims, `a` and `b` their texts, `d` the pairwise core's diff of them. A `contradict`
 * read from a negation alone ("This is not a Harbour Pride moment" against "the Harbour Pride
 * movement was chosen …") needs more in common than names: when what the two align on both
 * sides is names only, the negation is of something else and the pair is `differ`, its
 * segments kept. A contradiction by another figure, date, party or antonym is kept, as is any
 * other relation.
 */
export function judgeTwoClaims(a: string, b: string, d: ClaimDiff): ClaimDiff {
  if (d.relation !== 'contradict') return d;
  const contra = d.segments.filter((s) => s.label === 'contradict');
  if (!contra.every((s) => s.reasons.length === 0 || s.reasons.every((r) => NEGATION.has(r)))) return d;
  const shared = d.segments.some((s) => s.a !== null && s.b !== null && s.label !== 'added' && s.label !== 'removed'
    && beyondNames(a.slice(s.a[0], s.a[1])) && beyondNames(b.slice(s.b[0], s.b[1])));
  return shared ? d : { relation: 'differ', score: d.score, segments: d.segments, issues: d.issues };
}
