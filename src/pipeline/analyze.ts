import { z } from 'zod';
import { compareValid } from '../compare/diff-claims';
import { extractStatementsWithIssues } from '../extract/extract-statements';
import { mergeSpeakers } from '../extract/aliases';
import { alignGroup } from '../group/align-group';
import { groupIndices } from '../group/group-statements';
import { compareIds } from '../group/natural-order';
import { resolveGroupSettings } from '../group/settings';
import {
  AnalyzeOptionsSchema, type Analysis, type AnalyzeOptions, type AnalyzeProgress, type Comparison, type Group,
} from '../schema/analysis';
import type { Segment, Span } from '../schema/diff';
import { ClaimdiffError, parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { ReportSchema, type Report } from '../schema/report';
import type { Statement } from '../schema/statement';

/** Most claim–denial comparisons made in one group; more are counted in an issue. */
const MAX_DENIAL_PAIRS = 200;

const shift = (span: Span | null, by: number): Span | null => (span === null ? null : [span[0] + by, span[1] + by]);

/** Compares two statements and moves the segment spans from statement offsets to report offsets. */
function comparison(a: Statement, b: Statement, diff: DiffOptions): Comparison & { issues: Issue[] } {
  const d = compareValid(a.text, b.text, diff);
  const segments: Segment[] = d.segments.map((s) => ({ label: s.label, a: shift(s.a, a.start), b: shift(s.b, b.start), reasons: s.reasons }));
  const base = { a: a.id, b: b.id, score: d.score, segments, issues: d.issues.map((i) => ({ ...i, report: b.report })) };
  if (a.stance === b.stance) return { ...base, relation: d.relation };
  // A claim and its denial: the same proposition, opposite stance.
  return { ...base, relation: 'contradict', reasons: ['stance'] };
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

/**
 * Everything in one call: extract the statements of each report, merge speaker aliases across
 * reports, group the statements, and compare each member with its group's canonical wording and
 * every claim with every denial of it. Returns the `analyze` JSON (version 1). Deterministic:
 * reports are processed in id order, so any order of the same reports gives the same output.
 *
 * @throws ClaimdiffError when `reports` is not an array of reports with unique ids, or an option is invalid.
 */
export function analyze(reports: readonly Report[], options: AnalyzeOptions = {}): Analysis {
  const list = parseArgument(z.array(ReportSchema), reports, 'analyze(reports)', 'an array of reports { id, text }');
  const opts = parseArgument(AnalyzeOptionsSchema, options, 'analyze(reports, options)', 'analyze options (see AnalyzeOptions)', 'invalid-options');
  const seen = new Set<string>();
  for (const r of list) {
    if (seen.has(r.id)) throw new ClaimdiffError('invalid-argument', `analyze(reports): found duplicate report id ${JSON.stringify(r.id)}, expected ids unique`);
    seen.add(r.id);
  }
  const progress = (stage: AnalyzeProgress['stage'], done: number, total: number): void => opts.onProgress?.({ stage, done, total });
  const sorted = [...list].sort((a, b) => compareIds(a.id, b.id));
  const issues: Issue[] = [];
  const extracted = sorted.map((report, k) => {
    const r = extractStatementsWithIssues(report, opts.extract);
    progress('extract', k + 1, sorted.length);
    return { report, statements: r.statements, issues: r.issues };
  });
  let statements = renumber(extracted);
  if (opts.mergeSpeakers ?? true) statements = mergeSpeakers(statements);
  const diff: DiffOptions = opts.diff ?? {};
  const groupOptions = { ...(diff.lexicon ? { lexicon: diff.lexicon, diff } : { diff }), ...opts.group };
  progress('group', 0, 1);
  const grouped = groupIndices(statements, resolveGroupSettings(groupOptions));
  issues.push(...grouped.issues);
  progress('group', 1, 1);
  const groups: Group[] = [];
  grouped.groups.forEach((g, k) => {
    const canonical = statements[g.canonical] as Statement;
    const members = g.members.map((m) => statements[m] as Statement);
    const group: Group = { id: `g${k + 1}`, members: members.map((s) => s.id), canonical: canonical.id };
    if (members.length > 1) {
      const comparisons: Comparison[] = [];
      const add = (c: Comparison & { issues: Issue[] }): void => {
        const { issues: found, ...rest } = c;
        issues.push(...found);
        comparisons.push(rest);
      };
      for (const m of members) if (m !== canonical) add(comparison(canonical, m, diff));
      const claims = members.filter((s) => s !== canonical && s.stance === 'asserts');
      const denials = members.filter((s) => s !== canonical && s.stance === 'denies');
      const pairs = claims.length * denials.length;
      let made = 0;
      for (const c of claims) for (const d of denials) if (made++ < MAX_DENIAL_PAIRS) add(comparison(c, d, diff));
      if (pairs > MAX_DENIAL_PAIRS) issues.push({ code: 'comparisons-capped', message: `group ${group.id}: ${pairs - MAX_DENIAL_PAIRS} of ${pairs} claim–denial comparisons left out` });
      group.comparisons = comparisons;
      if (opts.table ?? true) {
        const rows = comparisons.filter((c) => c.a === canonical.id).map((c) => ({ statement: c.b, segments: c.segments }));
        group.table = alignGroup({ statement: canonical.id, span: [canonical.start, canonical.end] }, rows);
      }
    }
    groups.push(group);
    progress('compare', k + 1, grouped.groups.length);
  });
  return {
    version: 1,
    reports: extracted.map((e) => ({ id: e.report.id, length: e.report.text.length, ...(e.issues.length > 0 ? { issues: e.issues } : {}) })),
    statements,
    groups,
    issues,
  };
}
