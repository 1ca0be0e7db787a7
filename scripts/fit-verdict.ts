/**
 * Refits the paraphrase verdict (PARAPHRASE_MODEL in src/compare/verdict/model.ts) on an MRPC file
 * and checks it by repeated k-fold cross-validation:
 *
 *   npx tsx scripts/fit-verdict.ts <mrpc dev.tsv> [--drop feature,…] [--lambda 10] [--shift 0] [--dump out.tsv]
 *
 * Fit on the dev split only: the test split is for reporting. Prints the cross-validated
 * accuracy (mean ± sd over the repeats), the weights to paste into src/compare/verdict/model.ts, and the largest
 * value of each count feature (for FITTED_RANGE). Accuracy is that of diffClaims as a whole:
 * a pair the rules already make a contradiction or a difference (a flipped figure, a denial
 * on one side) is wrong or right whatever the model says, and is scored so; it still counts
 * in the fit, as before. `--shift` moves the cut of every fitted model (fold or whole) by that
 * much log-odds towards "paraphrase", so the figure printed is that of the shipped cut. The script checks that its features give diffClaims' own verdicts
 * under the current model, so a drift between it and `compare` cannot go unnoticed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { seededRandom } from '../bench/generate';
import { parseMrpc } from '../eval/datasets';
import { alignTerms, trimAlign } from '../src/compare/align/align';
import { diffClaims } from '../src/compare/diff-claims';
import { joinSharedTokens } from '../src/compare/align/draft';
import { labelAlignment, pairMoves } from '../src/compare/align/moves';
import { pairVerdictFeatures } from '../src/compare/verdict/measures';
import { sameTerm, type RelateContext } from '../src/compare/terms/term-relation';
import { toTerms, type Term } from '../src/compare/terms/terms';
import { FITTED_RANGE, PARAPHRASE_MODEL, paraphraseLogit, type VerdictFeatures } from '../src/compare/verdict/model';
import { defaultWordLists } from '../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../src/lexicon/wordnet/wordnet-lexicon';

const FOLDS = 10;
const REPEATS = 5;

interface Args {
  path: string;
  drop: Set<string>;
  lambda: number;
  shift: number;
  dump: string | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  let path: string | undefined;
  const args: Args = { path: '', drop: new Set(), lambda: 10, shift: 0, dump: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === '--drop' && value !== undefined) args.drop = new Set(value.split(','));
    else if (arg === '--lambda' && value !== undefined && Number(value) >= 0) args.lambda = Number(value);
    else if (arg === '--shift' && value !== undefined && Number.isFinite(Number(value))) args.shift = Number(value);
    else if (arg === '--dump' && value !== undefined) args.dump = value;
    else if (arg.startsWith('--')) return `unknown or incomplete option ${arg}`;
    else {
      path = arg;
      continue;
    }
    i++;
  }
  if (path === undefined) return 'usage: npx tsx scripts/fit-verdict.ts <mrpc dev.tsv> [--drop feature,…] [--lambda 10] [--shift 0] [--dump out.tsv]';
  args.path = path;
  return args;
}

interface Row {
  readonly f: VerdictFeatures;
  readonly gold: boolean;
  /** The rules decide the pair whatever the model says (never a paraphrase). */
  readonly ruledOut: boolean;
}

/** The drafts `compare` in diff-claims.ts builds, in its canonical order (a ≤ b). */
function features(x: string, y: string, ctx: RelateContext): VerdictFeatures {
  const [a, b] = x <= y ? [x, y] : [y, x];
  const ta = toTerms(a, ctx.words);
  const tb = toTerms(b, ctx.words);
  const equals = (s: Term, t: Term): boolean => sameTerm(s, t, ctx);
  const ops = alignTerms(ta, tb, equals, { maxEditLength: 4000, timeout: 300 }) ?? trimAlign(ta, tb, equals);
  const drafts = joinSharedTokens(pairMoves(labelAlignment(ops, ta, tb, ctx), ta, tb, ctx), ta, tb);
  return pairVerdictFeatures(drafts, ta, tb, ctx);
}

const same = (relation: string): boolean => relation === 'match' || relation === 'paraphrase';

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
 * Newton's method; returns the weights and bias in the features' own units.
 */
