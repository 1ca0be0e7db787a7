import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { pointedStatement, pointedTargets } from '../../src/group/pointed-targets';

const ctx = createFeatureContext();

describe('pointedStatement', () => {
  const dana = { name: 'Dana Whitlow' };
  const mill = { name: 'Northbank Mill', aliases: ['mill spokesman Piet Brandt'] };
  const places = [
    { report: 'r1', start: 0, end: 40, speaker: dana },
    { report: 'r1', start: 50, end: 90, speaker: mill },
    { report: 'r1', start: 100, end: 120, speaker: mill },
    { report: 'r2', start: 0, end: 30, speaker: dana },
  ];

  it('answers the nearest claim of another speaker before it in its report', () => {
    expect(pointedStatement(2, places, [0, 0, 1, 0], new Set([2]))).toBe(0);
  });

  it('closes the nearest denial of its own speaker when one comes first', () => {
    expect(pointedStatement(2, places, [0, 1, 1, 0], new Set([2]))).toBe(1);
  });

  it.each([
    ['the nearest denial of another voice when its report quotes no claim', [0, 0, 1, 0], [1, 1, 1, 1], 1],
    ['a claim of another voice before it rather than that voice\'s denial, nearer', [0, 0, 1, 1], [0, 1, 1, 0], 0],
    ['nothing when every other statement is a claim of its own voice', [1, 1, 1, 1], [0, 0, 1, 0], -1],
  ])('answers %s', (_, speakers, denies, want) => {
    const who = [{ name: 'Dana Whitlow' }, { name: 'Northbank Mill' }];
    const spots = [[0, 40], [50, 90], [100, 120], [150, 170]].map(([start, end], k) => ({ report: 'r1', start, end, speaker: who[speakers[k] as number] }));
    expect(pointedStatement(2, spots, denies, new Set([2]))).toBe(want);
  });

  it.each([
    ['another voice\'s denial right after it rather than a claim further on', [[0, 20], [30, 60], [200, 240]], [1, 1, 0], 1],
    ['the claim right after it rather than another voice\'s denial further on', [[0, 20], [200, 240], [30, 60]], [1, 1, 0], 2],
    ['a claim before it, however near another voice\'s denial is', [[100, 120], [130, 160], [0, 40]], [1, 1, 0], 2],
  ])('answers, when no claim comes before it, the nearer of the next claim and another voice\'s denial: %s', (_, spans, denies, want) => {
    const who = [mill, { name: 'Harbour Authority' }, dana];
    const spots = spans.map(([start, end], k) => ({ report: 'r1', start, end, speaker: who[k] }));
    expect(pointedStatement(0, spots, denies, new Set([0]))).toBe(want);
  });

  it('looks after it when nothing fits before, and never into another report', () => {
    const first = [{ report: 'r1', start: 0, end: 20, speaker: mill }, { report: 'r1', start: 30, end: 60, speaker: dana }, { report: 'r2', start: 0, end: 9, speaker: dana }];
    expect(pointedStatement(0, first, [1, 0, 0], new Set([0]))).toBe(1);
    expect(pointedStatement(0, [first[0] as typeof places[number]], [1], new Set([0]))).toBe(-1);
  });
});

describe('pointedStatement given the statements of its report', () => {
  const voices = [{ name: 'Dana Whitlow' }, { name: 'Northbank Mill' }, null];
  const place = fc.record({ report: fc.constantFrom('r1', 'r2', 'r3'), start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 30 }), voice: fc.integer({ min: 0, max: 2 }) });

  it('answers as when it looks at every statement, named claimant or not, given the statements a claimant is named in', () => {
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.nat(), fc.boolean(), (spots, denial, at, naming) => {
        const places = spots.map((x) => ({ report: x.report, start: x.start, end: x.start + x.length, speaker: voices[x.voice] }));
        const denies = places.map((_, k) => (denial[k] ? 1 : 0));
        const p = at % places.length;
        const pointing = new Set([p]);
        const named = naming ? (i: number) => places[i]?.speaker === voices[0] : undefined;
        const inReport = places.flatMap((x, i) => (x.report === places[p]?.report ? [i] : []));
        const among = places.flatMap((x, i) => (x.speaker === voices[0] ? [i] : []));
        const all = pointedStatement(p, places, denies, pointing, { named });
        expect(pointedStatement(p, places, denies, pointing, { named, inReport })).toBe(all);
        expect(pointedStatement(p, places, denies, pointing, { named, inReport, namedAmong: among })).toBe(all);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pointedTargets: how far a pointer reaches', () => {
  const mayor = { name: 'Dana Whitlow', aliases: ['Mayor Dana Whitlow'] };
  it.each([
    ['a bare pronoun, near the claim', 'That is a lie', 150, 0],
    ['a bare pronoun, far from the claim: nothing', 'That is a lie', 900, undefined],
    ['a pointer noun, far from the claim', 'The report is a lie', 900, 0],
  ])('answers with %s', (_name, denial, at, want) => {
    const places = [
      { report: 'r1', start: 0, end: 40, speaker: mayor },
      { report: 'r1', start: at, end: at + denial.length, speaker: { name: 'Northbank Mill' } },
    ];
    expect(pointedTargets(['the mill dumped dye into the river', denial], [0, 1], places, ctx).get(1)).toBe(want);
  });
});

describe('pointedTargets: a body\'s voice', () => {
  const texts = ['Northbank was dumping dye into the river', "the town's school would lose its funding", "That's false"];
  const spoke = (speaker: { name: string; aliases?: string[] }) => [
    { report: 'r1', start: 0, end: 40, speaker: { name: 'Gary Pell' } },
    { report: 'r1', start: 60, end: 100, speaker: { name: 'Marla Quint' } },
    { report: 'r1', start: 110, end: 122, speaker },
  ];
  it.each([
    ['answers the nearest claim that names the body it speaks for', { name: 'Delia Ruiz', aliases: ['Northbank spokeswoman Delia Ruiz'] }, 0],
    ['answers the nearest claim when none names its body', { name: 'Delia Ruiz', aliases: ['Ferrybridge spokeswoman Delia Ruiz'] }, 1],
    ['answers the nearest claim when it speaks for no body', { name: 'Delia Ruiz', aliases: ['Mayor Delia Ruiz'] }, 1],
    ['reads a body of two words as one phrase ("North Bank" is not "Northbank")', { name: 'Delia Ruiz', aliases: ['North Bank spokeswoman Delia Ruiz'] }, 1],
  ])('%s', (_name, speaker, want) => {
    expect(pointedTargets(texts, [0, 0, 1], spoke(speaker), ctx).get(2)).toBe(want);
  });
});
