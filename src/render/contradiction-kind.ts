import type { Comparison } from '../schema/analysis';

/** What a contradiction is: a denial of the claim, a changed figure (count, amount, date), a negation, or another. */
export type ContradictionKind = 'denial' | 'figure' | 'negation' | 'other';

export const CONTRADICTION_KINDS: readonly ContradictionKind[] = ['denial', 'figure', 'negation', 'other'];

const FIGURE_REASONS: ReadonlySet<string> = new Set(['number', 'date', 'quantifier']);

/** The kind of a `contradict` comparison: from its own reason (`stance`), else from its contradicting segments' reasons. */
export function contradictionKind(c: Comparison): ContradictionKind {
  if (c.reasons.includes('stance')) return 'denial';
  const reasons = c.segments.filter((s) => s.label === 'contradict').flatMap((s) => s.reasons);
  if (reasons.some((r) => FIGURE_REASONS.has(r))) return 'figure';
  if (reasons.includes('negation')) return 'negation';
  return 'other';
}

const KIND_NAMES: Readonly<Record<ContradictionKind, [string, string]>> = {
  denial: ['denial', 'denials'], figure: ['changed figure', 'changed figures'], negation: ['negation', 'negations'], other: ['other', 'other'],
};

/** The contradictions by kind in words, those of none left out: "2 denials, 1 changed figure". */
export function kindsText(kinds: Readonly<Record<ContradictionKind, number>>): string {
  return CONTRADICTION_KINDS.filter((k) => kinds[k] > 0).map((k) => `${kinds[k]} ${KIND_NAMES[k][kinds[k] === 1 ? 0 : 1]}`).join(', ');
}
