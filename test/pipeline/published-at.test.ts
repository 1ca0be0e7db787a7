import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import type { Analysis } from '../../src/schema/analysis';
import type { Report } from '../../src/schema/report';

// 13 November 2026 is a Friday; 20 November the Friday after.
const report = (id: string, text: string, publishedAt?: string): Report => ({ id, text, ...(publishedAt === undefined ? {} : { publishedAt }) });

function dateSegments(analysis: Analysis) {
  return analysis.groups.flatMap((g) => g.comparisons ?? []).flatMap((c) => c.segments).filter((s) => s.reasons.includes('date'));
}

describe('analyze with publication days', () => {
  it('reads "on Friday" against the day its report was published', () => {
    const result = analyze([
      report('a', 'The harbour master resigned on Friday after the collision, the port authority said.', '2026-11-14'),
      report('b', 'The harbour master resigned on Nov. 13 after the collision, the port authority said.', '2026-11-20'),
    ]);
    expect(dateSegments(result).map((s) => s.label)).toEqual(['paraphrase']);
  });

  it('finds another day a contradiction', () => {
    const result = analyze([
      report('a', 'The harbour master resigned on Friday after the collision, the port authority said.', '2026-11-21'),
      report('b', 'The harbour master resigned on Nov. 13 after the collision, the port authority said.', '2026-11-20'),
    ]);
    expect(dateSegments(result).map((s) => s.label)).toEqual(['contradict']);
  });

  it('says when a publication day cannot be read, and reads nothing against it', () => {
    const result = analyze([
      report('a', 'The harbour master resigned on Friday after the collision, the port authority said.', 'last week'),
      report('b', 'The harbour master resigned on Nov. 13 after the collision, the port authority said.', '2026-11-20'),
    ]);
    expect(result.reports.find((r) => r.id === 'a')?.issues?.map((i) => i.code)).toContain('unreadable-date');
    expect(dateSegments(result)).toEqual([]);
  });
});
