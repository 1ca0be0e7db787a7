import type { Analysis, AnalyzeOptions } from '../schema/analysis';
import type { Report } from '../schema/report';
import { compareGroup, type ComparedGroup } from './compare-group';
import { compareLimits, extractReport, finishAnalysis, groupExtracted, startAnalysis, type AnalysisRun, type Extracted } from './analyze-stages';

/**
 * Everything in one call: extract the statements of each report, merge speaker aliases across
 * reports, group the statements, and compare each member with its group's canonical wording and
 * every claim with every denial of it; then the topics, the groups about one story (`findTopics`).
 * Returns the `analyze` JSON (version 1). Deterministic: reports are processed in id order, so
 * any order of the same reports gives the same output.
 *
 * Never loses a report: every report given is listed in `reports`, with its issues. A report
 * whose id was already given is not analysed (the first one given with that id is): it is
 * listed right after that one with a `duplicate-report-id` issue. Work is bounded: see the
 * `max…` options here and in `ExtractOptions` and `DiffOptions`; each bound reached is an issue.
 *
 * @throws ClaimdiffError when `reports` is not an array of reports `{ id, text }`, or an option is invalid.
 */
export function analyze(reports: readonly Report[], options: AnalyzeOptions = {}): Analysis {
  return analyzeRun(startAnalysis('analyze', reports, options));
}

/** `analyze` from its checked arguments on: the steps of a run, on this thread. */
export function analyzeRun(run: AnalysisRun): Analysis {
  const { opts, planned } = run;
  const extracted: Extracted[] = planned.map(({ report, duplicate }, k) => {
    const e = duplicate === undefined ? { report, ...extractReport(report, opts.extract) } : { report, statements: [], issues: [duplicate] };
    run.progress('extract', k + 1, planned.length);
    return e;
  });
  const grouped = groupExtracted(run, extracted);
  const limits = compareLimits(run);
  const { settings } = grouped;
  const link = { features: settings.features, cut: settings.denialThreshold };
  const compared: ComparedGroup[] = [];
  grouped.groups.forEach((g, k) => {
    const next = grouped.toCompare[compared.length];
    if (next?.id === g.id) compared.push(compareGroup(g.id, next.canonical, next.members, opts.diff ?? {}, limits, opts.table ?? true, grouped.published, link));
    run.progress('compare', k + 1, grouped.groups.length);
  });
  return finishAnalysis(run, extracted, grouped, compared);
}
