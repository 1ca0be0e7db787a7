import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { contradictsByNumber, figurePairs, mayCountOne, statedFigures } from '../../src/pipeline/stated-counts';

const ctx = createFeatureContext();

describe('statedFigures', () => {
  it.each([
    ['the storm killed 40 people on the Varne coast', ['40'], ['kill', 'people']],
    ['no figure here at all', null, []],
    ['turnout rose to 40 percent', ['40'], ['rose', 'turnout']],
  ])('reads the figures of "%s" and the words next to them', (text, figures, near) => {
    const got = statedFigures(text, ctx);
    if (figures === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got?.figures.size).toBe(figures.length);
    for (const w of near) expect(got?.near.has(w)).toBe(true);
  });
});

describe('mayCountOne', () => {
  it.each([
    ['two counts of one toll', 'the storm killed 40 people on the Varne coast', 'the storm on the Varne coast had killed 12 people', true],
    ['the same count', 'the storm killed 40 people on the Varne coast', 'the storm on the Varne coast had killed 40 people', false],
    ['counts of two things sharing no word next to a figure', 'the storm killed 40 people on the Varne coast', 'the Varne coast harbour has 12 cranes since the storm', false],
    ['one shared word only', 'the storm killed 40 people', 'raiders killed 12 guards', false],
    ['counts of two places named next to their figures', 'the storm killed 40 people in Varne last winter', 'a flood killed 12 people in Orrin that spring', false],
    ['a place named next to one figure only', 'the storm killed 40 people in Varne', 'the storm had killed 12 people, officials said', true],
    ['one place named next to both figures', 'the storm killed 40 people in Varne', 'in Varne the storm killed 12 people', true],
  ])('says whether two claims may count one thing: %s', (_name, a, b, want) => {
    const [x, y] = [statedFigures(a, ctx), statedFigures(b, ctx)];
    expect(x).not.toBeNull();
    expect(y).not.toBeNull();
    if (x === null || y === null) return;
    expect(mayCountOne(x, y)).toBe(want);
    expect(mayCountOne(y, x)).toBe(want);
  });
});

describe('contradictsByNumber', () => {
  const seg = (label: 'contradict' | 'match', reasons: string[]) => ({ label, a: [0, 1] as [number, number], b: [0, 1] as [number, number], reasons: reasons as never[] });
  it.each([
    ['a contradict with a number segment', 'contradict', [seg('contradict', ['number'])], true],
    ['a contradict by stance alone', 'contradict', [seg('contradict', ['stance'])], false],
    ['a paraphrase with a number segment', 'paraphrase', [seg('contradict', ['number'])], false],
    ['a contradict whose number segment matches', 'contradict', [seg('match', ['number']), seg('contradict', ['negation'])], false],
  ])('is true only for %s', (_name, relation, segments, want) => {
    expect(contradictsByNumber({ relation: relation as 'contradict', segments })).toBe(want);
  });
});

describe('figurePairs', () => {
  const claim = (id: string, text: string) => ({ id, report: `r-${id}`, start: 0, end: text.length, text, kind: 'indirect' as const, stance: 'asserts' as const, speaker: null, cue: null, quoted: [] });
  const claims = [
    claim('c1', 'the storm killed 40 people on the Varne coast'),
    claim('c2', 'the storm on the Varne coast had killed 12 people'),
    claim('c3', 'the storm on the Varne coast killed people'),
    claim('c4', 'the storm killed 9 people on the Varne coast'),
  ];
  it('pairs the claims with figures that may count one thing, in their order', () => {
    expect(figurePairs(claims, ctx).map(([x, y]) => [x.id, y.id])).toEqual([['c1', 'c2'], ['c1', 'c4'], ['c2', 'c4']]);
  });
});
