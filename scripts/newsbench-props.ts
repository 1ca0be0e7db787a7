/** The newsbench stories as the fitting scripts read them (fit-denial-link.ts, fit-group-join.ts). */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze';
import type { Analysis } from '../src/schema/analysis';
import { anchorCoverage, type NewsStory } from '../eval/news-score';

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
      const anchor = [s0, s0 + l.anchor.length] as const;
      for (const s of analysis.statements) {
        if (s.report === l.report && anchorCoverage(anchor, [s.start, s.end]) >= 0.5) propOf.set(s.id, l.prop);
      }
    }
    return { analysis, propOf };
  });
}
