import * as z from 'zod';
import { extractStatementsWithIssues } from '../extract/extract-statements';
import { mergeSpeakers } from '../extract/aliases';
import { groupIndices } from '../group/group-statements';
import { compareIds } from '../group/natural-order';
import { resolveGroupSettings, type GroupSettings } from '../group/settings';
import { textWordsOf } from '../group/text-words';
import {
  AnalyzeOptionsSchema, type Analysis, type AnalyzeOptions, type AnalyzeProgress, type AnalysisGroup, type Topic,
} from '../schema/analysis';
import type { GroupOptions } from '../schema/analyze-option-types';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import type { ExtractOptions } from '../schema/option-types';
import { ReportSchema, type Report } from '../schema/report';
import { asProposition } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import { findTopics, reportStories } from '../topics/find-topics';
import { withFigureConflicts } from './figure-conflicts';
import { DEFAULT_COMPARE_LIMITS, type ComparedGroup, type CompareLimits } from './compare-group';

// The steps of `analyze`, each a function over plain data, so that `analyzeInThreads`
// (claimdiff/node) runs the same steps, with extraction and comparisons on other threads.

/** One report given, in output order, with what extraction found (nothing for a duplicate). */
export interface Extracted {
  report: Report;
  statements: Statement[];
  issues: Issue[];
}

/** The checked arguments of a run, its reports in id order, and when it started. */
export interface AnalysisRun {
  readonly started: number;
  readonly opts: AnalyzeOptions;
  /** Reports in output order; `duplicate` is the issue of one whose id came before, not analysed. */
  readonly planned: readonly { report: Report; duplicate?: Issue }[];
  progress(stage: AnalyzeProgress['stage'], done: number, total: number): void;
}

/** Checks the arguments (errors name the call `name`) and puts the reports in id order. */
export function startAnalysis(name: string, reports: readonly Report[], options: AnalyzeOptions): AnalysisRun {
  // The time budget (`timeBudget`) counts from the call.
  const started = Date.now();
  const list = parseArgument(z.array(ReportSchema), reports, `${name}(reports)`, 'an array of reports { id, text }');
  const opts = parseArgument(AnalyzeOptionsSchema, options, `${name}(reports, options)`, 'analyze options (see AnalyzeOptions)', 'invalid-options');
  // A stable sort: reports of one id stay in the order given, the first is the one analysed.
  const sorted = list.map((report, given) => ({ report, given })).sort((a, b) => compareIds(a.report.id, b.report.id) || a.given - b.given);
  const firstOf = new Map<string, number>();
  const planned = sorted.map(({ report, given }) => {
    const first = firstOf.get(report.id);
    if (first === undefined) {
      firstOf.set(report.id, given);
      return { report };
    }
    const message = `report ${given + 1} of ${list.length} has the id ${JSON.stringify(report.id)} of report ${first + 1}, which was analysed instead; this one was not`;
    return { report, duplicate: { code: 'duplicate-report-id', message, report: report.id } };
  });
  return { started, opts, planned, progress: (stage, done, total) => opts.onProgress?.({ stage, done, total }) };
}

/** What extraction finds in one report: the step `analyze` runs per report. */
export function extractReport(report: Report, options: ExtractOptions | undefined): { statements: Statement[]; issues: Issue[] } {
  const r = extractStatementsWithIssues(report, options);
  return { statements: r.statements, issues: r.issues };
}

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

/** A group to compare: its id, canonical wording and members (two or more). */
export interface GroupToCompare {
  id: string;
  canonical: Statement;
  members: Statement[];
}

/** The run after grouping: statements, groups, and what the comparisons read. */
export interface GroupedRun {
  statements: Statement[];
  groups: AnalysisGroup[];
  /** The groups of two or more, to compare, in group order. */
  toCompare: GroupToCompare[];
  /** When each report was published (anchors "on Friday"), by report id. */
  published: Map<string, string>;
  settings: GroupSettings;
  stories: ReturnType<typeof reportStories>;
  issues: Issue[];
}

/**
 * Renumbers the statements, merges speaker aliases, reads each report's day of publication
 * (an `unreadable-date` issue on `extracted` when it cannot be), then groups the statements.
 */
