import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureMasks, MASK_WORDS, popcount32, sharedBound } from '../../src/group/feature-masks';
import { mix32, type FeatureTable } from '../../src/group/features';
import { overlap, overlapOf, sharedCount, verdictOf } from '../../src/group/verify';

/** A table of sets (sorted, duplicate-free) in the layout the grouping uses. */
function tableOf(sets: readonly number[][]): FeatureTable {
  const sorted = sets.map((s) => [...new Set(s.map((x) => x >>> 0))].sort((a, b) => a - b));
  const offsets = new Int32Array(sorted.length + 1);
  sorted.forEach((s, i) => (offsets[i + 1] = (offsets[i] as number) + s.length));
  return { offsets, data: Uint32Array.from(sorted.flat()) };
}

const sizeOf = (t: FeatureTable, i: number) => (t.offsets[i + 1] as number) - (t.offsets[i] as number);
const exactShared = (t: FeatureTable, i: number, j: number) =>
  sharedCount(t.data, t.offsets[i] as number, t.offsets[i + 1] as number, t.data, t.offsets[j] as number, t.offsets[j + 1] as number);

describe('popcount32', () => {
  it.each([
    [0, 0],
    [1, 1],
    [0xffffffff, 32],
    [0x80000000, 1],
    [0b1011_0110, 5],
  ])('counts the set bits of %i as %i', (x, bits) => {
    expect(popcount32(x)).toBe(bits);
  });

  it('agrees with counting the bits one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (x) => {
        let naive = 0;
        for (let b = 0; b < 32; b++) naive += (x >>> b) & 1;
        expect(popcount32(x)).toBe(naive);
      }),
    );
  });
});

describe('feature masks', () => {
  it('writes the same masks slice by slice into one array, over whatever it held before', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 0xffffffff }), { maxLength: 12 }), { minLength: 1, maxLength: 20 }), fc.nat(), (sets, cut) => {
        const t = tableOf(sets);
        const at = cut % (sets.length + 1);
        const out = new Uint32Array(sets.length * MASK_WORDS).fill(0xffffffff);
        featureMasks(t, out, at, sets.length);
        featureMasks(t, out, 0, at);
        expect(Array.from(out)).toEqual(Array.from(featureMasks(t)));
      }),
    );
  });

  it('gives each set MASK_WORDS words, with one bit for a one-feature set and none for an empty set', () => {
    const masks = featureMasks(tableOf([[12345], [], [7, 8, 9]]));
    expect(masks.length).toBe(3 * MASK_WORDS);
    const bits = (i: number) => [...masks.subarray(i * MASK_WORDS, (i + 1) * MASK_WORDS)].reduce((k, w) => k + popcount32(w), 0);
    expect(bits(0)).toBe(1);
    expect(bits(1)).toBe(0);
    expect(bits(2)).toBeGreaterThanOrEqual(1);
    expect(bits(2)).toBeLessThanOrEqual(3);
  });

  it('bounds a set against itself by its size', () => {
    const t = tableOf([[3, 1, 4, 15, 9, 2, 6], [5]]);
    expect(sharedBound(featureMasks(t), 0, 7, 0, 7)).toBe(7);
    expect(sharedBound(featureMasks(t), 1, 1, 1, 1)).toBe(1);
  });

  it('bounds most pairs of random 15-word sets that share nothing below the 6 words a Jaccard of 0.25 needs', () => {
    const sets = Array.from({ length: 200 }, (_, i) => Array.from({ length: 15 }, (_, k) => mix32(i * 100 + k + 1)));
    const t = tableOf(sets);
    const masks = featureMasks(t);
    let ruledOut = 0;
    for (let i = 1; i < 200; i++) if (sharedBound(masks, 0, 15, i, 15) < 6) ruledOut++;
    expect(ruledOut).toBeGreaterThan(180);
  });

  it('never bounds the shared features below the exact count, nor above the smaller set', () => {
    const set = fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 });
    fc.assert(
      fc.property(set, set, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }), (a, b, common) => {
        const t = tableOf([[...a, ...common], [...b, ...common]]);
        const bound = sharedBound(featureMasks(t), 0, sizeOf(t, 0), 1, sizeOf(t, 1));
        expect(bound).toBeGreaterThanOrEqual(exactShared(t, 0, 1));
        expect(bound).toBeLessThanOrEqual(Math.min(sizeOf(t, 0), sizeOf(t, 1)));
      }),
    );
  });

  it('calls a pair apart from its bound only when the exact overlap is apart too', () => {
    const set = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 });
    const thresholds = fc.record({
      threshold: fc.double({ min: 0.05, max: 1, noNaN: true }),
      containment: fc.double({ min: 0.05, max: 1, noNaN: true }),
      minContainedFeatures: fc.integer({ min: 1, max: 6 }),
      coreMargin: fc.double({ min: 0, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(set, set, thresholds, (a, b, t) => {
        const table = tableOf([a, b]);
        const [na, nb] = [sizeOf(table, 0), sizeOf(table, 1)];
        const bound = sharedBound(featureMasks(table), 0, na, 1, nb);
        const exact = overlap(table.data.subarray(0, na), table.data.subarray(na));
        if (verdictOf(overlapOf(bound, na, nb), t) === 'apart') expect(verdictOf(exact, t)).toBe('apart');
      }),
      { numRuns: 500 },
    );
  });
});
