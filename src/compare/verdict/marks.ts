import type { Check, Evidence, TermRun } from '../../schema/evidence';
import type { Draft } from '../align';
import { markStance } from '../stance';
import type { Term } from '../terms';

/**
 * The segments of a pair marked with the evidence its verdict used, so that what a reader
 * sees on the segments is what the verdict rests on. Evidence about segments the alignment
 * already labelled (a flip, another figure) needs no mark.
 */

type Mark = (drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], e: Evidence) => Draft[];

const overlaps = (r: readonly [number, number] | null, runs: readonly TermRun[]): boolean => r !== null && runs.some((x) => r[0] < x[1] && x[0] < r[1]);
const sameRun = (r: readonly [number, number] | null, runs: readonly TermRun[]): boolean =>
  r === null ? runs.length === 0 : runs.length === 1 && (runs[0] as TermRun)[0] === r[0] && (runs[0] as TermRun)[1] === r[1];

const MARKS: Partial<Record<Check, Mark>> = {
  // The drafts holding the swapped participants, relabelled `contradict`: they say who changed places.
  'role-swap': (drafts, _a, _b, e) =>
    drafts.map((d) => (overlaps(d.a, e.a) || overlaps(d.b, e.b) ? { ...d, label: 'contradict', reasons: new Set([e.reason]), confidence: e.strength } : d)),
  // The one-sided run holding the negation, relabelled as a contradiction.
  'stray-negation': (drafts, _a, _b, e) =>
    drafts.map((d) => ((d.label === 'added' || d.label === 'removed') && sameRun(d.a, e.a) && sameRun(d.b, e.b) ? { ...d, label: 'contradict', reasons: new Set([e.reason]) } : d)),
  // The denial cue as its own contradicting segment.
  stance: markStance,
};

/** The drafts with each used evidence's mark applied, in the order the verdict weighed them. */
export function markEvidence(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], used: readonly Evidence[]): Draft[] {
  let out = [...drafts];
  for (const e of used) {
    const mark = MARKS[e.check];
    if (mark !== undefined) out = mark(out, a, b, e);
  }
  return out;
}