export function groupExtracted(run: AnalysisRun, extracted: Extracted[]): GroupedRun {
  const { opts } = run;
  let statements = renumber(extracted);
  if (opts.mergeSpeakers ?? true) statements = mergeSpeakers(statements);
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
  run.progress('group', 0, 1);
  const settings = resolveGroupSettings(groupOptionsOf(opts));
  // The stories first: groups of one story may merge by their pooled words (see `mergeByWording`).
  // Both read the statements' content words: through one reader, each text once.
  const read = textWordsOf(settings.features);
  const stories = reportStories(statements, settings.features, {}, read);
  const grouped = groupIndices(statements.map((s) => ({ ...asProposition(s), topic: stories.byReport.get(s.report) })), settings, read);
  // A denial that only points ("called the accusation false") denies the claim it was resolved to.
  statements = statements.map((s, i) => {
    const target = grouped.pointed.get(i);
    return target === undefined ? s : { ...s, denies: (statements[target] as Statement).id };
  });
  run.progress('group', 1, 1);
  const toCompare: GroupToCompare[] = [];
  const groups = grouped.groups.map((g, k): AnalysisGroup => {
    const canonical = statements[g.canonical] as Statement;
    const members = g.members.map((m) => statements[m] as Statement);
    const group: AnalysisGroup = { id: `g${k + 1}`, members: members.map((s) => s.id), canonical: canonical.id, comparisons: [] };
    if (members.length > 1) toCompare.push({ id: group.id, canonical, members });
    return group;
  });
  return { statements, groups, toCompare, published, settings, stories, issues: [...grouped.issues] };
}

/** Comparison bounds as plain data: `deadline`, a `Date.now()` time, stands for the time budget (a closure cannot cross threads). */
export type PlainCompareLimits = Omit<CompareLimits, 'spent'> & { deadline?: number };

/** The comparison bounds of `limits`, `spent` once its `deadline` has passed (none without one). */
export function withDeadline(limits: PlainCompareLimits): CompareLimits & { deadline?: number } {
  const { deadline } = limits;
  return deadline === undefined ? limits : { ...limits, spent: (): boolean => Date.now() >= deadline };
}

/** The comparison bounds of the run's options; `spent` says when its time budget is. */
export function compareLimits(run: AnalysisRun): CompareLimits & { deadline?: number } {
  const { timeBudget } = run.opts;
  return withDeadline({
    maxGroupComparisons: run.opts.maxGroupComparisons ?? DEFAULT_COMPARE_LIMITS.maxGroupComparisons,
    maxDenialPairs: run.opts.maxDenialPairs ?? DEFAULT_COMPARE_LIMITS.maxDenialPairs,
    ...(timeBudget === undefined ? {} : { deadline: run.started + timeBudget }),
  });
}

/** The topics of the grouped run, unless the options leave them out. They read no comparison, so they may be found while groups are compared. */
export function topicsOf(run: AnalysisRun, grouped: GroupedRun): Topic[] | undefined {
  const { statements, groups, settings } = grouped;
  return run.opts.topics ?? true ? findTopics({ statements, groups }, settings.features, {}, grouped.stories) : undefined;
}

/** The analysis: the compared groups (`compared[k]` of `toCompare[k]`) put in place, the time-budget issue, and the topics (found here unless given). */
export function finishAnalysis(run: AnalysisRun, extracted: readonly Extracted[], grouped: GroupedRun, compared: readonly ComparedGroup[], topics = topicsOf(run, grouped)): Analysis {
  const { statements, groups } = grouped;
  const issues = [...grouped.issues];
  const overBudget = { cheap: 0, left: 0 };
  const byId = new Map(groups.map((g) => [g.id, g]));
  grouped.toCompare.forEach((g, k) => {
    const c = compared[k] as ComparedGroup;
    const group = byId.get(g.id) as AnalysisGroup;
    issues.push(...c.issues);
    overBudget.cheap += c.overBudget.cheap;
    overBudget.left += c.overBudget.left;
    group.comparisons = c.comparisons;
    if (c.table !== undefined) group.table = c.table;
  });
  if (overBudget.cheap + overBudget.left > 0) {
    issues.push({
      code: 'time-budget-spent',
      message: `the time budget of ${run.opts.timeBudget} ms was spent: ${overBudget.cheap} comparisons with a canonical wording were made only by common start and end and shared words, and ${overBudget.left} claim–denial or figure comparisons within groups were left out`,
    });
  }
  const conflicted = topics === undefined ? undefined : withConflicts(run, grouped, topics);
  if (conflicted !== undefined) issues.push(...conflicted.issues);
  return {
    version: 1,
    reports: extracted.map((e) => ({ id: e.report.id, length: e.report.text.length, issues: e.issues })),
    statements,
    groups,
    ...(conflicted === undefined ? {} : { topics: conflicted.topics }),
    issues,
  };
}

/** The topics with the claims of two of their groups that give two figures for one count (see `withFigureConflicts`), and the issues of finding them. */
function withConflicts(run: AnalysisRun, grouped: GroupedRun, topics: Topic[]): { topics: Topic[]; issues: Issue[] } {
  const { settings } = grouped;
  const limits = compareLimits(run);
  return withFigureConflicts(topics, grouped.groups, grouped.statements, {
    diff: run.opts.diff ?? {}, published: grouped.published, link: { features: settings.features, cut: settings.denialThreshold }, ...(limits.spent ? { spent: limits.spent } : {}),
  });
}
