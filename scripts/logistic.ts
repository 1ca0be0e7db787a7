/** L2-penalised logistic regression shared by the fitting scripts (fit-verdict.ts, fit-denial-link.ts). */

/** Solves H·x = g by Gaussian elimination with partial pivoting (H is small and positive definite). */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const m = h.map((row, i) => [...row, g[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const k = (row[c] as number) / (pivot[c] as number);
      for (let j = c; j <= n; j++) row[j] = (row[j] as number) - k * (pivot[j] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/**
 * L2-penalised logistic regression on standardised features (the bias is not penalised), by
 * Newton's method; returns the weights and bias in the features' own units. `sampleWeights`
 * (default all 1) lets a small data set count as much as a large one.
 */
export function fitLogistic(xs: readonly number[][], ys: readonly boolean[], lambda: number, sampleWeights?: readonly number[]): { w: number[]; bias: number } {
  const d = (xs[0] as number[]).length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + (x[j] as number), 0) / xs.length);
  const sd = mean.map((mu, j) => Math.sqrt(xs.reduce((s, x) => s + ((x[j] as number) - mu) ** 2, 0) / xs.length) || 1);
  const z = xs.map((x) => [1, ...x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number))]);
  let w = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((zi, n) => {
      const p = 1 / (1 + Math.exp(-zi.reduce((s, v, j) => s + v * (w[j] as number), 0)));
      const sw = sampleWeights?.[n] ?? 1;
      const r = sw * (p - (ys[n] ? 1 : 0));
      for (let j = 0; j <= d; j++) {
        g[j] = (g[j] as number) + r * (zi[j] as number);
        const row = h[j] as number[];
        for (let k = 0; k <= d; k++) row[k] = (row[k] as number) + sw * p * (1 - p) * (zi[j] as number) * (zi[k] as number);
      }
    });
    for (let j = 1; j <= d; j++) {
      g[j] = (g[j] as number) + lambda * (w[j] as number);
      (h[j] as number[])[j] = ((h[j] as number[])[j] as number) + lambda;
    }
    const step = solve(h, g);
    w = w.map((v, j) => v - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  const raw = w.slice(1).map((v, j) => v / (sd[j] as number));
  return { w: raw, bias: (w[0] as number) - raw.reduce((s, v, j) => s + v * (mean[j] as number), 0) };
}

/** The probability a fitted model gives one row. */
export function logisticProbability(x: readonly number[], m: { w: readonly number[]; bias: number }): number {
  return 1 / (1 + Math.exp(-(m.bias + x.reduce((s, v, j) => s + v * (m.w[j] as number), 0))));
}

/** "precision P, recall R" of the decisions `says` against the labels `ys`, over the rows `keep` picks. */
export function precisionRecall(ys: readonly boolean[], says: readonly boolean[], keep: (n: number) => boolean = () => true): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  ys.forEach((y, n) => {
    if (!keep(n)) return;
    if (says[n] && y) tp++;
    else if (says[n]) fp++;
    else if (y) fn++;
  });
  return `precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`;
}
