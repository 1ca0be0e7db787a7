/**
 * `npm run eval -- polnear-groups [polnear dev.jsonl] [--max-speakers 8]`: `analyze` over every
 * article of a PolNeAR split at once (as a day's wire would be run), then how many groups name
 * more than `--max-speakers` different speakers, and the widest. A group is one statement, so
 * many voices in one group means a topic was merged, not a statement reported. Skipped with a
 * note when the file is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze';
import type { Analysis } from '../src/schema/analysis';
import { parseReportLines } from './datasets';

/** Different speaker names (lower-cased) in each group of an analysis, in group order. */
export function speakersPerGroup(analysis: Pick<Analysis, 'statements' | 'groups'>): number[] {
  const speakerOf = new Map(analysis.statements.map((s) => [s.id, s.speaker?.name.toLowerCase()]));
  return analysis.groups.map((g) => new Set(g.members.map((m) => speakerOf.get(m)).filter((n) => n !== undefined)).size);
}

/** `[name, value]` rows: groups over the limit, the widest group's speakers, and the topics (the largest by reports). */
export function wideGroupFigures(analysis: Pick<Analysis, 'statements' | 'groups' | 'topics'>, limit: number): [string, string][] {
  const counts = speakersPerGroup(analysis);
  const largest = Math.max(0, ...analysis.groups.map((g) => g.members.length));
  const topics = analysis.topics ?? [];
  const widest = topics.reduce((w, t) => (t.reports.length > w.reports.length ? t : w), { reports: [] as string[], groups: [] as string[] });
  return [
    ['statements / groups', `${analysis.statements.length} / ${analysis.groups.length}`],
    [`groups naming more than ${limit} speakers`, String(counts.filter((c) => c > limit).length)],
    ['most speakers in one group', String(Math.max(0, ...counts))],
    ['largest group', String(largest)],
    ['topics', String(topics.length)],
    ['largest topic: reports / groups', `${widest.reports.length} / ${widest.groups.length}`],
  ];
}

/** The figures of one PolNeAR JSON-lines file (`doc` or `id`, and `text` per line). */
export function polnearGroupRows(path: string, limit = 8): [string, string][] {
  const reports = parseReportLines(readFileSync(path, 'utf8'));
  return [['articles', String(reports.length)], ...wideGroupFigures(analyze(reports), limit)];
}

export async function run(argv: string[]): Promise<void> {
  const at = argv.indexOf('--max-speakers');
  const limit = at >= 0 ? Number(argv[at + 1]) : 8;
  if (!(limit >= 0)) throw new Error(`claimdiff: --max-speakers: found ${JSON.stringify(argv[at + 1] ?? null)}, expected a number ≥ 0`);
  const paths = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--max-speakers');
  const [path = '../shared/data/polnear/dev.jsonl'] = paths;
  if (!existsSync(path)) {
    process.stdout.write(`polnear-groups: skipped: ${path} not found\n`);
    return;
  }
  process.stdout.write(`polnear groups ${path}\n`);
  for (const [name, value] of polnearGroupRows(path, limit)) process.stdout.write(`  ${name.padEnd(46)} ${value}\n`);
}
