import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { wireSentence } from '../fuzz/arbitraries';
import { AnalysisSchema, GroupOutputSchema } from '../../src/schema/analysis';
import { renderMarkdown } from '../../src/render/index';

// An analysis as claimdiff wrote it before every list was always present (version 1 all the same).
const OLDER = {
  version: 1,
  reports: [{ id: 'r1', length: 40 }],
  statements: [{
    id: 's1', report: 'r1', start: 0, end: 30, text: 'The ferry will run on Sundays.', kind: 'indirect', stance: 'asserts',
    speaker: { name: 'Ann Lee', start: 31, end: 38 }, cue: null,
  }],
  groups: [{ id: 'g1', members: ['s1'], canonical: 's1' }],
  issues: [],
};

describe('lists in the version-1 output', () => {
  it.each([
    ['a report\'s issues', (a: ReturnType<typeof AnalysisSchema.parse>) => a.reports[0]?.issues],
    ['a group\'s comparisons', (a: ReturnType<typeof AnalysisSchema.parse>) => a.groups[0]?.comparisons],
    ['a statement\'s quoted spans', (a: ReturnType<typeof AnalysisSchema.parse>) => a.statements[0]?.quoted],
    ['a speaker\'s aliases', (a: ReturnType<typeof AnalysisSchema.parse>) => a.statements[0]?.speaker?.aliases],
  ])('reads %s left out by an older writer as []', (_, pick) => {
    expect(pick(AnalysisSchema.parse(OLDER))).toEqual([]);
  });

  it('reads a comparison without reasons as reasons []', () => {
    const withPair = {
      ...OLDER,
      groups: [{ id: 'g1', members: ['s1'], canonical: 's1', comparisons: [{ a: 's1', b: 's1', relation: 'match', score: 1, segments: [] }] }],
    };
    expect(AnalysisSchema.parse(withPair).groups[0]?.comparisons[0]?.reasons).toEqual([]);
  });

  it('reads group output without issues as issues []', () => {
    expect(GroupOutputSchema.parse({ version: 1, groups: [] }).issues).toEqual([]);
  });

  it('renders an analysis written by an older version', () => {
    expect(renderMarkdown(OLDER as never)).toContain('The ferry will run on Sundays.');
  });

  it('has every list of any analysis present as an array', () => {
    const report = fc.array(wireSentence, { maxLength: 4 }).map((x) => x.join(' '));
    const reportsArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}$/), text: report }), { selector: (r) => r.id, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(reportsArb, (given) => {
        const a = analyze(given);
        const lists = [
          a.issues,
          ...a.reports.map((r) => r.issues),
          ...a.statements.flatMap((s) => [s.quoted, ...(s.speaker === null ? [] : [s.speaker.aliases])]),
          ...a.groups.flatMap((g) => [g.members, g.comparisons, ...g.comparisons.flatMap((c) => [c.reasons, c.segments, ...c.segments.map((x) => x.reasons)])]),
        ];
        for (const list of lists) expect(Array.isArray(list)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
