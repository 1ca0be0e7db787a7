import { availableParallelism } from 'node:os';
import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import { analyzeRun } from '../pipeline/analyze';
import { compareLimits, finishAnalysis, groupExtracted, startAnalysis, type AnalysisRun, type Extracted, type GroupedRun, type GroupToCompare, topicsOf } from '../pipeline/analyze-stages';
import type { ComparedGroup } from '../pipeline/compare-group';
import type { Analysis, AnalyzeOptions, Topic } from '../schema/analysis';
import type { Report } from '../schema/report';
import { ANALYZE_JOBS, type AnalyzeJob } from './analyze-jobs';
import { createPool, type Pool } from './job-pool';

type AnalyzePool = Pool<AnalyzeJob, ReturnType<typeof ANALYZE_JOBS.run>>;

/**
 * Characters of report text from which workers pay, when the caller did not ask for threads:
 * a worker first loads the program and the lexicon and warms up (about 0.25 s of CPU, measured),
 * while extraction and comparison together take about 1.2 s of CPU per million characters of news.
 */
const THREADS_FROM_CHARS = 1_000_000;

/**
 * Available cores from which the default starts workers at all. On two, one `analyze` already
 * keeps about 1.5 busy (V8's compiler and collector threads beside it), and a worker repeats
 * the warm-up and the caches of words seen: on PolNeAR dev (924 articles) two threads took
 * 7.8–9.0 s against 6.5–7.4 s for one, on two idle cores (docs/speed.md).
 */
export const THREADS_FROM_CORES = 4;

/** Characters from which the default threads start workers on this machine (never, below `THREADS_FROM_CORES` cores). */
export function defaultThreadsFrom(): number {
  return availableParallelism() >= THREADS_FROM_CORES ? THREADS_FROM_CHARS : Number.POSITIVE_INFINITY;
}

/** Jobs per thread in each stage: enough that threads finishing early find more to do. */
const JOBS_PER_THREAD = 8;

/** How the threads of a run are chosen: `threads` from `from` characters of text, workers loading `entry`. */
export interface ThreadChoice {
  threads: number;
  entry: URL | undefined;
  from: number;
}

/** Whether the options can go to another thread: hooks (a lexicon of one's own) cannot, and the workers read the built-in lexicon. */
function crossesThreads(opts: AnalyzeOptions): boolean {
  const lexicon = opts.group?.lexicon ?? opts.diff?.lexicon;
  if (lexicon !== undefined && lexicon !== builtInLexicon()) return false;
  try {
    structuredClone([opts.extract, opts.diff, opts.group?.stopWords]);
    return true;
  } catch {
    return false;
  }
}

