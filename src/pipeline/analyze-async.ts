import { diffClaimsAsync } from '../compare/judge';
import { AnalyzeAsyncOptionsSchema, type Analysis, type AnalyzeAsyncOptions, type Comparison } from '../schema/analysis';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import type { Report } from '../schema/report';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import { analyze } from './analyze';
import { pairOptions, toComparison } from './compare-group';

const JUDGE_BELOW = 0.6;
const MAX_JUDGED_COMPARISONS = 200;

/** Whether the rules are unsure of a comparison: its verdict, or one of its two-sided segments. */
function unsure(c: Comparison, below: number): boolean {
  if (c.reasons.includes('stance')) return false;
  return (c.confidence ?? 1) < below || c.segments.some((s) => s.a !== null && s.b !== null && (s.confidence ?? 1) < below);
}

/**
 * `analyze`, then a second opinion: each comparison the rules are unsure of (confidence below
 * `judgeBelow`, on the verdict or a two-sided segment) is compared again with
 * `diffClaimsAsync` and the user's `judge`, in group and comparison order, one at a time, at
 * most `maxJudgedComparisons` in the run. Where the judge changed a label, the comparison is
 * replaced (its labels then carry reason `judge`); claim–denial comparisons are the stance
 * rule's and are never put to it. Groups and the alignment tables are the rules' alone.
 * Without a judge the result equals `analyze`'s.
 *
 * @throws ClaimdiffError as `analyze` does, or when an option is invalid.
 */
export async function analyzeAsync(reports: readonly Report[], options: AnalyzeAsyncOptions = {}): Promise<Analysis> {
  const opts = parseArgument(AnalyzeAsyncOptionsSchema, options, 'analyzeAsync(reports, options)', 'analyze options with a judge (see AnalyzeAsyncOptions)', 'invalid-options');
  const { judge, judgeBelow = JUDGE_BELOW, maxJudgeCalls, maxJudgedComparisons = MAX_JUDGED_COMPARISONS, ...rest } = opts;
  const analysis = analyze(reports, rest);
  if (judge === undefined) return analysis;
  const statements = new Map<string, Statement>(analysis.statements.map((s) => [s.id, s]));
  const published = new Map<string, string>();
  for (const r of reports) if (r.publishedAt !== undefined && !published.has(r.id) && !Number.isNaN(Date.parse(r.publishedAt))) published.set(r.id, r.publishedAt);
  const issues: Issue[] = [...analysis.issues];
  let judged = 0;
  let skipped = 0;
  const groups: Analysis['groups'] = [];
  for (const g of analysis.groups) {
    const comparisons: Comparison[] = [];
    for (const c of g.comparisons) {
      const a = statements.get(c.a);
      const b = statements.get(c.b);
      if (a === undefined || b === undefined || !unsure(c, judgeBelow)) {
        comparisons.push(c);
        continue;
      }
      if (judged >= maxJudgedComparisons) {
        skipped += 1;
        comparisons.push(c);
        continue;
      }
      judged += 1;
      const base = pairOptions(a, b, rest.diff ?? {}, published);
      const d = await diffClaimsAsync(propositionText(a), propositionText(b), { ...base, judge, judgeBelow, ...(maxJudgeCalls === undefined ? {} : { maxJudgeCalls }) });
      for (const issue of d.issues) if (issue.code === 'judge-failed') issues.push({ ...issue, report: b.report });
      const judgedLabels = d.segments.some((s) => s.reasons.includes('judge'));
      const { issues: _dropped, ...next } = toComparison(a, b, d);
      comparisons.push(judgedLabels ? next : c);
    }
    groups.push({ ...g, comparisons });
  }
  if (skipped > 0) {
    issues.push({ code: 'judge-capped', message: `${skipped} unsure comparison${skipped === 1 ? '' : 's'} not put to the judge: maxJudgedComparisons (${maxJudgedComparisons}) reached` });
  }
  return { ...analysis, groups, issues };
}
