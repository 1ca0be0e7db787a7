import type { Reason } from './diff';

/**
 * What a check of the pairwise comparison reports: the checks find, the verdict decides. Each
 * check (src/compare/<stage>/…) looks at the aligned pair for one thing and returns evidence
 * or nothing; it never sets the pair's relation. The one verdict step
 * (src/compare/verdict/decide.ts) reads all of it and the fitted model, decides the relation
 * and its confidence, and the segments are marked with the evidence it used. As ESLint's
 * rules report through `context.report()` and the linter alone gathers the reports.
 */

/** The checks, by name; decide.ts orders them. */
export const CHECKS = ['flip', 'stray-negation', 'individuals', 'count', 'figure', 'modal', 'quantifier', 'role-swap', 'one-sided-negation', 'worded-negation', 'stance', 'dismissal'] as const;
export type Check = (typeof CHECKS)[number];

/** A run `[lo, hi)` of terms on one side of a pair (indices into that side's terms). */
export type TermRun = readonly [number, number];

export interface Evidence {
  readonly check: Check;
  /** What the check found, in words, for a reader: tests, debugging, docs. */
  readonly found: string;
  /** Where on side A (term runs; none when the finding is on side B only). */
  readonly a: readonly TermRun[];
  /** Where on side B. */
  readonly b: readonly TermRun[];
  /** The reason the segments it marks carry. */
  readonly reason: Reason;
  /** How sure the check is of its finding, in [0, 1]: the confidence it lends the verdict. */
  readonly strength: number;
}