function fit(xs: readonly number[][], ys: readonly boolean[], lambda: number): { w: number[]; bias: number } {
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
      const r = p - (ys[n] ? 1 : 0);
      for (let j = 0; j <= d; j++) {
        g[j] = (g[j] as number) + r * (zi[j] as number);
        const row = h[j] as number[];
        for (let k = 0; k <= d; k++) row[k] = (row[k] as number) + p * (1 - p) * (zi[j] as number) * (zi[k] as number);
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    process.exitCode = 2;
    return;
  }
  if (basename(args.path).includes('test')) {
    // data/README.md: the test split is for reporting; a model fitted on it reports nothing.
    console.error(`fit-verdict: ${args.path} looks like a test split; fit on dev`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(args.path)) {
    console.log(`fit-verdict: ${args.path} not found; nothing to fit (the MRPC data is not part of the repository)`);
    return;
  }
  const pairs = parseMrpc(readFileSync(args.path, 'utf8'));
  const ctx: RelateContext = { lexicon: createWordNetLexicon(), words: defaultWordLists() };
  let drift = 0;
  const rows: Row[] = pairs.map(({ a, b, gold }) => {
    const f = features(a, b, ctx);
    // A threshold of 0 makes the share rule say "paraphrase" to every pair it is asked about:
    // what is still not one was decided by the rules before the verdict.
    const ruledOut = !same(diffClaims(a, b, { paraphraseThreshold: 0 }).relation);
    const mine = !ruledOut && paraphraseLogit(f, PARAPHRASE_MODEL) >= 0;
    if (mine !== same(diffClaims(a, b).relation)) drift++;
    return { f, gold, ruledOut };
  });
  if (drift > 0) console.log(`warning: ${drift} pairs where these features disagree with diffClaims under the current model`);
  const names = (Object.keys(PARAPHRASE_MODEL.weights) as (keyof VerdictFeatures)[]).filter((k) => !args.drop.has(k));
  const xs = rows.map((r) => names.map((k) => r.f[k]));
  const ys = rows.map((r) => r.gold);
  if (args.dump !== undefined) {
    const lines = [['gold', 'ruledOut', ...names].join('\t'), ...rows.map((r, n) => [r.gold ? 1 : 0, r.ruledOut ? 1 : 0, ...(xs[n] as number[])].join('\t'))];
    writeFileSync(args.dump, `${lines.join('\n')}\n`);
  }
  const predict = (m: { w: number[]; bias: number }, n: number): boolean =>
    !(rows[n] as Row).ruledOut && (xs[n] as number[]).reduce((s, v, j) => s + v * (m.w[j] as number), m.bias + args.shift) >= 0;
  const accuracies: number[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    const next = seededRandom(rep + 1);
    const order = rows.map((_, n) => n);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let right = 0;
    for (let k = 0; k < FOLDS; k++) {
      const held = new Set(order.filter((_, i) => i % FOLDS === k));
      const train = order.filter((n) => !held.has(n));
      const m = fit(train.map((n) => xs[n] as number[]), train.map((n) => ys[n] as boolean), args.lambda);
      for (const n of held) if (predict(m, n) === ys[n]) right++;
    }
    accuracies.push(right / rows.length);
  }
  const mean = accuracies.reduce((s, v) => s + v, 0) / REPEATS;
  const sd = Math.sqrt(accuracies.reduce((s, v) => s + (v - mean) ** 2, 0) / REPEATS);
  const all = fit(xs, ys, args.lambda);
  const fitted = rows.filter((_, n) => predict(all, n) === ys[n]).length / rows.length;
  console.log(`${rows.length} pairs, ${rows.filter((r) => r.ruledOut).length} decided by the rules before the verdict`);
  console.log(`cross-validated accuracy (${FOLDS}-fold × ${REPEATS}, λ = ${args.lambda}, cut shifted ${args.shift}): ${mean.toFixed(4)} ± ${sd.toFixed(4)}; on the pairs fitted: ${fitted.toFixed(4)}`);
  const weights = names.map((k, j) => `${k}: ${(all.w[j] as number).toFixed(3)}`).join(', ');
  console.log(`weights: { ${weights} }, bias: ${(all.bias + args.shift).toFixed(3)} (fitted ${all.bias.toFixed(3)}, shifted ${args.shift})`);
  const counted = Object.keys(FITTED_RANGE) as (keyof typeof FITTED_RANGE)[];
  console.log(`largest counts: ${counted.map((k) => `${k} ${Math.max(...rows.map((r) => r.f[k]))}`).join(', ')}`);
}

main();