/** Consecutive runs of `weights`' indices, each of about `total / parts` weight. */
function runsOf(weights: readonly number[], parts: number): number[][] {
  const total = weights.reduce((a, b) => a + b, 0);
  const target = Math.max(1, total / Math.max(1, parts));
  const out: number[][] = [];
  let current: number[] = [];
  let sum = 0;
  weights.forEach((w, i) => {
    current.push(i);
    sum += w;
    if (sum >= target) {
      out.push(current);
      current = [];
      sum = 0;
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

/** Extraction of every report analysed, spread over the pool by slices of about equal text. */
async function extractAll(run: AnalysisRun, pool: AnalyzePool): Promise<Extracted[]> {
  const { planned, opts } = run;
  const extracted: Extracted[] = planned.map(({ report, duplicate }) => ({ report, statements: [], issues: duplicate === undefined ? [] : [duplicate] }));
  const todo = planned.flatMap((p, k) => (p.duplicate === undefined ? [k] : []));
  const runs = runsOf(todo.map((k) => (planned[k] as { report: Report }).report.text.length), pool.threads * JOBS_PER_THREAD).map((r) => r.map((i) => todo[i] as number));
  const jobs = runs.map((r): AnalyzeJob => ({ kind: 'extract', reports: r.map((k) => (planned[k] as { report: Report }).report), options: opts.extract }));
  let done = planned.length - todo.length;
  const results = await pool.run(jobs, (j) => {
    done += (runs[j] as number[]).length;
    run.progress('extract', done, planned.length);
  });
  results.forEach((result, j) => {
    (runs[j] as number[]).forEach((k, i) => Object.assign(extracted[k] as Extracted, (result as Extracted[])[i]));
  });
  if (jobs.length === 0 && planned.length > 0) run.progress('extract', planned.length, planned.length);
  return extracted;
}

/**
 * The comparisons of every group of two or more, spread over the pool, the heaviest slices
 * first; meanwhile this thread finds the topics (they read no comparison), then takes jobs too.
 */
async function compareAll(run: AnalysisRun, grouped: GroupedRun, pool: AnalyzePool): Promise<{ compared: ComparedGroup[]; topics: Topic[] | undefined }> {
  const { opts } = run;
  const { spent: _closure, ...limits } = compareLimits(run);
  // The work of a group: its full comparisons, each about as long as the canonical wording.
  const weights = grouped.toCompare.map((g) => {
    const claims = g.members.filter((s) => s !== g.canonical && s.stance === 'asserts').length;
    const full = Math.min(g.members.length - 1, limits.maxGroupComparisons) + Math.min(claims * (g.members.length - 1 - claims), limits.maxDenialPairs);
    return full * (g.canonical.text.length + 40);
  });
  const runs = runsOf(weights, pool.threads * JOBS_PER_THREAD);
  const weightOf = (r: number[]): number => r.reduce((a, i) => a + (weights[i] as number), 0);
  // The heaviest first, so that no thread is left with a big group at the end.
  const order = runs.map((_, j) => j).sort((a, b) => weightOf(runs[b] as number[]) - weightOf(runs[a] as number[]) || a - b);
  const shared = {
    diff: opts.diff ?? {}, limits, table: opts.table ?? true, published: [...grouped.published],
    stopWords: [...grouped.settings.features.stopWords], cut: grouped.settings.denialThreshold,
  };
  const jobs = order.map((j): AnalyzeJob => ({ kind: 'compare', groups: (runs[j] as number[]).map((i) => grouped.toCompare[i] as GroupToCompare), ...shared }));
  const total = grouped.groups.length;
  let done = total - grouped.toCompare.length;
  const running = pool.run(jobs, (j) => {
    done += (runs[order[j] as number] as number[]).length;
    run.progress('compare', done, total);
  });
  const topics = topicsOf(run, grouped);
  const results = await running;
  const compared = new Array<ComparedGroup>(grouped.toCompare.length);
  results.forEach((result, j) => (runs[order[j] as number] as number[]).forEach((i, m) => (compared[i] = (result as ComparedGroup[])[m] as ComparedGroup)));
  if (jobs.length === 0 && total > 0) run.progress('compare', total, total);
  return { compared, topics };
}

/**
 * `analyze` under the call name `name`, with extraction and comparisons on `choice.threads`
 * threads when the options can cross threads and the reports hold `choice.from` characters or
 * more; else it is `analyze`, on this thread. The same steps, merged in a fixed order: the
 * analysis is `analyze`'s, whatever the number of threads.
 */
export async function analyzeWithPool(name: string, reports: readonly Report[], options: AnalyzeOptions, choice: ThreadChoice): Promise<Analysis> {
  const run = startAnalysis(name, reports, options);
  const chars = run.planned.reduce((n, p) => n + (p.duplicate === undefined ? p.report.text.length : 0), 0);
  if (choice.threads < 2 || choice.entry === undefined || chars < choice.from || !crossesThreads(run.opts)) return analyzeRun(run);
  const pool: AnalyzePool = createPool(choice.threads, choice.entry, ANALYZE_JOBS);
  try {
    const extracted = await extractAll(run, pool);
    const grouped = groupExtracted(run, extracted);
    const { compared, topics } = await compareAll(run, grouped, pool);
    return finishAnalysis(run, extracted, grouped, compared, topics);
  } finally {
    await pool.close();
  }
}
