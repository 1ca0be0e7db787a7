import type { Analysis, Topic } from '../schema/analysis';
import type { Statement } from '../schema/statement';
import { escapeHtml as h } from './escape';

/**
 * The "Topics" section every view shows: the stories above the groups, the widest first, so a
 * reader sees at once which reports are one story. Plain data and text, not yet escaped, for
 * each view to escape its own way; `topicsHtml` escapes its own.
 */

/** Topics shown by the Markdown and terminal views; the rest are counted. */
const TOPICS_SHOWN = 20;

export interface TopicsView {
  /** The topics in display order: most reports first, then most groups, then analysis order. */
  shown: readonly Topic[];
  /** Topics left out (Markdown and terminal only). */
  more: number;
}

/** The topics to show, or `null` when the analysis has none (`topics: false`, or no statements). */
export function topicsView(analysis: Pick<Analysis, 'topics'>, limit = TOPICS_SHOWN): TopicsView | null {
  const topics = analysis.topics ?? [];
  if (topics.length === 0) return null;
  const ordered = topics
    .map((t, k) => ({ t, k }))
    .sort((x, y) => y.t.reports.length - x.t.reports.length || y.t.groups.length - x.t.groups.length || x.k - y.k)
    .map((x) => x.t);
  return { shown: ordered.slice(0, limit), more: Math.max(0, ordered.length - limit) };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "3 reports · 6 groups": the size of a topic. */
export function topicSize(t: Topic): string {
  return `${count(t.reports.length, 'report', 'reports')} · ${count(t.groups.length, 'group', 'groups')}`;
}

/** Group ids shown per topic by the Markdown and terminal views; the rest are counted. */
const GROUPS_SHOWN = 12;

/** A topic's group ids as text, the first `GROUPS_SHOWN` of them: "g1, g2 and 3 more". */
export function topicGroups(t: Topic): string {
  const shown = t.groups.slice(0, GROUPS_SHOWN).join(', ');
  return t.groups.length > GROUPS_SHOWN ? `${shown} and ${t.groups.length - GROUPS_SHOWN} more` : shown;
}

/** Why a topic's groups are together, in words: the words its reports share and its statements reported by several. */
export function topicWhy(t: Topic): string {
  const parts: string[] = [];
  if (t.why.words.length > 0) parts.push(`its reports share ${t.why.words.join(', ')}`);
  if (t.why.groups.length > 0) parts.push(`${count(t.why.groups.length, 'statement', 'statements')} reported by several of them (${t.why.groups.join(', ')})`);
  return parts.length > 0 ? parts.join('; ') : 'one report';
}

/** Characters of a claim shown in a topic's conflict line. */
const CONFLICT_CHARS = 90;

/**
 * A topic's conflicting claims (see `Topic.conflicts`) as lines of text, not yet escaped: "figures
 * in conflict: s3 (g1) “… killed 1,429 people …” against s10 (g7) “… had killed 355”".
 */
export function topicConflicts(t: Topic, analysis: Partial<Pick<Analysis, 'statements' | 'groups'>>): string[] {
  if (t.conflicts === undefined || t.conflicts.length === 0) return [];
  const byId = new Map<string, Statement>((analysis.statements ?? []).map((s) => [s.id, s]));
  const groupOf = new Map<string, string>();
  for (const g of analysis.groups ?? []) for (const m of g.members) groupOf.set(m, g.id);
  const quote = (id: string): string => {
    const text = byId.get(id)?.text ?? '';
    return `${id} (${groupOf.get(id) ?? '?'}) “${text.length > CONFLICT_CHARS ? `${text.slice(0, CONFLICT_CHARS - 1)}…` : text}”`;
  };
  return t.conflicts.map((c) => `figures in conflict: ${quote(c.a)} against ${quote(c.b)}`);
}

/** The HTML section: every topic, each group a link to its card. Every string is escaped. */
export function topicsHtml(analysis: Pick<Analysis, 'topics'> & Partial<Pick<Analysis, 'statements' | 'groups'>>): string {
  const view = topicsView(analysis, Number.POSITIVE_INFINITY);
  if (view === null) return '';
  const items = view.shown.map((t) => {
    const groups = t.groups.map((g) => `<a href="#group-${h(g)}">${h(g)}</a>`).join(' ');
    const conflicts = topicConflicts(t, analysis).map((line) => `<br><span class="seg contradict">${h(line)}</span>`).join('');
    return `<li><span class="gid">${h(t.id)}</span> <b>${h(t.label)}</b> <span class="muted">${h(topicSize(t))}</span><br><span class="muted">${h(topicWhy(t))}</span><br>${groups}${conflicts}</li>`;
  }).join('\n');
  return `<details class="topics"${view.shown.length <= TOPICS_SHOWN ? ' open' : ''}><summary>${count(view.shown.length, 'topic', 'topics')}: the stories above the groups, most reports first</summary><ul>\n${items}\n</ul></details>`;
}
