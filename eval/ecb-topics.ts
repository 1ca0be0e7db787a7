/**
 * Topics on ECB+: `npm run eval -- ecb-topics [ecb+ docs.jsonl]` runs `analyze` over every
 * document of a split at once and scores its topics against ECB+'s sub-topics (the documents
 * of one sub-topic report one event; the two sub-topics of a topic are look-alike events, told
 * apart on purpose), by B³ over the documents that have statements (topics list only those) and
 * over statements, as `news` does for newsbench's stories. Skipped with a note when the file is
 * absent. The pre-tokenised sentences are joined with a space, their `` and '' read as quotation marks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { topicFigures } from './news-topics';

interface EcbDoc {
  doc: string;
  subtopic: string;
  sentences: string[];
}

/** ECB+ documents as stories of reports, one story per sub-topic, in file order. */
export function ecbStories(jsonl: string): { id: string; reports: { id: string; text: string }[] }[] {
  const bySubtopic = new Map<string, { id: string; text: string }[]>();
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const d = JSON.parse(line) as EcbDoc;
    const text = d.sentences.join(' ').replace(/``|''/gu, '"');
    const list = bySubtopic.get(d.subtopic);
    if (list === undefined) bySubtopic.set(d.subtopic, [{ id: d.doc, text }]);
    else list.push({ id: d.doc, text });
  }
  return [...bySubtopic].map(([id, reports]) => ({ id, reports }));
}

/** `[name, value]` rows of one ECB+ docs file: its sub-topics and documents, then the topics' figures against the sub-topics. */
export function ecbTopicRows(path: string): [string, string][] {
  const stories = ecbStories(readFileSync(path, 'utf8'));
  const figures = topicFigures(stories).map(([name, value]): [string, string] => [name.replace('stories', 'sub-topics'), value]);
  return [['sub-topics / documents', `${stories.length} / ${stories.reduce((n, s) => n + s.reports.length, 0)}`], ...figures];
}

export async function run(paths: string[]): Promise<void> {
  const [path = '../shared/data/ecbplus/dev-docs.jsonl'] = paths;
  if (!existsSync(path)) {
    process.stdout.write(`ecb-topics: skipped: ${path} not found\n`);
    return;
  }
  process.stdout.write(`ecb+ topics ${path}\n`);
  for (const [name, value] of ecbTopicRows(path)) process.stdout.write(`  ${name.padEnd(46)} ${value}\n`);
}
