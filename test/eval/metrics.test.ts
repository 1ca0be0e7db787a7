import { describe, expect, it } from 'vitest';
import {
  accuracy,
  averageRanks,
  confusion,
  countBinary,
  formatConfusion,
  formatTable,
  pearson,
  precisionRecallF1,
  spearman,
} from '../../eval/metrics';

describe('countBinary', () => {
  it('counts true and false positives and negatives index by index', () => {
    expect(countBinary([true, true, false, false, true], [true, false, true, false, true])).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });

  it('refuses arrays of different lengths', () => {
    expect(() => countBinary([true], [true, false])).toThrow(/one length/);
  });
});

describe('precisionRecallF1', () => {
  it.each([
    { counts: { tp: 2, fp: 1, fn: 1, tn: 5 }, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 },
    { counts: { tp: 3, fp: 1, fn: 2, tn: 0 }, precision: 0.75, recall: 0.6, f1: 2 / 3 },
    { counts: { tp: 4, fp: 0, fn: 0, tn: 0 }, precision: 1, recall: 1, f1: 1 },
    { counts: { tp: 0, fp: 0, fn: 4, tn: 2 }, precision: 0, recall: 0, f1: 0 },
  ])('gives P $precision, R $recall, F1 $f1 for $counts', ({ counts, precision, recall, f1 }) => {
    const got = precisionRecallF1(counts);
    expect(got.precision).toBeCloseTo(precision, 10);
    expect(got.recall).toBeCloseTo(recall, 10);
    expect(got.f1).toBeCloseTo(f1, 10);
  });
});

describe('accuracy', () => {
  it.each([
    { gold: ['a', 'b', 'c'], predicted: ['a', 'c', 'c'], expected: 2 / 3 },
    { gold: ['x'], predicted: ['x'], expected: 1 },
    { gold: [], predicted: [], expected: 0 },
  ])('is $expected for $gold against $predicted', ({ gold, predicted, expected }) => {
    expect(accuracy(gold, predicted)).toBeCloseTo(expected, 10);
  });
});

describe('averageRanks', () => {
  it.each([
    { values: [3, 1, 2], ranks: [3, 1, 2] },
    { values: [10, 20, 20, 30], ranks: [1, 2.5, 2.5, 4] },
    { values: [5, 5, 5], ranks: [2, 2, 2] },
    { values: [], ranks: [] },
  ])('ranks $values as $ranks, ties sharing their average rank', ({ values, ranks }) => {
    expect(averageRanks(values)).toEqual(ranks);
  });
});

describe('spearman', () => {
  it.each([
    { name: 'a monotone but curved series', x: [1, 2, 3, 4], y: [1, 4, 9, 16], rho: 1 },
    { name: 'a reversed series', x: [1, 2, 3, 4], y: [8, 6, 4, 2], rho: -1 },
    { name: 'two swapped neighbours in five', x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5], rho: 0.8 },
    { name: 'a tie on one side', x: [1, 2, 2, 3], y: [1, 2, 3, 4], rho: 4.5 / Math.sqrt(22.5) },
    { name: 'a constant side', x: [1, 2, 3], y: [7, 7, 7], rho: 0 },
  ])('gives $rho for $name', ({ x, y, rho }) => {
    expect(spearman(x, y)).toBeCloseTo(rho, 10);
  });

  it('differs from Pearson when the relation is monotone but not linear', () => {
    expect(pearson([1, 2, 3, 4], [1, 4, 9, 16])).toBeLessThan(1);
  });
});

describe('confusion', () => {
  it('counts gold rows against predicted columns in the order given', () => {
    const table = confusion(['A', 'A', 'B'], ['x', 'y', 'x'], ['B', 'A'], ['x', 'y', 'z']);
    expect(table).toEqual({ rows: ['B', 'A'], columns: ['x', 'y', 'z'], counts: [[1, 0, 0], [1, 1, 0]] });
  });

  it('appends labels missing from the orders instead of dropping their pairs', () => {
    const table = confusion(['A', 'C'], ['x', 'w'], ['A'], ['x']);
    expect(table.rows).toEqual(['A', 'C']);
    expect(table.columns).toEqual(['x', 'w']);
    expect(table.counts).toEqual([[1, 0], [0, 1]]);
  });

  it('prints aligned rows with totals', () => {
    const table = confusion(['yes', 'yes', 'no'], ['same', 'differ', 'differ'], ['yes', 'no'], ['same', 'differ']);
    expect(formatConfusion(table, 'gold')).toBe(
      ['gold   same  differ  total', 'yes       1       1      2', 'no        0       1      1', 'total     1       2      3'].join('\n'),
    );
  });
});

describe('formatTable', () => {
  it('left-aligns the first column and right-aligns the others', () => {
    expect(formatTable(['name', 'n'], [['long name', '1'], ['x', '100']])).toBe(['name         n', 'long name    1', 'x          100'].join('\n'));
  });
});
