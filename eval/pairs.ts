/**
 * `npm run eval -- pairs <file…> [--worst N] [--limit N]`: diffClaims and two baselines on
 * labelled pair sets, with figures, confusion tables, speed and the worst errors.
 * A missing file is skipped with a note, so a clone without the third-party data runs clean.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATIONS } from '../src/schema/diff';
import { chooseThreshold, jaccard, negationBaseline, overlapBaseline, wordSet, type Predictor } from './baselines';
import { detectDataset } from './datasets';
import { confusion, formatConfusion, formatTable } from './metrics';
import { loadTask, type Task } from './tasks';
import { formatWorst, runPredictor, type Outcome } from './outcomes';

interface Args {
  files: string[];
  worst: number;
  limit: number;
}

const DIFF_CLAIMS = join(dirname(fileURLToPath(import.meta.url)), '../src/compare/diff-claims.ts');

// Without tuning data the overlap rule needs some cut; a half-shared vocabulary is neutral.
const FALLBACK_THRESHOLD = 0.5;

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const diffClaims = await loadDiffClaims();
  if (diffClaims === undefined) console.log('note: src/compare/diff-claims.ts not found; baselines only');
  for (const path of args.files) {
    if (!existsSync(path)) {
      console.log(`skipped: ${path} not found`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const kind = detectDataset(text);
    if (kind === undefined) {
      console.log(`skipped: ${path} is not SICK, MRPC, STS, Twitter-URL or Emergent`);
      continue;
    }
    const task = loadTask(kind, text, args.limit);
    const tuning = tuneOverlap(path, kind, task);
    const predictors: [string, Predictor][] = [
      ...(diffClaims === undefined ? [] : [['diffClaims', diffClaims] as [string, Predictor]]),
      ['negation baseline', negationBaseline(tuning.threshold)],
      ['overlap baseline', overlapBaseline(tuning.threshold)],
    ];
    console.log(`\n=== ${path} (${kind}, ${task.pairs.length} pairs)`);
    console.log(`overlap threshold: Jaccard ≥ ${tuning.threshold.toFixed(3)} (${tuning.note})`);
    const outcomes = predictors.map(([name, predict]) => runPredictor(name, predict, task.pairs, name === 'diffClaims'));
    report(task, outcomes);
    const first = outcomes[0];
    if (args.worst > 0 && isTestFile(path)) {
      // data/README.md: test is for reporting, never for reading failures to find rules.
      console.log('\nnote: --worst is not listed for a test file; run it on dev');
    } else if (args.worst > 0 && first !== undefined) {
      console.log(`\n${formatWorst(task, first, args.worst)}`);
    }
  }
}

function report(task: Task, outcomes: readonly Outcome[]): void {
  const figures = outcomes.map((o) => task.figures(o.predictions));
  const names = figures[0]?.map(([name]) => name) ?? [];
  const rows = names.map((name, r) => [name, ...figures.map((f) => f[r]?.[1] ?? '')]);
  console.log(`\n${formatTable(['figure', ...outcomes.map((o) => o.name)], rows)}`);
  const timing = outcomes.map((o) => [
    o.name,
    o.milliseconds.toFixed(0),
    `${Math.round(o.predictions.length / Math.max(o.milliseconds / 1000, 1e-9))}`,
    String(o.threw),
    o.checked ? String(o.violations) : '-',
  ]);
  console.log(`\n${formatTable(['predictor', 'ms', 'pairs/s', 'threw', 'contract violations'], timing)}`);
  for (const o of outcomes) {
    if (o.firstProblem !== undefined) console.log(`${o.name}: first problem: ${o.firstProblem}`);
    const table = confusion(task.goldLabels, o.predictions.map((p) => p.relation), task.goldOrder, RELATIONS);
    console.log(`\n${o.name}\n${formatConfusion(table)}`);
  }
}

/**
 * The overlap threshold is tuned on the dev file beside a test file, never on test itself:
 * a figure counts only if nothing was chosen by looking at the pairs it is measured on.
 */
export function tuneOverlap(path: string, kind: string, task: Task): { threshold: number; note: string } {
  const name = basename(path);
  let tuneOn: Task = task;
  let note = 'tuned on this file';
  if (isTestFile(path)) {
    const devPath = join(dirname(path), name.replace('test', 'dev'));
    const devText = existsSync(devPath) ? readFileSync(devPath, 'utf8') : undefined;
    if (devText === undefined || detectDataset(devText) !== kind) {
      return { threshold: FALLBACK_THRESHOLD, note: `no ${devPath} to tune on; fixed` };
    }
    tuneOn = loadTask(task.kind, devText);
    note = `tuned on ${devPath}`;
  }
  const scores = tuneOn.pairs.map(({ a, b }) => jaccard(wordSet(a), wordSet(b)));
  return { threshold: chooseThreshold(scores, tuneOn.positive, tuneOn.objective), note: `${note}, best ${tuneOn.objective}` };
}

function isTestFile(path: string): boolean {
  return basename(path).includes('test');
}

async function loadDiffClaims(): Promise<Predictor | undefined> {
  // Checked by path, not by catching the import's failure: a diff-claims.ts that exists but
  // fails to load is a bug to see, not a reason to fall back to baselines quietly.
  if (!existsSync(DIFF_CLAIMS)) return undefined;
  const module = await import('../src/compare/diff-claims');
  return (a, b) => module.diffClaims(a, b);
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], worst: 0, limit: Infinity };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--worst' || arg === '--limit') {
      const value = Number(argv[i + 1]);
      if (!Number.isInteger(value) || value < 0) {
        throw new Error(`claimdiff: ${arg} needs a whole number, found "${argv[i + 1] ?? ''}"`);
      }
      if (arg === '--worst') args.worst = value;
      else args.limit = value;
      i += 1;
    } else if (arg.startsWith('--')) {
      throw new Error(`claimdiff: unknown option ${arg}; expected --worst N or --limit N`);
    } else {
      args.files.push(arg);
    }
  }
  return args;
}
