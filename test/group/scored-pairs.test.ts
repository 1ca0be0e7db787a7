import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoredPairs } from '../../src/group/scored-pairs';

describe('ScoredPairs', () => {
  it.each([
    ['a pair with its closeness', [0, 1, 0.8, 0.3], { i: 0, j: 1, p: 0.8, close: 0.3 }],
    ['a pair without closeness, which takes its probability', [4, 2, 0.6], { i: 4, j: 2, p: 0.6, close: 0.6 }],
  ] as const)('reads back %s', (_, [i, j, p, close], record) => {
    const pairs = new ScoredPairs();
    pairs.push(i, j, p, close);
    expect([...pairs]).toEqual([record]);
    expect(pairs.length).toBe(1);
  });

  it('starts empty', () => {
    expect([...new ScoredPairs()]).toEqual([]);
    expect(new ScoredPairs(0).length).toBe(0);
  });

  it('keeps every pair pushed, in order, however far it grows past its first capacity, whatever capacity it was given', () => {
    const pair = fc.record({ i: fc.nat(100_000), j: fc.nat(100_000), p: fc.double({ min: 0, max: 1, noNaN: true }), close: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 300 }), fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom(Number.NaN, -1, 2.5, Infinity)), (records, capacity) => {
        const pairs = new ScoredPairs(capacity);
        for (const e of records) pairs.push(e.i, e.j, e.p, e.close);
        expect(pairs.length).toBe(records.length);
        expect([...pairs]).toEqual(records);
        expect([...ScoredPairs.of(records)]).toEqual(records);
      }),
      { numRuns: 100 },
    );
  });
});
