/**
 * Refits the claim → denial link (DENIAL_LINK_MODEL in src/group/denial-link.ts): does this
 * denial deny what this claim states? Fitted on the dev splits that label it, together:
 *
 *   npx tsx scripts/fit-denial-link.ts <newsbench dev.json> <emergent dev.csv> [--lambda 1] [--dump out.tsv]
 *
 * - newsbench: `analyze` each story; every pair of a found claim and a found denial (as
 *   extracted) is linked when their labelled statements share a proposition;
 * - Emergent: each headline labelled `against` a claim is linked to that claim, and not to the
 *   other claims it shares a word with.
 * Pairs whose claim holds no word of the proposition but names are left out: `isLinked` never
 * links them. Prints the precision and
 * recall at several cuts on the probability (`denialThreshold`) by 10-fold cross-validation, per set, and the weights to
 * paste into denial-link.ts. Never fit on a test split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../eval/datasets';
import { seededRandom } from '../bench/generate';
import { denialWords } from '../src/group/claim-denial';
import { claimWords, linkFeatures, SHARED_CAP, type DenialLinkFeatures } from '../src/group/denial-link';
import { createFeatureContext, type FeatureContext } from '../src/group/features';
import { fitLogistic, logisticProbability, precisionRecall } from './logistic';
import { analysedStories } from './newsbench-props';

const FOLDS = 10;
/** Cuts on the link probability to print figures for (`denialThreshold`). */
const CUTS = [0.5, 0.6, 0.7, 0.8, 0.9];
const KEYS: (keyof DenialLinkFeatures)[] = ['held', 'heldPredicate', 'shared', 'both'];

interface Row {
  set: string;
  x: number[];
  y: boolean;
  claim: string;
  denial: string;
}

function row(set: string, claim: string, denial: string, y: boolean, ctx: FeatureContext): Row | undefined {
  const f = linkFeatures({ ...denialWords(denial, ctx), claim: claimWords(claim, ctx) }, ctx);
  if (f.heldPredicate === 0) return undefined;
  return { set, x: KEYS.map((k) => f[k]), y, claim, denial };
}

function newsbenchRows(path: string, ctx: FeatureContext): Row[] {
  const rows: Row[] = [];
  for (const { analysis: a, propOf } of analysedStories(path)) {
    const found = a.statements.filter((s) => propOf.has(s.id));
    for (const c of found.filter((s) => s.stance === 'asserts')) {
      for (const d of found.filter((s) => s.stance === 'denies')) {
        const r = row('newsbench', c.text, d.text, propOf.get(c.id) === propOf.get(d.id), ctx);
        if (r) rows.push(r);
      }
    }
  }
  return rows;
}

function emergentRows(path: string, ctx: FeatureContext): Row[] {
  const records = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const header = records[0] ?? [];
  const [claimCol, headCol, stanceCol, idCol] = ['claimHeadline', 'articleHeadline', 'articleHeadlineStance', 'claimId'].map((n) => header.indexOf(n)) as [number, number, number, number];
  const claims = new Map<string, string>();
  const against: { claim: string; text: string }[] = [];
  for (const r of records.slice(1)) {
    if (r.length <= Math.max(claimCol, headCol, stanceCol, idCol)) continue;
    claims.set(r[idCol] as string, r[claimCol] as string);
    if (r[stanceCol] === 'against') against.push({ claim: r[idCol] as string, text: r[headCol] as string });
  }
  const rows: Row[] = [];
  for (const d of against) {
    for (const [id, claim] of claims) {
      const r = row('emergent', claim, d.text, id === d.claim, ctx);
      if (r) rows.push(r);
    }
  }
  return rows;
}

const probability = logisticProbability;

function main(): void {
  const argv = process.argv.slice(2);
  const lambdaAt = argv.indexOf('--lambda');
  const lambda = lambdaAt >= 0 ? Number(argv[lambdaAt + 1]) : 1;
  const paths = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--lambda');
  if (paths.length !== 2 || !paths.every(existsSync)) {
    console.error('usage: npx tsx scripts/fit-denial-link.ts <newsbench dev.json> <emergent dev.csv> [--lambda 1]');
    process.exit(2);
  }
  const ctx = createFeatureContext();
  const rows = [...newsbenchRows(paths[0] as string, ctx), ...emergentRows(paths[1] as string, ctx)];
  const random = seededRandom(7);
  const fold = rows.map(() => Math.floor(random() * FOLDS));
  const cvProbability = new Array<number>(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const train = rows.filter((_, n) => fold[n] !== f);
    const m = fitLogistic(train.map((r) => r.x), train.map((r) => r.y), lambda);
    rows.forEach((r, n) => fold[n] === f && (cvProbability[n] = probability(r.x, m)));
  }
  // The rule the model replaced: at least 3 words and half of the proposition held.
  const oldRule = rows.map((r) => (r.x[KEYS.indexOf('shared')] as number) * SHARED_CAP >= 3 && (r.x[KEYS.indexOf('held')] as number) >= 0.5);
  for (const set of ['newsbench', 'emergent']) {
    const pairs = rows.filter((r) => r.set === set);
    const score = (says: readonly boolean[]): string => precisionRecall(rows.map((r) => r.y), says, (n) => rows[n]?.set === set);
    console.log(`${set}: ${pairs.length} pairs sharing a word that is not a name, ${pairs.filter((r) => r.y).length} linked; old rule ${score(oldRule)}`);
    for (const cut of CUTS) console.log(`  model cross-validated at cut ${cut}: ${score(cvProbability.map((p) => p >= cut))}`);
  }
  const all = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), lambda);
  const weights = KEYS.map((k, j) => `${k}: ${(all.w[j] as number).toFixed(3)}`).join(', ');
  console.log(`DENIAL_LINK_MODEL (λ = ${lambda}):\n  weights: { ${weights} },\n  bias: ${all.bias.toFixed(3)},`);
  if (argv.includes('--verbose')) {
    rows.forEach((r) => {
      const p = probability(r.x, all);
      if ((p >= 0.5) !== r.y) console.log(`${r.y ? 'FN' : 'FP'} ${p.toFixed(2)} ${r.claim.slice(0, 70)} || ${r.denial.slice(0, 70)}`);
    });
  }
}

main();
