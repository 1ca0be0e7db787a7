import type { Label, Reason, Segment } from '../../schema/diff';
import type { Term } from '../terms';

/** A segment while it is being built: term ranges `[lo, hi)` instead of character spans. */
export interface Draft {
  readonly label: Label;
  readonly a: readonly [number, number] | null;
  readonly b: readonly [number, number] | null;
  readonly reasons: ReadonlySet<Reason>;
  /** Set where a rule knows better than the reason table (a stance, a judge). */
  readonly confidence?: number;
}

const STRENGTH: Readonly<Record<Label, number>> = { contradict: 4, paraphrase: 3, match: 2, removed: 1, added: 1 };

/** Reasons in a fixed order, so output is deterministic and easy to read. */
const REASON_ORDER: readonly Reason[] = [
  'identical', 'case', 'punctuation', 'spelling', 'inflection', 'synonym', 'function-word', 'reorder', 'voice',
  'contraction', 'number', 'date', 'negation', 'antonym', 'entity', 'quantifier', 'modality', 'stance', 'judge', 'hedge', 'attribution',
];

/**
 * How sure each reason makes a label, from the dev sets (see eval/ `calibration`): a segment
 * takes the least sure of its reasons, and a segment with none the label's own default.
 */
const CONFIDENCE: Readonly<Record<Label, { base: number; reasons: Partial<Record<Reason, number>> }>> = {
  match: { base: 0.95, reasons: { identical: 1, case: 0.99, punctuation: 0.98, spelling: 0.9 } },
  paraphrase: {
    base: 0.6,
    reasons: {
      spelling: 0.9, inflection: 0.9, contraction: 0.97, number: 0.95, date: 0.9, 'function-word': 0.85, reorder: 0.8, voice: 0.8,
      synonym: 0.7, entity: 0.6, case: 0.95, punctuation: 0.95, attribution: 0.8,
    },
  },
  contradict: { base: 0.5, reasons: { number: 0.9, date: 0.85, negation: 0.85, quantifier: 0.75, antonym: 0.35, modality: 0.5, entity: 0.4, stance: 0.85 } },
  added: { base: 0.9, reasons: {} },
  removed: { base: 0.9, reasons: {} },
};

/** The confidence of a draft's label: its own when a rule set one, else from its reasons. */
export function draftConfidence(d: Draft): number {
  if (d.confidence !== undefined) return d.confidence;
  const table = CONFIDENCE[d.label];
  let least = 1;
  let any = false;
  for (const r of d.reasons) {
    const c = table.reasons[r];
    if (c === undefined) continue;
    least = Math.min(least, c);
    any = true;
  }
  return any ? least : table.base;
}

function union(x: readonly [number, number] | null, y: readonly [number, number] | null): readonly [number, number] | null {
  if (x === null) return y;
  if (y === null) return x;
  return [Math.min(x[0], y[0]), Math.max(x[1], y[1])];
}

/** The runs a set of drafts covers on one side, for the evidence a check reports about them. */
export function draftRuns(drafts: readonly Draft[], side: 'a' | 'b'): [number, number][] {
  return drafts.flatMap((d) => {
    const r = d[side];
    return r === null ? [] : [[r[0], r[1]] as [number, number]];
  });
}

/** Joins two drafts into one covering both; the stronger label wins (contradict > paraphrase > match). */
export function joinDrafts(x: Draft, y: Draft): Draft {
  const strong = STRENGTH[y.label] > STRENGTH[x.label] ? y : x;
  let label = strong.label;
  // A removal joined with an addition is a replacement of unrelated words: keep it honest.
  if ((label === 'removed' || label === 'added') && (union(x.a, y.a) !== null && union(x.b, y.b) !== null)) label = 'paraphrase';
  const reasons = label === 'contradict' ? new Set([...x.reasons, ...y.reasons].filter((r) => CONTRADICTION.has(r))) : new Set([...x.reasons, ...y.reasons]);
  if (label === 'paraphrase') reasons.delete('identical');
  return { label, a: union(x.a, y.a), b: union(x.b, y.b), reasons };
}

export const CONTRADICTION: ReadonlySet<Reason> = new Set(['negation', 'antonym', 'number', 'date', 'entity', 'quantifier', 'modality', 'stance']);

function sameReasons(x: ReadonlySet<Reason>, y: ReadonlySet<Reason>): boolean {
  return x.size === y.size && [...x].every((r) => y.has(r));
}

function adjacent(x: readonly [number, number] | null, y: readonly [number, number] | null): boolean {
  if (x === null || y === null) return x === y;
  return x[1] === y[0];
}

/** Joins neighbours that say the same thing, so "main hurdle" is one segment, not two. */
export function coalesce(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.label === d.label && sameReasons(prev.reasons, d.reasons) && adjacent(prev.a, d.a) && adjacent(prev.b, d.b)) {
      out[out.length - 1] = { ...prev, a: union(prev.a, d.a), b: union(prev.b, d.b) };
    } else out.push(d);
  }
  return out;
}

/**
 * Joins drafts whose terms come from one token on either side ("won't" read as will + not),
 * and then drafts whose widened ranges overlap, until no character is in two segments.
 * Each round is O(n log n) and merges at least one pair, and rounds stop when none merges;
 * in practice one or two rounds.
 */
export function joinSharedTokens(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[]): Draft[] {
  let current = drafts.slice();
  for (;;) {
    const next = joinRound(current, a, b);
    if (next.length === current.length) return next;
    current = next;
  }
}

function joinRound(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[]): Draft[] {
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const [side, terms] of [['a', a], ['b', b]] as const) {
    const order = drafts.map((d, i) => ({ r: d[side], i })).filter((x): x is { r: readonly [number, number]; i: number } => x.r !== null && x.r[0] < x.r[1]).sort((x, y) => x.r[0] - y.r[0]);
    let reach = -1;
    let holder = -1;
    for (const cur of order) {
      const first = terms[cur.r[0]];
      const last = reach > 0 ? terms[reach - 1] : undefined;
      if (holder >= 0 && (cur.r[0] < reach || (first !== undefined && last !== undefined && cur.r[0] === reach && last.group === first.group))) parent[find(cur.i)] = find(holder);
      if (cur.r[1] > reach) {
        reach = cur.r[1];
        holder = cur.i;
      }
    }
  }
  const joined = new Map<number, Draft>();
  const order: number[] = [];
  drafts.forEach((d, i) => {
    const root = find(i);
    const prev = joined.get(root);
    if (prev === undefined) order.push(root);
    joined.set(root, prev === undefined ? d : joinDrafts(prev, d));
  });
  return order.map((root) => joined.get(root) as Draft);
}

function spanOf(range: readonly [number, number] | null, terms: readonly Term[]): [number, number] | null {
  if (range === null || range[0] >= range[1]) return null;
  return [(terms[range[0]] as Term).start, (terms[range[1] - 1] as Term).end];
}

/** Turns drafts into the public segments, with character spans into the original texts. */
export function toSegments(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[]): Segment[] {
  return drafts.map((d) => ({
    label: d.label,
    a: spanOf(d.a, a),
    b: spanOf(d.b, b),
    reasons: REASON_ORDER.filter((r) => d.reasons.has(r)),
    confidence: Math.round(draftConfidence(d) * 1000) / 1000,
  }));
}
