/**
 * Accuracy figures for the eval harness. Pure functions over plain arrays, so the figures the
 * harness prints can be checked by hand-made cases in the tests.
 */

/** Counts of a binary decision: the positive class is whatever the caller says it is. */
export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Pairs the two arrays index by index; they must be the same length. */
export function countBinary(gold: readonly boolean[], predicted: readonly boolean[]): BinaryCounts {
  sameLength(gold, predicted);
  const counts: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i] === true;
    if (g && p) counts.tp += 1;
    else if (p) counts.fp += 1;
    else if (g) counts.fn += 1;
    else counts.tn += 1;
  });
  return counts;
}

/**
 * Precision, recall and F1 of the positive class. A ratio with an empty denominator is 0,
 * not NaN: a predictor that never says "positive" should read as useless, not as unknown.
 */
export function precisionRecallF1(counts: BinaryCounts): PrecisionRecall {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Share of positions where the two arrays agree (0 for empty input). */
export function accuracy<T>(gold: readonly T[], predicted: readonly T[]): number {
  sameLength(gold, predicted);
  let agree = 0;
  gold.forEach((g, i) => {
    if (g === predicted[i]) agree += 1;
  });
  return ratio(agree, gold.length);
}

/**
 * 1-based ranks, ties given the average of the ranks they span, as Spearman's rho requires;
 * giving ties arbitrary distinct ranks would reward or punish a predictor for input order.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] ?? 0) - (values[j] ?? 0));
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const value = values[order[start] ?? 0];
    while (end < order.length && values[order[end] ?? 0] === value) end += 1;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k] ?? 0] = rank;
    start = end;
  }
  return ranks;
}

/** Pearson correlation; 0 when either side is constant (no ordering to agree with). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  sameLength(x, y);
  const n = x.length;
  if (n === 0) return 0;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson over average ranks, which stays right when there are ties. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** Gold × predicted counts; `rows` and `columns` fix the order the table is printed in. */
export interface Confusion {
  rows: readonly string[];
  columns: readonly string[];
  counts: readonly (readonly number[])[];
}

/**
 * Builds a confusion table. Labels met in the data but missing from the given orders are
 * appended (sorted), so a surprising label shows up in the table instead of vanishing.
 */
export function confusion(
  gold: readonly string[],
  predicted: readonly string[],
  rowOrder: readonly string[] = [],
  columnOrder: readonly string[] = [],
): Confusion {
  sameLength(gold, predicted);
  const rows = withExtras(rowOrder, gold);
  const columns = withExtras(columnOrder, predicted);
  const counts = rows.map(() => new Array<number>(columns.length).fill(0));
  gold.forEach((g, i) => {
    const row = counts[rows.indexOf(g)];
    const column = columns.indexOf(predicted[i] ?? '');
    if (row !== undefined && column >= 0) row[column] = (row[column] ?? 0) + 1;
  });
  return { rows, columns, counts };
}

/** The table as aligned text, with row and column totals. */
export function formatConfusion(table: Confusion, corner = 'gold \\ predicted'): string {
  const header = [corner, ...table.columns, 'total'];
  const body = table.rows.map((row, r) => {
    const counts = table.counts[r] ?? [];
    return [row, ...counts.map(String), String(counts.reduce((s, v) => s + v, 0))];
  });
  const totals = table.columns.map((_, c) => table.counts.reduce((s, row) => s + (row[c] ?? 0), 0));
  body.push(['total', ...totals.map(String), String(totals.reduce((s, v) => s + v, 0))]);
  return formatTable(header, body);
}

/** Aligned columns: the first left-aligned (labels), the rest right-aligned (figures). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    widths
      .map((w, c) => (c === 0 ? (row[c] ?? '').padEnd(w) : (row[c] ?? '').padStart(w)))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
}

/** A figure in [0, 1] printed with three decimals, the precision papers report. */
export function fixed3(value: number): string {
  return value.toFixed(3);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function withExtras(order: readonly string[], seen: readonly string[]): string[] {
  const extras = [...new Set(seen)].filter((label) => !order.includes(label)).sort();
  return [...order, ...extras];
}

function sameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) {
    throw new Error(`claimdiff: metrics need arrays of one length, found ${a.length} and ${b.length}`);
  }
}
