/**
 * `npm run eval -- news <newsbench json> [seeds folder] [--verbose]`: statements found, speaker
 * and stance accuracy, grouping and contradicts of `analyze` on newsbench stories, and relation
 * accuracy of `diffClaims` on its wording pairs, and how well the topics of all its reports
 * analysed at once recover its stories (see news-topics.ts); on the seeds (a folder of `.txt`
 * reports), the largest group and the contradicts whose sides align nothing. `--verbose` lists
 * every failure.
 * A path that does not exist is skipped with a note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { diffClaims } from '../src/compare/diff-claims';
import { analyze } from '../src/pipeline/analyze';
import type { Report } from '../src/schema/report';
import { fixed3 } from './metrics';
import { topicFigures } from './news-topics';
import { scoreStory, unalignedContradicts, type FoundStatement, type NewsStory, type StoryScore } from './news-score';

interface NewsBench {
  stories: NewsStory[];
  pairs: { id: string; a: string; b: string; relation: string }[];
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : fixed3(n / d));
const cut = (text: string, n = 90): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Whether two labelled statements were found in one extracted statement. */
const oneStatement = (w: { a: FoundStatement; b: FoundStatement }): boolean => w.a.statement.id === w.b.statement.id;

function reportsOf(story: NewsStory): Report[] {
  return story.reports.map((r) => ({ id: r.id, text: r.text, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}) }));
}

/** The figures of the whole set, as `[name, value]` rows in print order, and the failure lines. */
export function scoreNewsBench(bench: NewsBench): { figures: [string, string][]; failures: string[] } {
  const scores: StoryScore[] = [];
  const failures: string[] = [];
  const show = (f: FoundStatement): string => `${f.gold.id.replace(/^.*-(s\d+)$/, '$1')} [${f.statement.speaker?.name ?? '-'}|${f.statement.stance}] ${cut(f.statement.text, 70)}`;
  for (const story of bench.stories) {
    const score = scoreStory(story, analyze(reportsOf(story)));
    scores.push(score);
    failures.push(`story ${story.id}`);
    for (const g of score.missed) failures.push(`  missed ${g.id} (${g.stance}, ${g.speaker[0] ?? '?'}): ${cut(g.anchor)}`);
    for (const f of score.speakerWrong) failures.push(`  speaker ${f.gold.id}: want ${f.gold.speaker.join(' / ')}, got ${f.statement.speaker?.name ?? 'none'}: ${cut(f.statement.text, 60)}`);
    for (const f of score.stanceWrong) failures.push(`  stance ${f.gold.id}: want ${f.gold.stance}, got ${f.statement.stance}: ${cut(f.statement.text, 70)}`);
    for (const w of score.wrongGroupPairs) failures.push(`  group ${w.grouped ? 'joined' : 'apart'} (${w.a.gold.prop}/${w.b.gold.prop})${oneStatement(w) ? ', one statement' : ''}: ${show(w.a)}  ~  ${show(w.b)}`);
    for (const w of score.falseContradicts) failures.push(`  false contradict${w.sameProp ? '' : ' (different props)'}: ${show(w.a)}  ×  ${show(w.b)}`);
    for (const w of score.missedContradicts) failures.push(`  missed contradict (${w.grouped ? 'one group' : 'two groups'}): ${show(w.a)}  ×  ${show(w.b)}`);
  }
  const sum = (f: (s: StoryScore) => number): number => scores.reduce((acc, s) => acc + f(s), 0);
  const labelled = sum((s) => s.labelled);
  const found = sum((s) => s.found.length);
  const denials = scores.flatMap((s) => s.found.filter((f) => f.gold.stance === 'denies'));
  const denialsWrong = denials.filter((f) => f.statement.stance !== 'denies').length;
  const g = { tp: sum((s) => s.groupPairs.tp), fp: sum((s) => s.groupPairs.fp), fn: sum((s) => s.groupPairs.fn) };
  const c = { tp: sum((s) => s.contradictPairs.tp), fp: sum((s) => s.contradictPairs.fp), fn: sum((s) => s.contradictPairs.fn) };
  // B³ is per statement: the story scores weighted by their statements found.
  const b3 = (pick: (s: StoryScore) => number): number => (found === 0 ? 0 : sum((s) => pick(s) * s.found.length) / found);
  const bp = b3((s) => s.grouping.bcubed.precision);
  const br = b3((s) => s.grouping.bcubed.recall);
  let pairsRight = 0;
  failures.push('pairs');
  for (const p of bench.pairs) {
    const got = diffClaims(p.a, p.b).relation;
    if (got === p.relation) pairsRight++;
    else failures.push(`  pair ${p.id}: want ${p.relation}, got ${got}: ${cut(p.a, 60)}  |  ${cut(p.b, 60)}`);
  }
  const figures: [string, string][] = [
    ['statements found', `${ratio(found, labelled)} (${found}/${labelled})`],
    ['speaker accuracy', ratio(found - sum((s) => s.speakerWrong.length), found)],
    ['stance accuracy', ratio(found - sum((s) => s.stanceWrong.length), found)],
    ['stance accuracy on denials', `${ratio(denials.length - denialsWrong, denials.length)} (${denials.length} denials found)`],
    ['group pair precision / recall', `${ratio(g.tp, g.tp + g.fp)} / ${ratio(g.tp, g.tp + g.fn)}`],
    ['group B³ F1', fixed3(bp + br === 0 ? 0 : (2 * bp * br) / (bp + br))],
    ['contradict precision / recall', `${ratio(c.tp, c.tp + c.fp)} / ${ratio(c.tp, c.tp + c.fn)}`],
    ['contradicts between different props', String(sum((s) => s.crossPropContradicts))],
    // Where the errors lie: a false group pair of one extracted statement holding two labelled
    // ones is extraction's to fix; a missed contradict in one group, the comparison's.
    ['false group pairs inside one statement', `${sum((s) => s.wrongGroupPairs.filter((w) => w.grouped && oneStatement(w)).length)} of ${g.fp}`],
    ['missed contradicts in one group / in two', `${sum((s) => s.missedContradicts.filter((m) => m.grouped).length)} / ${sum((s) => s.missedContradicts.filter((m) => !m.grouped).length)}`],
    ['pair relation accuracy', `${ratio(pairsRight, bench.pairs.length)} (${pairsRight}/${bench.pairs.length})`],
    ...topicFigures(bench.stories),
  ];
  return { figures, failures };
}

