/**
 * Running one predictor over a task's pairs (timed, with failures counted rather than fatal)
 * and printing its worst errors with the segments that explain them.
 */
import { ClaimDiffSchema, type Segment, type Span } from '../src/schema/diff';
import type { Prediction, Predictor } from './baselines';
import type { Task } from './tasks';

export interface Outcome {
  name: string;
  predictions: Prediction[];
  milliseconds: number;
  /** Pairs on which the predictor threw; they count as `differ` with score 0. */
  threw: number;
  /** Whether results were checked against the `diff` JSON contract. */
  checked: boolean;
  violations: number;
  firstProblem?: string;
}

type Text = { readonly a: string; readonly b: string };

/**
 * Times the predictor over all pairs. One pair that throws must not hide the figures of the
 * other thousands, so it is counted and reported instead. The contract check runs after
 * the clock stops, so it does not count against the predictor's speed.
 */
export function runPredictor(name: string, predict: Predictor, pairs: readonly Text[], check: boolean): Outcome {
  const outcome: Outcome = { name, predictions: [], milliseconds: 0, threw: 0, checked: check, violations: 0 };
  const threw = new Set<number>();
  const started = performance.now();
  for (const [i, { a, b }] of pairs.entries()) {
    try {
      outcome.predictions.push(predict(a, b));
    } catch (error) {
      threw.add(i);
      outcome.threw += 1;
      outcome.firstProblem ??= `threw: ${error instanceof Error ? error.message : String(error)}`;
      outcome.predictions.push({ relation: 'differ', score: 0 });
    }
  }
  outcome.milliseconds = performance.now() - started;
  if (check) {
    outcome.predictions.forEach((prediction, i) => {
      const pair = pairs[i];
      const problem = pair === undefined || threw.has(i) ? undefined : contractProblem(prediction, pair);
      if (problem === undefined) return;
      outcome.violations += 1;
      outcome.firstProblem ??= `pair ${i + 1}: ${problem}`;
    });
  }
  return outcome;
}

/** What is wrong with a result as `diff` JSON: the schema, then spans inside their texts. */
export function contractProblem(prediction: Prediction, pair: Text): string | undefined {
  const parsed = ClaimDiffSchema.safeParse(prediction);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  for (const segment of parsed.data.segments) {
    const bad = badSpan(segment.a, pair.a.length) ?? badSpan(segment.b, pair.b.length);
    if (bad !== undefined) return `segment ${segment.label} ${bad}`;
    if (segment.a === null && segment.b === null) return `segment ${segment.label} has no span on either side`;
  }
  return undefined;
}

function badSpan(span: Span | null, length: number): string | undefined {
  if (span === null) return undefined;
  const [start, end] = span;
  return start <= end && end <= length ? undefined : `span [${start}, ${end}) outside a text of ${length}`;
}

/** The `n` worst errors, worst first; ties keep data order so the listing is reproducible. */
export function formatWorst(task: Task, outcome: Outcome, n: number): string {
  const errors = outcome.predictions
    .map((prediction, index) => ({ prediction, index }))
    .filter(({ prediction, index }) => task.isError(index, prediction))
    .map((e) => ({ ...e, severity: task.severity(e.index, e.prediction) }))
    .sort((x, y) => y.severity - x.severity || x.index - y.index);
  const lines = [`worst ${Math.min(n, errors.length)} of ${errors.length} errors (${outcome.name}):`];
  errors.slice(0, n).forEach(({ prediction, index }, rank) => {
    const pair = task.pairs[index];
    if (pair === undefined) return;
    lines.push(
      '',
      `${rank + 1}. pair ${index + 1}: gold ${task.goldLabels[index]}, predicted ${prediction.relation}, score ${prediction.score.toFixed(3)}`,
      `   A: ${pair.a}`,
      `   B: ${pair.b}`,
      ...(prediction.segments ?? []).map((segment) => `   ${formatSegment(segment, pair)}`),
      ...(prediction.issues ?? []).map((issue) => `   issue ${issue.code}: ${issue.message}`),
    );
  });
  return lines.join('\n');
}

/** `label[reasons] "a text" ~ "b text"`, with ∅ for the side a segment does not have. */
export function formatSegment(segment: Segment, pair: Text): string {
  const side = (text: string, span: Span | null): string =>
    span === null ? '∅' : JSON.stringify(text.slice(span[0], span[1]));
  return `${segment.label}[${segment.reasons.join(',')}] ${side(pair.a, segment.a)} ~ ${side(pair.b, segment.b)}`;
}
