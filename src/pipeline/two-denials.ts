import type { ClaimDiff, Reason, Segment } from '../schema/diff';

/**
 * Reasons of a contradicting segment that are only the denial's own cue: "no team was sent"
 * holds its negation in its text, where "denied sending a team" has it in the verb outside the
 * text it reports.
 */
const CUE: ReadonlySet<Reason> = new Set(['negation', 'stance']);

const isCue = (s: Segment): boolean => s.label === 'contradict' && s.reasons.length > 0 && s.reasons.every((r) => CUE.has(r));

/**
 * The denial's cue written in one text only: added or removed on its side, a paraphrase when
 * both sides hold it. Its reasons stay the core's, which say what differs in the two texts.
 */
function asCue(s: Segment): Segment {
  const label = s.a === null ? 'added' : s.b === null ? 'removed' : 'paraphrase';
  return { ...s, label };
}

/**
 * Two denials, `d` the pairwise core's diff of their texts. Neither asserts anything, so they
 * never contradict each other: two denials of one proposition agree ("denied sending a team to
 * Varnholm" ~ "no team was sent to Varnholm"), and denials of two figures, dates or parties
 * ("denied 30 were hurt" ~ "denied 40 were hurt") may both be true. A core `contradict` becomes
 * a `paraphrase` when all it contradicted was the denial's cue written in one text only, the
 * rest matching or paraphrased (the cue then `added`, `removed` or `paraphrase`); otherwise
 * `differ`, its other contradicting segments kept so the view shows what the two deny
 * differently. Any other relation is kept.
 */
export function judgeTwoDenials(d: ClaimDiff): ClaimDiff {
  if (d.relation !== 'contradict') return d;
  const segments = d.segments.map((s) => (isCue(s) ? asCue(s) : s));
  const agree = segments.every((s, k) => isCue(d.segments[k] as Segment) || s.label === 'match' || s.label === 'paraphrase');
  // The core's confidence was that of its contradiction, so it is not carried over.
  return { relation: agree ? 'paraphrase' : 'differ', score: d.score, segments, issues: d.issues };
}
