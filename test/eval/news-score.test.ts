import { describe, expect, it } from 'vitest';
import { anchorCoverage, findStatement, scoreStory, speakerMatches, unalignedContradicts, type NewsStory } from '../../eval/news-score';
import type { Analysis, Comparison } from '../../src/schema/analysis';
import type { Statement } from '../../src/schema/statement';

function statement(id: string, report: string, start: number, end: number, stance: 'asserts' | 'denies' = 'asserts', speaker: string | null = 'Ada Lane'): Statement {
  return {
    id, report, start, end, text: '', kind: 'indirect', stance, cue: null, quoted: [],
    speaker: speaker === null ? null : { name: speaker, start: 0, end: 0, aliases: [] },
  };
}

const comparison = (a: string, b: string, relation: Comparison['relation'], segments: Comparison['segments'] = []): Comparison => ({ a, b, relation, score: 0.5, segments, reasons: [] });

describe('anchorCoverage', () => {
  it.each([
    { anchor: [10, 20], span: [0, 30], expected: 1 },
    { anchor: [10, 20], span: [15, 30], expected: 0.5 },
    { anchor: [10, 20], span: [0, 14], expected: 0.4 },
    { anchor: [10, 20], span: [20, 30], expected: 0 },
    { anchor: [10, 10], span: [0, 30], expected: 0 },
  ] as const)('gives $expected for anchor $anchor and span $span', ({ anchor, span, expected }) => {
    expect(anchorCoverage(anchor, span)).toBeCloseTo(expected, 10);
  });
});

describe('findStatement', () => {
  it('takes nothing that covers less than half the anchor', () => {
    expect(findStatement([10, 20], 'asserts', [statement('x', 'r', 0, 14)])).toBeUndefined();
  });

  it('takes the statement covering most of the anchor', () => {
    expect(findStatement([10, 20], 'asserts', [statement('half', 'r', 15, 40), statement('all', 'r', 0, 40)])?.id).toBe('all');
  });

  it('prefers the labelled stance, then the shorter span, among equal covers', () => {
    const wide = statement('wide', 'r', 0, 50, 'denies');
    const narrow = statement('narrow', 'r', 5, 25);
    const denial = statement('denial', 'r', 0, 60, 'denies');
    expect(findStatement([10, 20], 'denies', [narrow, denial, wide])?.id).toBe('wide');
    expect(findStatement([10, 20], 'asserts', [wide, narrow])?.id).toBe('narrow');
  });
});

describe('speakerMatches', () => {
  it.each([
    { name: 'Ada Lane', accepted: ['Ada Lane'], expected: true },
    { name: 'Lane', accepted: ['Ada Lane', 'the minister'], expected: true },
    { name: 'Foreign Minister Ada Lane', accepted: ['Ada Lane'], expected: true },
    { name: 'the ministry', accepted: ['Ada Lane', 'the minister'], expected: false },
    { name: 'PORT AUTHORITY', accepted: ['the port authority'], expected: true },
    { name: undefined, accepted: ['Ada Lane'], expected: false },
    { name: '', accepted: ['Ada Lane'], expected: false },
  ])('reads $name against $accepted as $expected', ({ name, accepted, expected }) => {
    expect(speakerMatches(name, accepted)).toBe(expected);
  });
});

