import type { Label } from '../../schema/diff';
import type { Draft } from '../align';
import { matchUnordered, weight, type RelateContext, type Term, type TermPair } from '../terms';
import { verdictFeatures } from './features';
import { PARAPHRASE_MODEL, paraphraseLogit, type VerdictFeatures } from './model';
import { verdictCues } from './verdict-cues';

/** Thresholds of the pair verdict, tuned on the dev splits (see eval/). */
export interface RelationThresholds {
  /**
   * Share of each side's meaning that must be matched or paraphrased for a paraphrase. When
   * unset, the fitted verdict of `PARAPHRASE_MODEL` decides instead (see model.ts).
   * @default undefined
   */
  readonly paraphrase?: number | undefined;
  /**
   * Share of each side that must be aligned (matched, paraphrased or contradicted) for a
   * contradiction to count: below it the texts are about different things, and they differ.
   * @default 0.9
   */
  readonly contradict: number;
  /**
   * Share of the negated side's content the other side must state for a negation to make a
   * contradiction: "no man is eating food" contradicts "a man is eating some food", but "the
   * person is not writing with a pencil" does not contradict "a person is writing".
   * @default 0.8
   */
  readonly negationScope: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { contradict: 0.9, negationScope: 0.8 };

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

/** Pairs compared word by word, regardless of order, before the cost stops being worth it. */
const MAX_LOOSE_PAIRS = 40_000;

/**
 * What each side shares with the other in any order: the alignment keeps order, so a clause
 * moved to the front ("After posting bail, Jackson flew …" ~ "Jackson posted bail and flew …")
 * looks removed and added there, while for the verdict it is the same content.
 * O(n·m) relations, bounded by MAX_LOOSE_PAIRS (beyond it the alignment alone decides).
 */
function looseCover(a: readonly Term[], b: readonly Term[], ctx: RelateContext): TermPair[] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  a.forEach((t, i) => t.kind !== 'punct' && xs.push(i));
  b.forEach((t, j) => t.kind !== 'punct' && ys.push(j));
  if (xs.length * ys.length > MAX_LOOSE_PAIRS) return null;
  return matchUnordered(a, b, xs, ys, ctx).filter((p) => p.rel.label !== 'contradict');
}


/**
 * The features the fitted verdict reads for a pair, as `measurePair` computes them (exported for
 * scripts/fit-verdict.ts, which refits the model on them). O(n·m), bounded as `looseCover` is.
 */
export function pairVerdictFeatures(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext, loose: readonly TermPair[] | null = looseCover(a, b, ctx)): VerdictFeatures {
  return verdictFeatures(drafts, a, b, loose, verdictCues(loose, ctx, a, b));
}

/** What the verdict weighs besides the checks' evidence. */
export interface PairMeasures {
  /** No term of either side weighs anything (punctuation only, or nothing): the pair matches. */
  readonly empty: boolean;
  /** Similarity in [0, 1]: each term's weight by how far its segment agrees (AGREEMENT). */
  readonly score: number;
  /** Least share by weight, over the two sides, aligned: matched, paraphrased or contradicted. */
  readonly aligned: number;
  /** Least share by weight, over the two sides, matched or paraphrased, in order or in any order. */
  readonly covered: number;
  /** The fitted model's probability of a paraphrase (model.ts); undefined when a share threshold decides instead. */
  readonly model: number | undefined;
  /** The order-free pairing of the two sides' terms; null when it was too costly. */
  readonly loose: readonly TermPair[] | null;
  /** Every segment is a match. */
  readonly exact: boolean;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The measures of a pair: how much of each side found a counterpart, in order and in any
 * order, a similarity score, and the fitted model's reading of it (not computed for an empty
 * pair, nor when `thresholds.paraphrase` is given). O(n·m), bounded as `looseCover` is.
 */
export function measurePair(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext, thresholds: RelationThresholds): PairMeasures {
  const sa = tally(drafts, a, 'a');
  const sb = tally(drafts, b, 'b');
  const loose = looseCover(a, b, ctx);
  if (loose !== null) {
    sa.covered = Math.max(sa.covered, loose.reduce((w, p) => w + weight(a[p.x] as Term), 0));
    sb.covered = Math.max(sb.covered, loose.reduce((w, p) => w + weight(b[p.y] as Term), 0));
  }
  const total = sa.total + sb.total;
  const exact = drafts.every((d) => d.label === 'match');
  if (total === 0) return { empty: true, score: 1, aligned: 1, covered: 1, model: undefined, loose, exact };
  const share = (x: number, s: Side): number => (s.total === 0 ? 1 : x / s.total);
  return {
    empty: false,
    score: Math.min(1, Math.max(0, (sa.agreed + sb.agreed) / total)),
    aligned: Math.min(share(sa.aligned, sa), share(sb.aligned, sb)),
    covered: Math.min(share(sa.covered, sa), share(sb.covered, sb)),
    model: thresholds.paraphrase === undefined ? sigmoid(paraphraseLogit(pairVerdictFeatures(drafts, a, b, ctx, loose), PARAPHRASE_MODEL)) : undefined,
    loose,
    exact,
  };
}
