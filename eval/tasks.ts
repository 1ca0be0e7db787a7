/**
 * How each labelled set is read against claimdiff's four relations: which figures it gives,
 * what counts as an error, and which errors are the worst. Each task hides its gold type in
 * closures so the harness handles every set alike.
 */
import type { Relation } from '../src/schema/diff';
import type { Objective, Prediction } from './baselines';
import {
  EMERGENT_STANCES,
  parseEmergent,
  parseMrpc,
  parseSick,
  parseSts,
  parseTwitterUrl,
  SICK_LABELS,
  type DatasetKind,
  type Pair,
  type SickLabel,
} from './datasets';
import { accuracy, countBinary, fixed3, pearson, precisionRecallF1, spearman } from './metrics';

export interface Task {
  readonly kind: DatasetKind;
  readonly pairs: readonly { readonly a: string; readonly b: string }[];
  /** Confusion-table row of each pair, and the order the rows are printed in. */
  readonly goldLabels: readonly string[];
  readonly goldOrder: readonly string[];
  /** The binary "same meaning" reading of gold, on which the overlap threshold is tuned. */
  readonly positive: readonly boolean[];
  readonly objective: Objective;
  /** Named figures, in print order. */
  figures(predicted: readonly Prediction[]): [string, string][];
  isError(index: number, prediction: Prediction): boolean;
  /** Larger is worse; only compared between errors of one task. */
  severity(index: number, prediction: Prediction): number;
}

interface Spec<G> {
  goldOrder: readonly string[];
  label(gold: G): string;
  positive(gold: G): boolean;
  objective: Objective;
  figures(gold: readonly G[], predicted: readonly Prediction[]): [string, string][];
  isError(gold: G, prediction: Prediction): boolean;
  severity(gold: G, prediction: Prediction): number;
}

const same = (relation: Relation): boolean => relation === 'match' || relation === 'paraphrase';

function prf(name: string, gold: readonly boolean[], predicted: readonly boolean[]): [string, string][] {
  const { precision, recall, f1 } = precisionRecallF1(countBinary(gold, predicted));
  return [[`${name} precision`, fixed3(precision)], [`${name} recall`, fixed3(recall)], [`${name} F1`, fixed3(f1)]];
}

const SICK_FROM_RELATION: Record<Relation, SickLabel> = {
  match: 'ENTAILMENT',
  paraphrase: 'ENTAILMENT',
  contradict: 'CONTRADICTION',
  differ: 'NEUTRAL',
};

const sick: Spec<SickLabel> = {
  goldOrder: SICK_LABELS,
  label: (g) => g,
  positive: (g) => g === 'ENTAILMENT',
  objective: 'accuracy',
  figures: (gold, predicted) => [
    ...prf('contradiction', gold.map((g) => g === 'CONTRADICTION'), predicted.map((p) => p.relation === 'contradict')),
    ...prf('entailment (match|paraphrase)', gold.map((g) => g === 'ENTAILMENT'), predicted.map((p) => same(p.relation))),
    ['3-way accuracy', fixed3(accuracy(gold, predicted.map((p) => SICK_FROM_RELATION[p.relation])))],
  ],
  isError: (g, p) => SICK_FROM_RELATION[p.relation] !== g,
  // A missed contradiction on near-identical wording is the plainest miss, hence `score`.
  severity: (g, p) => (g === 'ENTAILMENT' ? 1 - p.score : p.score),
};

/** MRPC and Twitter-URL share a reading: gold is "paraphrase or not". */
function paraphraseSpec(objective: Objective): Spec<boolean> {
  return {
    goldOrder: ['paraphrase', 'not'],
    label: (g) => (g ? 'paraphrase' : 'not'),
    positive: (g) => g,
    objective,
    figures: (gold, predicted) => [
      ['accuracy', fixed3(accuracy(gold, predicted.map((p) => same(p.relation))))],
      ...prf('paraphrase', gold, predicted.map((p) => same(p.relation))),
    ],
    isError: (g, p) => g !== same(p.relation),
    severity: (g, p) => (g ? 1 - p.score : p.score),
  };
}

// "Mostly equivalent" (4) and up is where STS annotators stop listing differences.
const STS_SAME = 4;

const sts: Spec<number> = {
  goldOrder: ['5', '4', '3', '2', '1', '0'],
  label: (g) => String(Math.round(g)),
  positive: (g) => g >= STS_SAME,
  objective: 'accuracy',
  figures: (gold, predicted) => [
    ['Spearman (score vs gold)', fixed3(spearman(predicted.map((p) => p.score), gold))],
    ['Pearson (score vs gold)', fixed3(pearson(predicted.map((p) => p.score), gold))],
    ...prf(`gold ≥ ${STS_SAME} as match|paraphrase`, gold.map((g) => g >= STS_SAME), predicted.map((p) => same(p.relation))),
  ],
  isError: (g, p) => Math.abs(g / 5 - p.score) > 0.4,
  severity: (g, p) => Math.abs(g / 5 - p.score),
};

const emergent: Spec<(typeof EMERGENT_STANCES)[number]> = {
  goldOrder: EMERGENT_STANCES,
  label: (g) => g,
  positive: (g) => g === 'for',
  objective: 'accuracy',
  figures: (gold, predicted) => {
    const contradict = predicted.map((p) => p.relation === 'contradict');
    const share = (stance: string): string => {
      const of = contradict.filter((_, i) => gold[i] === stance);
      return fixed3(of.length === 0 ? 0 : of.filter(Boolean).length / of.length);
    };
    return [
      ...prf('against as contradict', gold.map((g) => g === 'against'), contradict),
      ['share of for called contradict', share('for')],
      ['share of observing called contradict', share('observing')],
    ];
  },
  isError: (g, p) => (g === 'against') !== (p.relation === 'contradict'),
  // A false "contradict" is the costlier error for a fact-checker, so false alarms come first.
  severity: (g, p) => (g === 'against' ? p.score : 1 + p.score),
};

function makeTask<G>(kind: DatasetKind, rows: readonly Pair<G>[], spec: Spec<G>): Task {
  const gold = rows.map((row) => row.gold);
  const at = (index: number): G => {
    const row = rows[index];
    if (row === undefined) throw new Error(`claimdiff: no pair ${index} in a task of ${rows.length}`);
    return row.gold;
  };
  return {
    kind,
    pairs: rows.map(({ a, b }) => ({ a, b })),
    goldLabels: gold.map(spec.label),
    goldOrder: spec.goldOrder,
    positive: gold.map(spec.positive),
    objective: spec.objective,
    figures: (predicted) => spec.figures(gold, predicted),
    isError: (index, prediction) => spec.isError(at(index), prediction),
    severity: (index, prediction) => spec.severity(at(index), prediction),
  };
}

/** Parses a file's text as the given set, keeping the first `limit` pairs. */
export function loadTask(kind: DatasetKind, text: string, limit = Infinity): Task {
  const first = <G>(rows: Pair<G>[]): Pair<G>[] => rows.slice(0, limit);
  switch (kind) {
    case 'sick':
      return makeTask(kind, first(parseSick(text)), sick);
    case 'mrpc':
      return makeTask(kind, first(parseMrpc(text)), paraphraseSpec('accuracy'));
    case 'twitter-url':
      // Few pairs are paraphrases: accuracy would be best served by never saying so.
      return makeTask(kind, first(parseTwitterUrl(text)), paraphraseSpec('f1'));
    case 'sts':
      return makeTask(kind, first(parseSts(text)), sts);
    case 'emergent':
      return makeTask(kind, first(parseEmergent(text)), emergent);
  }
}
