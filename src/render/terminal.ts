import { createColors } from 'picocolors';
import type { Analysis } from '../schema/analysis';
import { painter, type Paint } from './diff-text';
import { escapeTerminal as t } from './escape';
import { checkAnalysis, checkOptions, TerminalOptionsSchema } from './validate';
import { kindsText } from './contradiction-kind';
import { topicConflicts, topicGroups, topicSize, topicsView, topicWhy } from './topic-view';
import { buildView, groupWho, outletName, type GroupView, type Piece, type WordingView, type ReportInfo } from './view';

export interface TerminalOptions {
  /**
   * ANSI colours. Without them, labels are shown as the marks of `renderDiffText`:
   * `[-removed-]`, `{+added+}`, `<~paraphrase~>`, `<!contradict!>`. The command turns colour on
   * only when stdout is a terminal and `NO_COLOR` is not set.
   * @default false
   */
  color?: boolean;
  /**
   * The reports analysed: their `source` names the outlet of each wording.
   * @default [] (outlets are named by report id)
   */
  reports?: readonly ReportInfo[];
}

function paintPieces(pieces: readonly Piece[], paint: Paint): string {
  return pieces.map((p) => (p.label === null || p.label === 'match' ? t(p.text) : paint(p.label, t(p.text)))).join('');
}

const quoted = (w: WordingView, paint: Paint): string => (w.kind === 'indirect' ? paintPieces(w.pieces, paint) : `“${paintPieces(w.pieces, paint)}”`);
const outlets = (w: WordingView): string => w.outlets.map((o) => t(outletName(o))).join(', ');
const speaker = (w: WordingView): string => t(w.speaker ?? 'unattributed');

function groupText(g: GroupView, paint: Paint, c: ReturnType<typeof createColors>): string[] {
  const outletCount = new Set(g.wordings.flatMap((w) => w.outlets.map((o) => o.report))).size;
  const who = groupWho(g);
  const flags = [g.pairs.length > 0 ? 'denied' : '', g.contradictions > 0 ? `${g.contradictions} contradict` : ''].filter(Boolean);
  const lines = [`${c.bold(t(g.id))}  ${c.bold(t(who))}  ${c.dim(`${g.members} wordings · ${outletCount} outlets`)}${flags.length > 0 ? `  ${c.red(flags.join(' · '))}` : ''}`];
  for (const p of g.pairs) {
    lines.push(`  ${c.cyan('claim ')}  ${speaker(p.claim)} (${outlets(p.claim)}): ${quoted(p.claim, paint)}`);
    lines.push(`  ${c.red('denial')}  ${speaker(p.denial)} (${outlets(p.denial)}): ${quoted(p.denial, paint)}`);
  }
  if (g.morePairs > 0) lines.push(c.dim(`  and ${g.morePairs} more claim–denial pairs`));
  for (const w of g.wordings) {
    const rel = w.canonical ? 'reference' : `${w.relation ?? ''} ${w.score?.toFixed(2) ?? ''}`.trim();
    const stance = w.stance === 'denies' ? c.red(' denies') : '';
    lines.push(`  ${rel.padEnd(16)}${speaker(w)}${stance} (${outlets(w)}): ${quoted(w, paint)}`);
    for (const p of w.pieces) {
      if (p.ghost || (p.label !== 'paraphrase' && p.label !== 'contradict')) continue;
      const reasons = p.reasons.length > 0 ? c.dim(` (${p.reasons.join(', ')})`) : '';
      lines.push(`  ${' '.repeat(16)}${paint(p.label, p.label.padEnd(10))}  ${t(p.text)}${p.other === null ? '' : `  ~  ${t(p.other)}`}${reasons}`);
    }
  }
  return lines;
}

/**
 * The analysis for a terminal: a summary line, the topics (the widest first), then each group reported more than once (claims
 * and denials, every wording painted against the reference wording), then one line per
 * statement reported once, then the issues. Control characters in reports are shown, never sent.
 */
export function renderTerminal(analysis: Analysis, options: TerminalOptions = {}): string {
  return terminalOf(checkAnalysis(analysis, 'renderTerminal'), checkOptions(TerminalOptionsSchema, options, 'renderTerminal'));
}

/** `renderTerminal` on arguments already checked. */
export function terminalOf(analysis: Analysis, options: TerminalOptions): string {
  const color = options.color ?? false;
  const c = createColors(color);
  const paint = painter(color);
  const view = buildView(analysis, options.reports ?? []);
  const s = view.summary;
  const out = [
    `${c.bold('claimdiff')}  ${s.reports} reports · ${s.statements} statements · ${s.groups} groups (${s.shared} reported more than once) · ${s.contradictions} contradictions${s.contradictions > 0 ? ` (${kindsText(s.contradictionKinds)})` : ''} · ${s.issues} ${s.issues === 1 ? 'issue' : 'issues'}`,
  ];
  const topics = topicsView(analysis);
  if (topics !== null) {
    out.push('', c.bold('topics'));
    for (const topic of topics.shown) {
      out.push(`  ${c.dim(t(topic.id).padEnd(5))} ${c.bold(t(topic.label))}  ${c.dim(topicSize(topic))}  ${t(topicGroups(topic))}`);
      out.push(`        ${c.dim(t(topicWhy(topic)))}`);
      for (const line of topicConflicts(topic, analysis)) out.push(`        ${c.red(t(line))}`);
    }
    if (topics.more > 0) out.push(c.dim(`  and ${topics.more} more`));
  }
  const single: string[] = [];
  for (const g of view.groups) {
    if (g.members > 1) {
      out.push('', ...groupText(g, paint, c));
    } else {
      const w = g.wordings[0] as WordingView;
      single.push(`  ${c.dim(t(g.id).padEnd(5))} ${speaker(w)}${w.stance === 'denies' ? c.red(' denies') : ''} (${outlets(w)}): ${quoted(w, paint)}`);
    }
  }
  if (single.length > 0) out.push('', c.bold('reported once'), ...single);
  const issues = issueLines(analysis);
  if (issues.length > 0) out.push('', c.bold('issues'), ...issues);
  return `${out.join('\n')}\n`;
}

/** Issues about a report as a whole, which change what can be trusted of it, in full. */
const WHOLE_REPORT: ReadonlySet<string> = new Set(['empty-text', 'binary-text', 'replacement-characters', 'report-truncated', 'statements-capped', 'duplicate-report-id', 'sentence-split']);

/** The issues of the analysis: those of a whole report in full, the many small ones (a pronoun unresolved) counted by code. */
function issueLines(analysis: Analysis): string[] {
  const lines: string[] = [];
  for (const report of analysis.reports) {
    const counts = new Map<string, number>();
    for (const issue of report.issues) {
      if (WHOLE_REPORT.has(issue.code)) lines.push(`  ${issue.code} (${t(report.id)}): ${t(issue.message)}`);
      else counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
    }
    if (counts.size > 0) lines.push(`  ${t(report.id)}: ${[...counts].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  }
  for (const issue of analysis.issues) lines.push(`  ${issue.code}: ${t(issue.message)}`);
  return lines;
}
