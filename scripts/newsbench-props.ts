/** The newsbench stories as the fitting scripts read them (fit-denial-link.ts, fit-group-join.ts). */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze';
import type { Analysis } from '../src/schema/analysis';

interface NewsStory {
  reports: { id: string; text: string }[];
  statements: { id: string; report: string; anchor: string; prop: string }[];
}

/**
 * Each story of a newsbench file run through `analyze`, with the prop of each extracted
 * statement that covers at least half of a labelled anchor (by statement id).
 */
export function analysedStories(path: string): { analysis: Analysis; propOf: Map<string, string> }[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { stories: NewsStory[] }).stories.map((story) => {
    const analysis = analyze(story.reports.map((r) => ({ id: r.id, text: r.text })));
    const text = new Map(story.reports.map((r) => [r.id, r.text]));
    const propOf = new Map<string, string>();
    for (const l of story.statements) {
      const s0 = (text.get(l.report) ?? '').indexOf(l.anchor);
      const e0 = s0 + l.anchor.length;
      for (const s of analysis.statements) {
        if (s.report === l.report && Math.min(e0, s.end) - Math.max(s0, s.start) >= l.anchor.length / 2) propOf.set(s.id, l.prop);
      }
    }
    return { analysis, propOf };
  });
}
