import { LABELS, type Label } from '../schema/diff';
import type { Analysis } from '../schema/analysis';
import { escapeHtml as h } from './escape';
import { groupHtml, pieceHtml, type HtmlContext } from './html-group';
import { HTML_SCRIPT, HTML_SCRIPT_SHA256 } from './html-script';
import { HTML_STYLE } from './html-style';
import { checkAnalysis, checkOptions, HtmlOptionsSchema } from './validate';
import { REASON_TEXT } from './reason-text';
import { kindsText } from './contradiction-kind';
import { topicsHtml } from './topic-view';
import { buildView, type Summary, type ReportInfo } from './view';

export interface HtmlOptions {
  /**
   * The page title.
   * @default 'claimdiff report'
   */
  title?: string;
  /**
   * The reports analysed: their `source`, `title` and `url` name the outlet of each wording.
   * @default [] (outlets are named by report id)
   */
  reports?: readonly ReportInfo[];
  /**
   * How many groups of two or more wordings start open; the rest start collapsed, so a report
   * of thousands of groups stays quick to open.
   * @default 25
   */
  openGroups?: number;
}

const LEGEND_SAMPLE: Readonly<Record<Label, string>> = {
  match: 'match',
  paraphrase: 'paraphrase',
  contradict: 'contradict',
  added: 'added',
  removed: 'removed',
};

const LEGEND_STYLE: Readonly<Record<Label, string>> = {
  match: 'plain text',
  paraphrase: 'dotted underline',
  contradict: 'bold, wavy underline',
  added: 'solid underline',
  removed: 'struck through',
};

function statsHtml(s: Summary): string {
  const item = (n: number, what: string, alert = false): string => `<li${alert ? ' class="alert"' : ''}><b>${n}</b><span>${what}</span></li>`;
  return `<ul class="stats" aria-label="Summary">
${item(s.reports, s.reports === 1 ? 'report' : 'reports')}
${item(s.statements, s.statements === 1 ? 'statement' : 'statements')}
${item(s.groups, `${s.groups === 1 ? 'group' : 'groups'} (${s.shared} reported more than once)`)}
${item(s.contradictions, `${s.contradictions === 1 ? 'contradiction' : 'contradictions'}${s.contradictions > 0 ? ` (${h(kindsText(s.contradictionKinds))})` : ''}`, s.contradictions > 0)}
${item(s.issues, s.issues === 1 ? 'issue' : 'issues')}
</ul>`;
}

function legendHtml(ctx: HtmlContext): string {
  const items = LABELS.map((label) => {
    const sample = label === 'match'
      ? `<span class="seg match">${LEGEND_SAMPLE[label]}</span>`
      : pieceHtml({ text: LEGEND_SAMPLE[label], label, reasons: [], ghost: label === 'removed', other: null }, 'reference wording', ctx);
    return `<span>${sample} ${LEGEND_STYLE[label]}</span>`;
  }).join('');
  const reasons = Object.entries(REASON_TEXT).map(([r, t]) => `<li><b>${h(r)}</b>: ${h(t)}</li>`).join('');
  return `<div class="legend" aria-label="Legend"><strong>Legend</strong>${items}<details><summary>reasons</summary><ul>${reasons}</ul></details><span>Hover or tab to a marked piece to see why.</span></div>`;
}

function barHtml(speakers: readonly string[], total: number): string {
  const labelOptions = ['contradict', 'paraphrase', 'added', 'removed', 'match'].map((l) => `<option value="${l}">${l}</option>`).join('');
  const speakerOptions = speakers.map((s) => `<option value="${h(s)}">${h(s)}</option>`).join('');
  return `<nav class="bar" aria-label="Filter groups">
<label>Label <select id="f-label"><option value="">any</option>${labelOptions}</select></label>
<label>Speaker <select id="f-speaker"><option value="">anyone</option>${speakerOptions}</select></label>
<label>Text <input id="f-text" type="search" placeholder="words, outlet, name"></label>
<label><input id="f-multi" type="checkbox"> reported more than once</label>
<button type="button" id="f-open">Expand all</button><button type="button" id="f-close">Collapse all</button>
<span class="count" id="f-count" aria-live="polite">${total} groups</span>
</nav>`;
}

function issuesHtml(analysis: Analysis): string {
  const all = [...analysis.reports.flatMap((r) => r.issues), ...analysis.issues];
  if (all.length === 0) return '';
  const items = all.map((i) => `<li><code>${h(i.code)}</code>${i.report === undefined ? '' : ` <code>${h(i.report)}</code>`} ${h(i.message)}</li>`).join('');
  return `<details class="issues"><summary>${all.length} ${all.length === 1 ? 'issue' : 'issues'} found in the data</summary><ul>${items}</ul></details>`;
}

/**
 * The analysis as one self-contained HTML page: inline style and script, no network. Every
 * string from the reports (text, ids, source names, speaker names) is escaped, and a
 * Content-Security-Policy lets only the page's own script run.
 *
 * @throws ClaimdiffError when `analysis` is not an analysis or an option is invalid.
 */
export function renderHtml(analysis: Analysis, options: HtmlOptions = {}): string {
  return htmlOf(checkAnalysis(analysis, 'renderHtml'), checkOptions(HtmlOptionsSchema, options, 'renderHtml'));
}

/** `renderHtml` on arguments already checked. */
export function htmlOf(analysis: Analysis, options: HtmlOptions): string {
  const view = buildView(analysis, options.reports ?? []);
  const ctx: HtmlContext = { nextId: 1 };
  const title = options.title ?? 'claimdiff report';
  let toOpen = options.openGroups ?? 25;
  const groups = view.groups.map((g) => groupHtml(g, g.members > 1 && toOpen-- > 0, ctx)).join('\n');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${HTML_SCRIPT_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimdiff">
<title>${h(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header class="top">
<h1>${h(title)}</h1>
<p class="sub">Who said what, across outlets: each group is one statement as the reports word it. Groups with contradictions come first.</p>
${statsHtml(view.summary)}
</header>
${barHtml(view.speakers, view.groups.length)}
${legendHtml(ctx)}
<main>
${topicsHtml(analysis)}
${groups}
<p class="empty" id="f-empty">No group matches the filter.</p>
${issuesHtml(analysis)}
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}
