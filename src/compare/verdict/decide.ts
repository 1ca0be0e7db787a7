import type { Relation } from '../../schema/diff';
import type { Check, Evidence } from '../../schema/evidence';
import type { PairMeasures, RelationThresholds } from './measures';

/**
 * The one place a pair's relation is decided. The checks report evidence and never set the
 * relation; this step reads the measures (shares, score, the fitted model) and all the
 * evidence, and names the evidence it used: the segments are marked with it (marks.ts).
 */

/**
 * Where a rule takes the verdict's confidence from: the evidence's strength; one minus the
 * model's paraphrase probability (or the share rule's margin); or one minus the model's
 * probability (or the covered share).
 */
type ConfidenceFrom = 'strength' | 'against-restatement' | 'against-cover';

export interface Rule {
  readonly check: Check;
  readonly relation: Relation;
  /** `always`, or only when the model (or share rule) reads the pair as a restatement. */
  readonly when: 'always' | 'restatement';
  readonly confidence: ConfidenceFrom;
}

/**
 * The rules that decide, in order: the first whose check has evidence, and whose condition
 * holds, decides. Contradicting segments that only tell individuals apart make no
 * contradiction; confirmed flips do, and so does a negation the alignment left among moved
 * words, and two figures for one count however the rest is worded. What otherwise reads as
 * a restatement is none when it has another figure or date, a modal of another force
 * ("will" ~ "may"), a quantifier of another force ("most" ~ "all"), participants in each other's roles, or a negation on one side only.
 */
export const DECIDING: readonly Rule[] = [
  { check: 'individuals', relation: 'differ', when: 'always', confidence: 'against-cover' },
  { check: 'flip', relation: 'contradict', when: 'always', confidence: 'strength' },
  { check: 'stray-negation', relation: 'contradict', when: 'always', confidence: 'strength' },
  { check: 'count', relation: 'contradict', when: 'always', confidence: 'strength' },
  { check: 'figure', relation: 'differ', when: 'restatement', confidence: 'against-restatement' },
  { check: 'modal', relation: 'differ', when: 'restatement', confidence: 'strength' },
  { check: 'quantifier', relation: 'differ', when: 'restatement', confidence: 'strength' },
  { check: 'role-swap', relation: 'differ', when: 'restatement', confidence: 'strength' },
  { check: 'one-sided-negation', relation: 'differ', when: 'restatement', confidence: 'strength' },
];

/**
 * The rules that turn any other verdict into theirs, as sure as their evidence, keeping the
 * evidence it used: a denial of what the other side states contradicts it, whatever the rest
 * says.
 */
export const OVERRIDING: readonly (Rule & { readonly when: 'always'; readonly confidence: 'strength' })[] = [
  { check: 'stance', relation: 'contradict', when: 'always', confidence: 'strength' },
  { check: 'dismissal', relation: 'contradict', when: 'always', confidence: 'strength' },
];

/**
 * The evidence the verdict names without deciding, unless it reached the relation given: a
 * negation one side words ("declined to comment" ~ "did not comment") is why no flip counted,
 * and its segments are marked as one meaning worded two ways.
 */
export const NOTING: readonly { readonly check: Check; readonly unless: Relation }[] = [
  { check: 'worded-negation', unless: 'contradict' },
];

export interface Verdict {
  readonly relation: Relation;
  readonly score: number;
  /**
   * How sure the verdict is: for a contradiction, the strength of its evidence (its surest
   * contradicting segment, or the precision of its kind of denial); for a paraphrase or a
   * difference, the fitted model's probability of that side (its logistic output), or the
   * margin of the share rule when a threshold is given.
   */
  readonly confidence: number;
  /** The evidence the verdict rests on, in the order it was weighed. */
  readonly used: readonly Evidence[];
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Whether the model (or the share rule, without one) reads the pair as a restatement. Only a
 * pair it reads so, or an empty one, can end as a match or paraphrase: no rule gives either.
 */
export function readsAsRestatement(m: PairMeasures, thresholds: RelationThresholds): boolean {
  return m.model !== undefined ? m.model >= 0.5 : m.covered >= (thresholds.paraphrase ?? 1);
}

/**
 * The relation of a pair and its confidence from its measures and its checks' evidence. A
 * pair with nothing of weight matches. Otherwise the first deciding rule with evidence
 * decides; without one, the model (or the share rule) reads a restatement (a match when every
 * segment matches) or a difference. Last, each overriding rule with evidence turns a verdict
 * of another relation into its own.
 */
export function decide(m: PairMeasures, evidence: readonly Evidence[], thresholds: RelationThresholds): Verdict {
  const found = (check: Check): Evidence | undefined => evidence.find((e) => e.check === check);
  let verdict: Verdict = { relation: 'match', score: 1, confidence: 1, used: [] };
  if (!m.empty) {
    const threshold = thresholds.paraphrase ?? 1;
    const restatement = readsAsRestatement(m, thresholds);
    const p = m.model ?? clamp01(0.5 + m.covered - threshold);
    const confidence = (from: ConfidenceFrom, e: Evidence): number => (from === 'strength' ? e.strength : from === 'against-restatement' ? 1 - p : 1 - (m.model ?? m.covered));
    const rule = DECIDING.find((r) => found(r.check) !== undefined && (r.when === 'always' || restatement));
    const e = rule === undefined ? undefined : found(rule.check);
    if (rule !== undefined && e !== undefined) verdict = { relation: rule.relation, score: m.score, confidence: confidence(rule.confidence, e), used: [e] };
    else if (restatement) verdict = { relation: m.exact ? 'match' : 'paraphrase', score: m.score, confidence: m.exact ? Math.max(p, 0.99) : p, used: [] };
    else verdict = { relation: 'differ', score: m.score, confidence: 1 - p, used: [] };
  }
  for (const rule of OVERRIDING) {
    const e = found(rule.check);
    if (e !== undefined && verdict.relation !== rule.relation) verdict = { relation: rule.relation, score: verdict.score, confidence: e.strength, used: [...verdict.used, e] };
  }
  for (const note of NOTING) {
    const e = found(note.check);
    if (e !== undefined && verdict.relation !== note.unless) verdict = { ...verdict, used: [...verdict.used, e] };
  }
  return verdict;
}