/** Largest group and contradicts without aligned content of `analyze` over a folder of `.txt` reports. */
export function scoreSeeds(folder: string): [string, string][] {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const analysis = analyze(files.map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') })));
  const largest = Math.max(0, ...analysis.groups.map((g) => g.members.length));
  const u = unalignedContradicts(analysis);
  return [
    ['seeds: statements / groups', `${analysis.statements.length} / ${analysis.groups.length}`],
    ['seeds: largest group', String(largest)],
    ['seeds: contradicts with no aligned piece', `${u.noAlignedSegment} of ${u.contradicts}`],
    ['seeds: contradicts with no aligned contradict piece', `${u.noContradictSegment} of ${u.contradicts}`],
  ];
}

/** Markdown rows `| figure | value |` for the newsbench file and seeds folder that exist. */
export function newsRows(benchPath: string, seedsFolder: string): string[] {
  const rows: string[] = [];
  if (existsSync(benchPath)) {
    const { figures } = scoreNewsBench(JSON.parse(readFileSync(benchPath, 'utf8')) as NewsBench);
    for (const [name, value] of figures) rows.push(`| newsbench | ${name} | ${value} |`);
  } else rows.push(`| newsbench | skipped: ${benchPath} not found | |`);
  if (existsSync(seedsFolder)) for (const [name, value] of scoreSeeds(seedsFolder)) rows.push(`| seeds | ${name.replace(/^seeds: /, '')} | ${value} |`);
  else rows.push(`| seeds | skipped: ${seedsFolder} not found | |`);
  return rows;
}

export async function run(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const paths = argv.filter((a) => a !== '--verbose');
  const unknown = paths.find((p) => p.startsWith('--'));
  if (unknown !== undefined) throw new Error(`claimdiff: unknown option ${unknown}; expected --verbose`);
  const [bench = '../shared/data/newsbench/dev.json', seeds = join(bench, '..', '..', '..', 'seeds')] = paths;
  if (existsSync(bench)) {
    const { figures, failures } = scoreNewsBench(JSON.parse(readFileSync(bench, 'utf8')) as NewsBench);
    process.stdout.write(`newsbench ${bench}\n`);
    for (const [name, value] of figures) process.stdout.write(`  ${name.padEnd(46)} ${value}\n`);
    if (verbose) process.stdout.write(`${failures.join('\n')}\n`);
  } else process.stdout.write(`news: skipped: ${bench} not found\n`);
  if (existsSync(seeds)) {
    process.stdout.write(`seeds ${seeds}\n`);
    for (const [name, value] of scoreSeeds(seeds)) process.stdout.write(`  ${name.replace(/^seeds: /, '').padEnd(46)} ${value}\n`);
  } else process.stdout.write(`news: skipped: ${seeds} not found\n`);
}
