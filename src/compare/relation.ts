import type { Label, Relation } from '../schema/diff';
import type { Draft } from './draft';
import type { Term } from './terms';

/** Thresholds of the pair verdict, tuned on the dev splits (see eval/). */
export interface RelationThresholds {
  /**
   * Share of each side's meaning that must be matched or paraphrased for a paraphrase.
   * @default 0.8
   */
  readonly paraphrase: number;
  /**
   * Share of each side that must be aligned (matched, paraphrased or contradicted) for a
   * contradiction to count: below it the texts are about different things, and they differ.
   * @default 0.6
   */
  readonly contradict: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { paraphrase: 0.8, contradict: 0.6 };

/** How much a term weighs in the verdict: content words carry the claim, punctuation nothing. */
function weight(t: Term): number {
  if (t.kind === 'punct') return 0;
  if (t.fn) return 0.2;
  return t.kind === 'word' ? 1 : 1.5;
}

/** How much of a term's weight counts as agreement under each label (for the score). */
const AGREEMENT: Readonly<Record<Label, number>> = { match: 1, paraphrase: 0.85, contradict: 0.35, added: 0, removed: 0 };

interface Side {
  total: number;
  agreed: number;
  aligned: number;
  covered: number;
}

function tally(drafts: readonly Draft[], terms: readonly Term[], side: 'a' | 'b'): Side {
  const s: Side = { total: 0, agreed: 0, aligned: 0, covered: 0 };
  for (const t of terms) s.total += weight(t);
  for (const d of drafts) {
    const r = d[side];
    if (r === null) continue;
    let w = 0;
    for (let i = r[0]; i < r[1]; i++) w += weight(terms[i] as Term);
    s.agreed += w * AGREEMENT[d.label];
    if (d.label !== 'added' && d.label !== 'removed') s.aligned += w;
    if (d.label === 'match' || d.label === 'paraphrase') s.covered += w;
  }
  return s;
}

/**
 * The verdict for a whole pair, and a similarity score in [0, 1]. A contradiction needs the
 * two wordings to be about the same thing (enough aligned on both sides); a paraphrase needs
 * both sides mostly matched or paraphrased; anything else differs.
 */
export function judgePair(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], thresholds: RelationThresholds): { relation: Relation; score: number } {
  const sa = tally(drafts, a, 'a');
  const sb = tally(drafts, b, 'b');
  const total = sa.total + sb.total;
  if (total === 0) return { relation: 'match', score: 1 };
  const score = Math.min(1, Math.max(0, (sa.agreed + sb.agreed) / total));
  const share = (x: number, s: Side): number => (s.total === 0 ? 1 : x / s.total);
  const aligned = Math.min(share(sa.aligned, sa), share(sb.aligned, sb));
  const covered = Math.min(share(sa.covered, sa), share(sb.covered, sb));
  if (drafts.some((d) => d.label === 'contradict') && aligned >= thresholds.contradict) return { relation: 'contradict', score };
  if (covered >= thresholds.paraphrase) {
    const exact = drafts.every((d) => d.label === 'match');
    return { relation: exact ? 'match' : 'paraphrase', score };
  }
  return { relation: 'differ', score };
}
