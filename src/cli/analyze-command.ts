import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze } from '../pipeline/analyze';
import { diffTextOf } from '../render/diff-text';
import { escapeTerminal as t } from '../render/escape';
import { renderJsonl } from '../render/jsonl';
import { render } from '../render/render';
import { topicGroups, topicSize, topicsView } from '../render/topic-view';
import type { Analysis, Comparison } from '../schema/analysis';
import type { Segment, Span } from '../schema/diff';
import type { Statement } from '../schema/statement';
import { bad, describeFsError } from './decode';
import { createProgress } from './progress';
import { readReports } from './read-reports';
import { type CliIo, EXIT, formatFlag, parseFlags, UsageError, useColor } from './command';
import type { Issue } from '../schema/issue';
import type { Report } from '../schema/report';

const FORMATS = ['json', 'jsonl', 'markdown', 'html', 'text'] as const;

const relative = (span: Span | null, start: number): Span | null => (span === null ? null : [span[0] - start, span[1] - start]);

/** A statement's speaker and report, escaped: both come from the reports (see `escapeTerminal`). */
function who(s: Statement): string {
  return t(`${s.speaker?.name ?? 'unattributed'}, ${s.report}${s.stance === 'denies' ? ', denies' : ''}`);
}

/** The analysis for a terminal: the topics, each group of two or more wordings with its comparisons, then a count of the rest. */
export function renderAnalysisText(analysis: Analysis, color: boolean): string {
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const out: string[] = [];
  const shared = analysis.groups.filter((g) => g.members.length > 1);
  out.push(`${analysis.reports.length} reports, ${analysis.statements.length} statements, ${analysis.groups.length} groups (${shared.length} reported more than once)`);
  const topics = topicsView(analysis);
  if (topics !== null) {
    out.push('', `topics${topics.more > 0 ? ` (the ${topics.shown.length} widest of ${topics.shown.length + topics.more})` : ''}`);
    for (const topic of topics.shown) out.push(`  ${topic.id}  ${t(topic.label)}  (${topicSize(topic)})  ${t(topicGroups(topic))}`);
  }
  for (const g of shared) {
    const canonical = byId.get(g.canonical) as Statement;
    out.push('', `${g.id}  ${g.members.length} statements  canonical ${t(canonical.id)} (${who(canonical)})`);
    for (const c of g.comparisons) out.push(renderComparison(c, byId, color));
  }
  for (const report of analysis.reports) out.push(...reportIssueLines(report.id, report.issues));
  for (const issue of analysis.issues) out.push(`issue ${issue.code}: ${t(issue.message)}`);
  return `${out.join('\n')}\n`;
}

/** Issues about a report as a whole, in full; the many small ones (a pronoun unresolved) counted by code. */
const WHOLE_REPORT = new Set(['empty-text', 'binary-text', 'replacement-characters', 'report-truncated', 'statements-capped', 'duplicate-report-id', 'sentence-split']);

function reportIssueLines(id: string, issues: readonly Issue[]): string[] {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const issue of issues) {
    if (WHOLE_REPORT.has(issue.code)) lines.push(`issue ${issue.code} (${t(id)}): ${t(issue.message)}`);
    else counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  }
  if (counts.size > 0) lines.push(`issues (${t(id)}): ${[...counts].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  return lines;
}

function renderComparison(c: Comparison, byId: ReadonlyMap<string, Statement>, color: boolean): string {
  const a = byId.get(c.a) as Statement;
  const b = byId.get(c.b) as Statement;
  const segments: Segment[] = c.segments.map((s) => ({ ...s, a: relative(s.a, a.start), b: relative(s.b, b.start) }));
  const body = diffTextOf({ relation: c.relation, score: c.score, segments, issues: [] }, a.text, b.text, { color });
  const reasons = c.reasons.length > 0 ? ` (${c.reasons.join(', ')})` : '';
  return `  ${t(a.id)} (${who(a)}) vs ${t(b.id)} (${who(b)})${reasons}\n${body.replace(/^/gm, '    ')}`;
}

/** The `--time-budget` flag: milliseconds, a number ≥ 0. */
function timeBudgetFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (value.trim() === '' || !Number.isFinite(ms) || ms < 0) throw new UsageError(`--time-budget: found ${JSON.stringify(value)}, expected milliseconds (a number ≥ 0)`);
  return ms;
}

/** `claimdiff analyze <files… | -> [--format text|json|jsonl|markdown|html] [--out FILE] [--time-budget MS] [--no-topics]`. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, out: { type: 'string' }, 'time-budget': { type: 'string' }, 'no-topics': { type: 'boolean' }, quiet: { type: 'boolean' } },
    }),
  );
  const format = formatFlag(values.format, FORMATS);
  const timeBudget = timeBudgetFlag(values['time-budget']);
  if (positionals.length === 0) throw new UsageError('expected one or more files, or - for stdin');
  const reports: Report[] = [];
  for await (const report of readReports(positionals, io)) reports.push(report);
  const bar = createProgress(io, { items: reports.length * 10, quiet: values.quiet === true });
  const analysis = analyze(reports, {
    onProgress: (p) => bar.update(p.stage, p.done, p.total),
    ...(timeBudget === undefined ? {} : { timeBudget }),
    ...(values['no-topics'] === true ? { topics: false } : {}),
  });
  bar.finish();
  const output =
    format === 'json' ? `${JSON.stringify(analysis)}\n`
    : format === 'jsonl' ? renderJsonl(analysis)
    : format === 'markdown' || format === 'html' ? render(analysis, format, { reports })
    : renderAnalysisText(analysis, values.out === undefined && useColor(io));
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, output, 'utf8');
    } catch (error) {
      bad(values.out, `cannot be written: ${describeFsError(error)}`);
    }
  } else {
    io.stdout.write(output);
  }
  return EXIT.ok;
}
