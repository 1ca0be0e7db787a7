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

/**
 * A segment that only words the negation: a contradiction by negation on its runs, or a run on
 * one side only whose every content term lies in them ("declined to", "kept quiet").
 */
function wordedOnly(d: Draft, a: readonly Term[], b: readonly Term[], e: Evidence): boolean {
  if (d.label === 'contradict') return (d.reasons.has('negation') || d.reasons.has('antonym')) && (overlaps(d.a, e.a) || overlaps(d.b, e.b));
  if (d.label !== 'added' && d.label !== 'removed') return false;
  const [terms, r, runs] = d.a !== null ? [a, d.a, e.a] : [b, d.b as readonly [number, number], e.b];
  let any = false;
  for (let i = r[0]; i < r[1]; i++) {
    const t = terms[i] as Term;
    if (t.kind === 'punct' || (t.fn && !t.neg)) continue;
    if (!runs.some((x) => x[0] <= i && i < x[1])) return false;
    any = true;
  }
  return any;
}

/**
 * The drafts with each evidence run that lies inside a run on one side only cut out of it as
 * its own contradicting segment: the figure in "… the mayor said 19 people had been killed".
 */
function cutOut(drafts: readonly Draft[], e: Evidence): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const side = d.label === 'removed' ? 'a' : d.label === 'added' ? 'b' : null;
    const r = side === null ? null : d[side];
    const run = side === null ? undefined : e[side].find((x) => r !== null && r[0] <= x[0] && x[1] <= r[1]);
    if (side === null || r === null || run === undefined) {
      out.push(d);
      continue;
    }
    const piece = (lo: number, hi: number, label: Draft['label'], extra: Partial<Draft> = {}): Draft =>
      ({ ...d, label, a: side === 'a' ? [lo, hi] : null, b: side === 'b' ? [lo, hi] : null, ...extra });
    if (r[0] < run[0]) out.push(piece(r[0], run[0], d.label));
    out.push(piece(run[0], run[1], 'contradict', { reasons: new Set([e.reason]), confidence: e.strength }));
    if (run[1] < r[1]) out.push(piece(run[1], r[1], d.label));
  }
  return out;
}

const MARKS: Partial<Record<Check, Mark>> = {
  // The drafts holding the swapped participants, relabelled `contradict`: they say who changed places.
  'role-swap': (drafts, _a, _b, e) =>
    drafts.map((d) => (overlaps(d.a, e.a) || overlaps(d.b, e.b) ? { ...d, label: 'contradict', reasons: new Set([e.reason]), confidence: e.strength } : d)),
  // Each figure of the count, as a contradiction of its own where the alignment left it unpaired.
  count: (drafts, _a, _b, e) => cutOut(drafts, e),
  // The one-sided run holding the negation, relabelled as a contradiction.
  'stray-negation': (drafts, _a, _b, e) =>
    drafts.map((d) => ((d.label === 'added' || d.label === 'removed') && sameRun(d.a, e.a) && sameRun(d.b, e.b) ? { ...d, label: 'contradict', reasons: new Set([e.reason]) } : d)),
  // The negation and the word that says it, one meaning worded two ways: no flip shows.
  'worded-negation': (drafts, a, b, e) => drafts.map((d) => (wordedOnly(d, a, b, e) ? { ...d, label: 'paraphrase', reasons: new Set([...d.reasons, e.reason]) } : d)),
  // The denial cue as its own contradicting segment.
  stance: markStance,
  // A dismissal's cue, marked as a denial's is.
  dismissal: markStance,
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
