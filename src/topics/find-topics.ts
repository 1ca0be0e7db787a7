import { clusterEdges } from '../group/cluster';
import type { Edge } from '../group/edge-list';
import { indicesBy } from '../group/indices-by';
import type { FeatureContext } from '../group/features';
import type { TextWords } from '../group/text-words';
import type { Analysis, Topic } from '../schema/analysis';
import type { Statement } from '../schema/statement';
import { linkReports } from './report-links';
import { reportWords, tellingWords, type ReportWords } from './report-words';

/** How topics are found; every field has a default (`TOPIC_DEFAULTS`). */
export interface TopicSettings {
  /** Idf-weighted cosine of two reports' words at or above which they are linked as one story. */
  threshold: number;
  /** A word found in more reports than this looks up no report pairs (it still counts in the cosine). */
  maxDf: number;
  /** Words in a topic's label. */
  labelWords: number;
  /** Words in a topic's `why.words`. */
  whyWords: number;
}

export const TOPIC_DEFAULTS: TopicSettings = { threshold: 0.1, maxDf: 200, labelWords: 4, whyWords: 8 };

/**
 * The reports of each group's members and of its canonical statement, as indices into
 * `reports`. A statement whose report is unknown counts for nothing (-1 for the canonical).
 */
function groupReports(analysis: Pick<Analysis, 'statements' | 'groups'>, reports: readonly string[]): { members: number[]; canonical: number }[] {
  const reportIndex = new Map(reports.map((r, k) => [r, k]));
  const reportOf = new Map<string, number>();
  for (const s of analysis.statements) {
    const r = reportIndex.get(s.report);
    if (r !== undefined) reportOf.set(s.id, r);
  }
  return analysis.groups.map((g) => ({ members: g.members.flatMap((m) => reportOf.get(m) ?? []), canonical: reportOf.get(g.canonical) ?? -1 }));
}

/**
 * The cluster holding most of a group's members. A tie goes to the cluster of the canonical
 * (the most central wording) when it is among the tied, else to that of the first tied member:
 * never to a fixed cluster, which would collect every group spread over many stories.
 * -1 when no member has a known report.
 */
