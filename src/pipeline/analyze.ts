import * as z from 'zod';
import { extractStatementsWithIssues } from '../extract/extract-statements';
import { mergeSpeakers } from '../extract/aliases';
import { groupIndices } from '../group/group-statements';
import { compareIds } from '../group/natural-order';
import { resolveGroupSettings } from '../group/settings';
import {
  AnalyzeOptionsSchema, type Analysis, type AnalyzeOptions, type AnalyzeProgress, type AnalysisGroup,
} from '../schema/analysis';
import type { GroupOptions } from '../schema/analyze-option-types';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { ReportSchema, type Report } from '../schema/report';
import { asProposition } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import { findTopics, reportStories } from '../topics/find-topics';
import { compareGroup, DEFAULT_COMPARE_LIMITS } from './compare-group';

/** Statement ids unique across reports (`s1`, `s2`, … by report id, then offset), and `denies` renamed to match. */
function renumber(perReport: { report: Report; statements: Statement[] }[]): Statement[] {
  const out: Statement[] = [];
  for (const { report, statements } of perReport) {
    const sorted = [...statements].sort((x, y) => x.start - y.start || x.end - y.end);
    const names = new Map<string, string>();
    sorted.forEach((s, k) => names.set(s.id, `s${out.length + k + 1}`));
    for (const s of sorted) {
      const renamed: Statement = { ...s, id: names.get(s.id) as string, report: report.id };
      if (s.denies !== undefined) {
        const target = names.get(s.denies);
        if (target === undefined) delete renamed.denies;
        else renamed.denies = target;
      }
      out.push(renamed);
    }
  }
  return out;
}

/** The group options of analyze options: the diff's lexicon groups too, unless the group options name their own. */
export function groupOptionsOf(opts: Pick<AnalyzeOptions, 'diff' | 'group'>): GroupOptions {
  const diff = opts.diff ?? {};
  return { ...(diff.lexicon ? { lexicon: diff.lexicon, diff } : { diff }), ...opts.group };
}

/** One report given, in output order, with what extraction found (nothing for a duplicate). */
interface Extracted {
  report: Report;
  statements: Statement[];
  issues: Issue[];
}

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
  // The time budget (`timeBudget`) counts from the call.
  const started = Date.now();
  const list = parseArgument(z.array(ReportSchema), reports, 'analyze(reports)', 'an array of reports { id, text }');
  const opts = parseArgument(AnalyzeOptionsSchema, options, 'analyze(reports, options)', 'analyze options (see AnalyzeOptions)', 'invalid-options');
  const progress = (stage: AnalyzeProgress['stage'], done: number, total: number): void => opts.onProgress?.({ stage, done, total });
  // A stable sort: reports of one id stay in the order given, the first is the one analysed.
  const sorted = list.map((report, given) => ({ report, given })).sort((a, b) => compareIds(a.report.id, b.report.id) || a.given - b.given);
  const issues: Issue[] = [];
  const firstOf = new Map<string, number>();
  const extracted: Extracted[] = sorted.map(({ report, given }, k) => {
    const first = firstOf.get(report.id);
    let e: Extracted;
    if (first === undefined) {
      firstOf.set(report.id, given);
      const r = extractStatementsWithIssues(report, opts.extract);
      e = { report, statements: r.statements, issues: r.issues };
    } else {
      const message = `report ${given + 1} of ${list.length} has the id ${JSON.stringify(report.id)} of report ${first + 1}, which was analysed instead; this one was not`;
      e = { report, statements: [], issues: [{ code: 'duplicate-report-id', message, report: report.id }] };
    }
    progress('extract', k + 1, sorted.length);
    return e;
  });
  let statements = renumber(extracted);
  if (opts.mergeSpeakers ?? true) statements = mergeSpeakers(statements);
  const diff: DiffOptions = opts.diff ?? {};
  // The day each report was published anchors its relative dates ("on Friday"); a day that
  // cannot be read anchors nothing, and says so.
  const published = new Map<string, string>();
  for (const e of extracted) {
    const { report } = e;
    if (report.publishedAt === undefined || published.has(report.id) || e.issues.some((i) => i.code === 'duplicate-report-id')) continue;
    if (Number.isNaN(Date.parse(report.publishedAt))) {
      e.issues = [...e.issues, { code: 'unreadable-date', message: `publishedAt ${JSON.stringify(report.publishedAt)} is not a date (ISO 8601 expected); relative dates in this report are read as time words`, report: report.id }];
    } else published.set(report.id, report.publishedAt);
  }
  progress('group', 0, 1);
  const settings = resolveGroupSettings(groupOptionsOf(opts));
  // The stories first: groups of one story may merge by their pooled words (see `mergeByWording`).
  const stories = reportStories(statements, settings.features);
  const grouped = groupIndices(statements.map((s) => ({ ...asProposition(s), topic: stories.byReport.get(s.report) })), settings);
  issues.push(...grouped.issues);
  // A denial that only points ("called the accusation false") denies the claim it was resolved to.
  statements = statements.map((s, i) => {
    const target = grouped.pointed.get(i);
    return target === undefined ? s : { ...s, denies: (statements[target] as Statement).id };
  });
  progress('group', 1, 1);
  const { timeBudget } = opts;
  const limits = {
    maxGroupComparisons: opts.maxGroupComparisons ?? DEFAULT_COMPARE_LIMITS.maxGroupComparisons,
    maxDenialPairs: opts.maxDenialPairs ?? DEFAULT_COMPARE_LIMITS.maxDenialPairs,
    ...(timeBudget === undefined ? {} : { spent: (): boolean => Date.now() - started >= timeBudget }),
  };
  const overBudget = { cheap: 0, left: 0 };
  const groups: AnalysisGroup[] = [];
  grouped.groups.forEach((g, k) => {
    const canonical = statements[g.canonical] as Statement;
    const members = g.members.map((m) => statements[m] as Statement);
    const group: AnalysisGroup = { id: `g${k + 1}`, members: members.map((s) => s.id), canonical: canonical.id, comparisons: [] };
    if (members.length > 1) {
      const compared = compareGroup(group.id, canonical, members, diff, limits, opts.table ?? true, published, { features: settings.features, cut: settings.denialThreshold });
      issues.push(...compared.issues);
      overBudget.cheap += compared.overBudget.cheap;
      overBudget.left += compared.overBudget.left;
      group.comparisons = compared.comparisons;
      if (compared.table !== undefined) group.table = compared.table;
    }
    groups.push(group);
    progress('compare', k + 1, grouped.groups.length);
  });
  if (overBudget.cheap + overBudget.left > 0) {
    issues.push({
      code: 'time-budget-spent',
      message: `the time budget of ${timeBudget} ms was spent: ${overBudget.cheap} comparisons with a canonical wording were made only by common start and end and shared words, and ${overBudget.left} claim–denial comparisons were left out`,
    });
  }
  return {
    version: 1,
    reports: extracted.map((e) => ({ id: e.report.id, length: e.report.text.length, issues: e.issues })),
    statements,
    groups,
    ...(opts.topics ?? true ? { topics: findTopics({ statements, groups }, settings.features, {}, stories) } : {}),
    issues,
  };
}
