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
import { fitLogistic as fit } from './logistic';
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
