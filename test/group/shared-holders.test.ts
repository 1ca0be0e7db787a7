import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountCommon, sharedHolders } from '../../src/group/shared-holders';

const sides = (...texts: string[]): { words: string[] }[] => texts.map((t) => ({ words: [...new Set(t.split(' '))].sort() }));

describe('sharedHolders', () => {
  const s = sides('harbour tunnel toll', 'harbour tunnel flood', 'harbour tunnel flood pump', 'ferry toll', 'pump station');
  it.each([
    ['two statements sharing a phrase three hold', 0, 1, 3],
    ['two sharing a longer set only they hold', 1, 2, 2],
    ['a word held by two', 0, 3, 2],
    ['nothing shared', 3, 4, 0],
    ['every shared word counts: "flood pump" with "pump station" shares "pump" alone', 2, 4, 2],
  ])('%s', (_name, i, j, n) => {
    expect(sharedHolders(s)(i, j)).toBe(n);
    expect(sharedHolders(s)(j, i)).toBe(n);
  });

  it('counts the statements holding the whole shared set, not each word', () => {
    const t = sides('harbour tunnel', 'harbour tunnel', 'harbour quay', 'tunnel boring machine');
    expect(sharedHolders(t)(0, 1)).toBe(2);
  });
});

describe('discountCommon', () => {
  it.each([
    ['at or below the reach: unchanged', 0.8, 18, 18, 0.8],
    ['held by twice the reach: the odds halved', 0.8, 36, 18, 2 / 3],
    ['held by four times the reach: a 0.8 falls below even odds', 0.8, 72, 18, 0.5],
    ['a sure pair stays sure', 1, 100, 18, 1],
    ['an impossible pair stays impossible', 0, 100, 18, 0],
  ])('%s', (_name, p, holders, reach, expected) => {
    expect(discountCommon(p, holders, reach)).toBeCloseTo(expected, 12);
  });

  it('never raises a probability, and lowers it more the more statements hold the evidence', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (p, a, b) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        expect(discountCommon(p, few, 18)).toBeLessThanOrEqual(p);
        expect(discountCommon(p, many, 18)).toBeLessThanOrEqual(discountCommon(p, few, 18) + 1e-12);
      }),
    );
  });
});

describe('sharedHolders with a floor', () => {
  const s = sides('harbour tunnel toll', 'harbour tunnel flood', 'harbour tunnel flood pump', 'harbour quay', 'tunnel pump');
  it('counts exactly above the floor, and at most the floor at or below it', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(4), fc.nat(6), (i, j, above) => {
        const exact = sharedHolders(s)(i, j);
        const floored = sharedHolders(s, above)(i, j);
        if (exact > above) expect(floored).toBe(exact);
        else expect(floored).toBeLessThanOrEqual(above);
        expect(floored).toBeGreaterThanOrEqual(exact);
      }),
    );
  });
});

describe('sharedHolders against a count of every statement', () => {
  const vocabulary = ['quay', 'toll', 'ferry', 'pump', 'flood', 'tunnel', 'harbour', 'levy'];
  const corpus = fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 5 }), { minLength: 2, maxLength: 12 });
  it('gives the statements holding every shared word above the floor, and the fewest holders of one shared word at or below it', () => {
    fc.assert(
      fc.property(corpus, fc.nat(20), fc.nat(20), fc.nat(5), (lists, x, y, above) => {
        const s = lists.map((words) => ({ words }));
        const [i, j] = [x % s.length, y % s.length];
        const shared = s[i]!.words.filter((w) => s[j]!.words.includes(w));
        const holding = s.filter((t) => shared.every((w) => t.words.includes(w))).length;
        const fewest = Math.min(...shared.map((w) => s.filter((t) => t.words.includes(w)).length));
        const expected = shared.length === 0 ? 0 : fewest <= above ? fewest : holding;
        const count = sharedHolders(s, above);
        expect(count(i, j)).toBe(expected);
        expect(count(i, j)).toBe(expected);
      }),
    );
  });
});

describe('sharedHolders with a count of its own', () => {
  it('counts the statements holding the shared set the way it is told, such as their speakers', () => {
    const s = sides('harbour tunnel toll', 'harbour tunnel flood', 'harbour tunnel pump', 'harbour tunnel');
    const speakerOf = [0, 0, 1, 0];
    const speakers = (holders: ArrayLike<number>, n: number): number => new Set(Array.from({ length: n }, (_, t) => speakerOf[holders[t] as number])).size;
    expect(sharedHolders(s)(0, 1)).toBe(4);
    expect(sharedHolders(s, 0, speakers)(0, 1)).toBe(2);
  });
});
