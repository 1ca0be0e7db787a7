/**
 * Topics on newsbench: `analyze` over the reports of every story at once (as a day's wire would
 * be run), then how well its topics recover the stories, by B³ over reports (the topic listing
 * each report) and over statements (the topic of each statement's group, against the story of
 * its report). Each story should come out as one topic.
 */
import { analyze } from '../src/pipeline/analyze';
import type { Analysis } from '../src/schema/analysis';
import type { Report } from '../src/schema/report';
import { scoreGrouping } from './group';
import { fixed3 } from './metrics';
import type { NewsStory } from './news-score';

type Story = Pick<NewsStory, 'id' | 'reports'>;

/** The topic of each report and of each statement, by id (from the topics' reports and groups). */
export function topicMaps(analysis: Analysis): { reports: Map<string, string>; statements: Map<string, string> } {
  const reports = new Map<string, string>();
  const statements = new Map<string, string>();
  const groups = new Map(analysis.groups.map((g) => [g.id, g]));
  for (const t of analysis.topics ?? []) {
    for (const r of t.reports) reports.set(r, t.id);
    for (const g of t.groups) for (const m of groups.get(g)?.members ?? []) statements.set(m, t.id);
  }
  return { reports, statements };
}

/** `[name, value]` rows: topics against stories, B³ over reports and over statements. */
export function topicFigures(stories: readonly Story[]): [string, string][] {
  const all: Report[] = stories.flatMap((s) => s.reports.map((r) => ({ id: r.id, text: r.text, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) })));
  const storyOf = new Map(stories.flatMap((s) => s.reports.map((r) => [r.id, s.id] as const)));
  const analysis = analyze(all);
  const got = topicMaps(analysis);
  const goldReports = new Map([...storyOf].filter(([r]) => got.reports.has(r)));
  const goldStatements = new Map(analysis.statements.map((s) => [s.id, storyOf.get(s.report) as string]));
  const byReport = scoreGrouping(got.reports, goldReports).bcubed;
  const byStatement = scoreGrouping(got.statements, goldStatements).bcubed;
  const b3 = (s: typeof byReport): string => `${fixed3(s.precision)} / ${fixed3(s.recall)} / ${fixed3(s.f1)}`;
  return [
    ['topics / stories (all reports at once)', `${analysis.topics?.length ?? 0} / ${stories.length}`],
    ['topic B³ P / R / F1 over reports', b3(byReport)],
    ['topic B³ P / R / F1 over statements', b3(byStatement)],
  ];
}
