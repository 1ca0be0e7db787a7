import { extractReport, withDeadline, type GroupToCompare, type PlainCompareLimits } from '../pipeline/analyze-stages';
import { compareGroup, type ComparedGroup } from '../pipeline/compare-group';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import type { ExtractOptions } from '../schema/option-types';
import type { Report } from '../schema/report';
import type { Statement } from '../schema/statement';
import { contextOf } from './group-jobs';
import { serveJobs, type JobKind } from './job-pool';

/**
 * The pieces of `analyze` a worker thread may take, as plain data: the extraction of some
 * reports, or the comparisons of some groups, each the very step `analyze` runs, so the answers
 * do not depend on which thread runs them.
 */
export type AnalyzeJob =
  | { kind: 'extract'; reports: Report[]; options: ExtractOptions | undefined }
  | {
      kind: 'compare';
      groups: GroupToCompare[];
      diff: DiffOptions;
      limits: PlainCompareLimits;
      table: boolean;
      published: [string, string][];
      /** The feature context is rebuilt from these on the built-in lexicon (its caches change no answer). */
      stopWords: string[];
      cut: number;
    };

export type AnalyzeJobResult = { statements: Statement[]; issues: Issue[] }[] | ComparedGroup[];

/** Runs a job where it is called (in a worker, or on the main thread). */
export function runAnalyzeJob(job: AnalyzeJob): AnalyzeJobResult {
  if (job.kind === 'extract') return job.reports.map((r) => extractReport(r, job.options));
  const limits = withDeadline(job.limits);
  const published = new Map(job.published);
  const link = { features: contextOf(job.stopWords), cut: job.cut };
  return job.groups.map((g) => compareGroup(g.id, g.canonical, g.members, job.diff, limits, job.table, published, link));
}

export const ANALYZE_JOBS: JobKind<AnalyzeJob, AnalyzeJobResult> = {
  name: 'analyze',
  run: runAnalyzeJob,
  transfer: () => [],
  revive: (result) => result,
};

/** The worker's side of an analyze pool. */
export function serveAnalyzeJobs(): void {
  serveJobs(ANALYZE_JOBS);
}