function plurality(memberReports: readonly number[], canonical: number, clusterOf: Int32Array): number {
  const count = new Map<number, number>();
  for (const r of memberReports) count.set(clusterOf[r] as number, (count.get(clusterOf[r] as number) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  const own = canonical < 0 ? -1 : (clusterOf[canonical] as number);
  if (count.get(own) === most) return own;
  for (const r of memberReports) if (count.get(clusterOf[r] as number) === most) return clusterOf[r] as number;
  return -1;
}

/** The most reports a story may hold and still join a larger one it is linked to (see `smallStoriesJoined`). */
const SMALL_STORY = 2;

/**
 * The story of each report: reports linked when the idf-weighted cosine of their words reaches
 * `threshold`, clustered without chaining, then small stories joined to the larger ones they
 * are linked to (see `smallStoriesJoined`). Candidate pairs share a word of at most `maxDf` reports.
 */
function storiesOf(rw: ReportWords, s: TopicSettings): Int32Array {
  const edges = linkReports(rw, s.threshold, s.maxDf);
  const storyOf = new Int32Array(rw.reports.length);
  const clusters = clusterEdges(rw.reports.length, edges);
  clusters.forEach((c, k) => {
    for (const m of c.members) storyOf[m] = k;
  });
  return smallStoriesJoined(clusters, edges, storyOf);
}

/**
 * `storyOf` with each story of at most `SMALL_STORY` reports moved into the larger story one of
 * its reports is linked to most strongly, if any. Clustering without chaining leaves a report
 * alone when its strongest links go to reports other than the centre they joined; a lone report
 * then joins the story of the report it is linked to most, and so do two such reports, linked to
 * each other ("the president's remarks" told by two outlets, one of them linked to the story, the
 * other just under the threshold). It was the centre alone, until a report of Kerry's toll linked
 * at 0.25 and 0.14 to two of a story's reports stayed out of it; joining by any member gave
 * ECB+'s event sub-topics a better B³ F1 (dev 0.761 → 0.785, test 0.735 → 0.742). A story that
 * moves takes none in, so stories do not chain further. O(edges).
 */
export function smallStoriesJoined(clusters: readonly { canonical: number; members: readonly number[] }[], edges: readonly Edge[], storyOf: Int32Array): Int32Array {
  const size = clusters.map((c) => c.members.length);
  const best = clusters.map(() => ({ into: -1, weight: -1 }));
  for (const e of edges) {
    for (const [member, other] of [[e.i, e.j], [e.j, e.i]] as const) {
      const large = storyOf[other] as number;
      const small = storyOf[member] as number;
      if (large === small || (size[small] as number) > SMALL_STORY || (size[small] as number) >= (size[large] as number)) continue;
      if (e.weight > (best[small] as { weight: number }).weight) best[small] = { into: large, weight: e.weight };
    }
  }
  const into = best.map((b, k) => (b.into >= 0 && (best[b.into] as { into: number }).into < 0 ? b.into : k));
  return storyOf.map((k) => into[k] as number);
}

/** The stories of a batch of reports: their words, and the story of each (numbered from 0). */
export interface Stories {
  readonly words: ReportWords;
  /** The story of each report of `words.reports`, by index. */
  readonly storyOf: Int32Array;
  /** The story of each report that has statements, by report id. */
  readonly byReport: ReadonlyMap<string, number>;
}

/**
 * The story of each report that has statements, as `findTopics` links them, before any group is
 * made: what the grouping reads to merge groups of one story by their pooled words (see
 * `mergeByWording`). Pass it on to `findTopics` so the reports are not read twice. `read`: the
 * reader of the statements' content words, when the caller reads them again (see `textWordsOf`).
 * O(as `findTopics`' report links).
 */
export function reportStories(statements: readonly Pick<Statement, 'report' | 'text' | 'speaker'>[], ctx: FeatureContext, settings: Partial<TopicSettings> = {}, read?: TextWords): Stories {
  const words = reportWords(statements, ctx, read);
  const storyOf = storiesOf(words, { ...TOPIC_DEFAULTS, ...settings });
  return { words, storyOf, byReport: new Map(words.reports.map((r, k) => [r, storyOf[k] as number])) };
}

/** The key most counted (ties: the smallest), or -1 for none. */
function mostCounted(count: ReadonlyMap<number, number>): number {
  let best = -1;
  let most = 0;
  for (const [key, n] of count) if (n > most || (n === most && key < best)) [best, most] = [key, n];
  return best;
}

/**
 * The topics of an analysis: the groups about one story. Reports are the unit of a story:
 * two reports are linked when the idf-weighted cosine of their statements' words (speaker names
 * included) reaches `threshold`; the links are clustered without chaining (`clusterEdges`: a
 * report joins a story only when linked to its central report, so A ~ B ~ C does not put A
 * with C). Each group then goes to the story of most of its members. A story that got no group
 * (all its statements are reports of other stories' statements) is no topic: its reports go
 * with the topic holding most of their statements. Groups are read, never changed: every group
 * is in exactly one topic, and so is every report with statements.
 *
 * Deterministic, and input order does not matter: reports are taken in natural id order and
 * topics come out ordered by their first group (groups keep the analysis order). Candidate
 * report pairs are those sharing a word found in at most `maxDf` reports, so the cost is
 * O(W + Σ posting²) for W words, bounded by `maxDf`, not O(reports²). `stories`, when given, must
 * be `reportStories` of the same statements' reports and texts, with the same settings.
 */
export function findTopics(
  analysis: Pick<Analysis, 'statements' | 'groups'>, ctx: FeatureContext, settings: Partial<TopicSettings> = {},
  stories: Stories = reportStories(analysis.statements, ctx, settings),
): Topic[] {
  const s: TopicSettings = { ...TOPIC_DEFAULTS, ...settings };
  const { words: rw, storyOf } = stories;
  const perGroup = groupReports(analysis, rw.reports);
  // A group none of whose statements has a known report is a topic of its own (a key below 0).
  const topicOfGroup = perGroup.map((p, g) => {
    const story = plurality(p.members, p.canonical, storyOf);
    return story < 0 ? -1 - g : story;
  });
  const withGroups = new Set(topicOfGroup);
  const counts = new Map<number, Map<number, number>>();
  perGroup.forEach((p, g) => {
    for (const r of p.members) {
      if (withGroups.has(storyOf[r] as number)) continue;
      let count = counts.get(r);
      if (count === undefined) counts.set(r, (count = new Map()));
      count.set(topicOfGroup[g] as number, (count.get(topicOfGroup[g] as number) ?? 0) + 1);
    }
  });
  const topicOfReport = Int32Array.from(storyOf, (story, r) => (withGroups.has(story) ? story : mostCounted(counts.get(r) ?? new Map())));
  const byTopic = indicesBy(topicOfGroup, (t) => [t]);
  const idOf = (g: number): string => analysis.groups[g]?.id as string;
  const reportsOf = indicesBy(topicOfReport, (t) => [t]);
  const ordered = [...byTopic].sort((x, y) => (x[1][0] as number) - (y[1][0] as number));
  return ordered.map(([t, groups], k) => {
    const reports = reportsOf.get(t) ?? [];
    const own = new Set(reports);
    const words = tellingWords(reports, rw, Math.max(s.whyWords, s.labelWords));
    return {
      id: `t${k + 1}`,
      groups: groups.map(idOf),
      reports: reports.map((r) => rw.reports[r] as string),
      label: words.slice(0, s.labelWords).join(', '),
      why: {
        words: reports.length > 1 ? words.slice(0, s.whyWords) : [],
        groups: groups.filter((g) => new Set(perGroup[g]?.members.filter((r) => own.has(r))).size > 1).map(idOf),
      },
    };
  });
}
