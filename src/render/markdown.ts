import type { Label } from '../schema/diff';
import type { Analysis } from '../schema/analysis';
import { escapeMarkdown as md } from './escape';
import { checkAnalysis, checkOptions, MarkdownOptionsSchema } from './validate';
import { kindsText } from './contradiction-kind';
import { topicConflicts, topicGroups, topicSize, topicsView, topicWhy } from './topic-view';
import { buildView, groupWho, outletName, type GroupView, type Piece, type Summary, type WordingView, type ReportInfo } from './view';

export interface MarkdownOptions {
  /**
   * The heading of the document.
   * @default 'claimdiff report'
   */
  title?: string;
  /**
   * The reports analysed: their `source` names the outlet of each wording.
   * @default [] (outlets are named by report id)
   */
  reports?: readonly ReportInfo[];
}

/** Markdown that GitHub and Jupyter both render; labels differ by style as well as by name. */
const WRAP: Readonly<Record<Label, readonly [string, string]>> = {
  match: ['', ''],
  paraphrase: ['*', '*'],
  contradict: ['**', '**'],
  added: ['<ins>', '</ins>'],
  removed: ['~~', '~~'],
};

/** Emphasis must hug its text in CommonMark, so spaces stay outside the marks. */
function markPiece(p: Piece): string {
  const text = md(p.text);
  if (p.label === null || text.trim() === '') return text;
  const [open, close] = WRAP[p.label];
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  return `${lead}${open}${text.trim()}${close}${trail}`;
}

const quoted = (w: WordingView): string => {
  const body = w.pieces.map(markPiece).join('');
  return w.kind === 'indirect' ? body : `“${body}”`;
};

function summaryLine(s: Summary): string {
  return [
    `**${s.reports}** reports`,
    `**${s.statements}** statements`,
    `**${s.groups}** groups (${s.shared} reported more than once)`,
    `**${s.contradictions}** contradictions${s.contradictions > 0 ? ` (${kindsText(s.contradictionKinds)})` : ''}`,
    `**${s.issues}** ${s.issues === 1 ? 'issue' : 'issues'}`,
  ].join(' · ');
}

function outlets(w: WordingView): string {
  return w.outlets.map((o) => md(outletName(o))).join(', ');
}

/** Notes under a group's table: each paraphrased or contradicting piece with its counterpart and reasons. */
function notes(g: GroupView): string[] {
  const out: string[] = [];
  for (const w of g.wordings) {
    for (const p of w.pieces) {
      if ((p.label !== 'paraphrase' && p.label !== 'contradict') || p.ghost) continue;
      const other = p.other === null ? '' : ` ~ “${md(p.other)}”`;
      const reasons = p.reasons.length > 0 ? ` (${p.reasons.join(', ')})` : '';
      out.push(`- ${p.label}: “${md(p.text)}”${other}${reasons}, ${outlets(w)}`);
    }
  }
  return out;
}

function groupMarkdown(g: GroupView): string {
  const outletCount = new Set(g.wordings.flatMap((w) => w.outlets.map((o) => o.report))).size;
  const who = groupWho(g);
  const flags = [g.pairs.length > 0 ? 'denied' : '', g.contradictions > 0 ? `${g.contradictions} contradict` : ''].filter(Boolean);
  const lines = [`### ${md(g.id)}: ${md(who)}`, '', `${g.members} wordings in ${outletCount} outlets${flags.length > 0 ? ` · **${flags.join(' · ')}**` : ''}`, ''];
  for (const p of g.pairs) {
    lines.push(`> **Claim** (${md(p.claim.speaker ?? 'unattributed')}, ${outlets(p.claim)}): ${quoted(p.claim)}  `);
    lines.push(`> **Denial** (${md(p.denial.speaker ?? 'unattributed')}, ${outlets(p.denial)}): ${quoted(p.denial)}`, '');
  }
  if (g.morePairs > 0) lines.push(`and ${g.morePairs} more claim–denial pairs of the wordings below.`, '');
  lines.push('| outlet | speaker | stance | against the reference | wording |', '|---|---|---|---|---|');
  for (const w of g.wordings) {
    const rel = w.canonical ? 'reference' : w.relation === null ? '' : `${w.relation} ${w.score?.toFixed(2) ?? ''}`.trim();
    lines.push(`| ${outlets(w)} | ${md(w.speaker ?? 'unattributed')} | ${w.stance === 'denies' ? 'denies' : 'claims'} | ${rel} | ${quoted(w)} |`);
  }
  const n = notes(g);
  if (n.length > 0) lines.push('', ...n);
  return lines.join('\n');
}

/**
 * The analysis as Markdown for notebooks and pull-request comments: a summary line, the topics
 * (the widest first), each group
 * reported more than once with a table of its wordings (marked *paraphrase*, **contradict**,
 * <ins>added</ins>, ~~removed~~), then one table of the statements reported once. All report
 * text is escaped, so it cannot inject links, HTML or table cells.
 *
 * @throws ClaimdiffError when `analysis` is not an analysis or an option is invalid.
 */
export function renderMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  return markdownOf(checkAnalysis(analysis, 'renderMarkdown'), checkOptions(MarkdownOptionsSchema, options, 'renderMarkdown'));
}

/** `renderMarkdown` on arguments already checked. */
export function markdownOf(analysis: Analysis, options: MarkdownOptions): string {
  const view = buildView(analysis, options.reports ?? []);
  const shared = view.groups.filter((g) => g.members > 1);
  const single = view.groups.filter((g) => g.members === 1);
  const out = [
    `# ${md(options.title ?? 'claimdiff report')}`,
    '',
    summaryLine(view.summary),
    '',
    'Against each group’s reference wording: *paraphrase* · **contradict** · <ins>added</ins> · ~~removed~~ (matching words are plain).',
  ];
  const topics = topicsView(analysis);
  if (topics !== null) {
    out.push('', '## Topics', '');
    for (const t of topics.shown) {
      out.push(`- **${md(t.id)}** ${md(t.label)} (${topicSize(t)}): ${md(topicGroups(t))}. Why: ${md(topicWhy(t))}.`);
      for (const line of topicConflicts(t, analysis)) out.push(`  - **${md(line)}**`);
    }
    if (topics.more > 0) out.push(`- and ${topics.more} more`);
  }
  if (shared.length > 0) out.push('', '## Reported more than once', '', shared.map(groupMarkdown).join('\n\n'));
  if (single.length > 0) {
    out.push('', '## Reported once', '', '| group | speaker | stance | outlet | wording |', '|---|---|---|---|---|');
    for (const g of single) {
      const w = g.wordings[0] as WordingView;
      out.push(`| ${md(g.id)} | ${md(w.speaker ?? 'unattributed')} | ${w.stance === 'denies' ? 'denies' : 'claims'} | ${outlets(w)} | ${quoted(w)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