describe('scoreStory', () => {
  // Two reports: r1 "The port will close in May." (claim, p1) and a denial of it; r2 another claim.
  const r1 = 'Lane said the port will close in May. Reed denied the port will close in May. Reed said ferries run daily.';
  const r2 = 'Ferries run daily, Reed said.';
  const story: NewsStory = {
    id: 'port',
    reports: [{ id: 'r1', text: r1 }, { id: 'r2', text: r2 }],
    props: { p1: 'the port will close in May', p2: 'ferries run daily' },
    statements: [
      { id: 's1', report: 'r1', anchor: 'the port will close', kind: 'indirect', speaker: ['Ada Lane'], stance: 'asserts', prop: 'p1' },
      { id: 's2', report: 'r1', anchor: 'denied the port will close in May', kind: 'indirect', speaker: ['Reed'], stance: 'denies', prop: 'p1' },
      { id: 's3', report: 'r1', anchor: 'ferries run daily', kind: 'indirect', speaker: ['Reed'], stance: 'asserts', prop: 'p2' },
      { id: 's4', report: 'r2', anchor: 'Ferries run daily', kind: 'direct', speaker: ['Reed'], stance: 'asserts', prop: 'p2' },
      { id: 's5', report: 'r2', anchor: 'nowhere in the text', kind: 'direct', speaker: ['Reed'], stance: 'asserts', prop: 'p2' },
    ],
    contradict: [['s1', 's2']],
  };
  const at = (text: string, piece: string, from = 0): [number, number] => {
    const i = text.indexOf(piece, from);
    return [i, i + piece.length];
  };
  const [c1s, c1e] = at(r1, 'the port will close in May');
  const [c2s, c2e] = at(r1, 'the port will close in May', c1e);
  const [c3s, c3e] = at(r1, 'ferries run daily');
  const analysis: Pick<Analysis, 'statements' | 'groups'> = {
    statements: [
      statement('a1', 'r1', c1s, c1e, 'asserts', 'Lane'),
      statement('a2', 'r1', c2s, c2e, 'asserts', 'Reed'),
      statement('a3', 'r1', c3s, c3e, 'asserts', 'the ministry'),
      statement('a4', 'r2', 0, 17, 'asserts', 'Reed'),
    ],
    groups: [
      { id: 'g1', members: ['a1', 'a2', 'a3'], canonical: 'a1', comparisons: [comparison('a1', 'a3', 'contradict')] },
      { id: 'g2', members: ['a4'], canonical: 'a4', comparisons: [] },
    ],
  };
  const score = scoreStory(story, analysis);

  it('finds a statement whose span covers half its anchor and misses one whose anchor is not covered', () => {
    expect(score.found.map((f) => [f.gold.id, f.statement.id])).toEqual([['s1', 'a1'], ['s2', 'a2'], ['s3', 'a3'], ['s4', 'a4']]);
    expect(score.missed.map((g) => g.id)).toEqual(['s5']);
  });

  it('lists the wrong speakers and stances of the statements found', () => {
    expect(score.speakerWrong.map((f) => f.gold.id)).toEqual(['s3']);
    expect(score.stanceWrong.map((f) => f.gold.id)).toEqual(['s2']);
  });

  it('counts pairs of found statements grouped together against pairs of one prop', () => {
    // Grouped: s1-s2 (p1, right), s1-s3 and s2-s3 (wrong); s3-s4 share p2 but are apart.
    expect(score.groupPairs).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(score.wrongGroupPairs).toHaveLength(3);
  });

  it('counts a contradict the list lacks as false, across props, and a listed one not said as missed', () => {
    expect(score.contradictPairs).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.crossPropContradicts).toBe(1);
    expect(score.missedContradicts.map((m) => [m.a.gold.id, m.b.gold.id, m.grouped])).toEqual([['s1', 's2', true]]);
  });

  it('scores B³ over the statements found', () => {
    // Predicted {s1,s2,s3} {s4}; gold {s1,s2} {s3,s4}. Precision: 2/3,2/3,1/3,1; recall 1,1,1/2,1/2.
    expect(score.grouping.bcubed.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 10);
    expect(score.grouping.bcubed.recall).toBeCloseTo((1 + 1 + 0.5 + 0.5) / 4, 10);
  });
});

describe('unalignedContradicts', () => {
  it('counts contradicts with no piece aligned on both sides, and with no aligned contradict piece', () => {
    const groups = [{
      id: 'g1', members: ['a', 'b', 'c'], canonical: 'a',
      comparisons: [
        comparison('a', 'b', 'contradict', [{ label: 'removed', a: [0, 4], b: null, reasons: [] }]),
        comparison('a', 'c', 'contradict', [{ label: 'match', a: [0, 4], b: [0, 4], reasons: ['case'] }]),
        comparison('b', 'c', 'contradict', [{ label: 'contradict', a: [0, 4], b: [2, 9], reasons: ['negation'] }]),
        comparison('c', 'a', 'paraphrase'),
      ],
    }];
    expect(unalignedContradicts({ groups })).toEqual({ noAlignedSegment: 1, noContradictSegment: 2, contradicts: 3 });
  });
});
