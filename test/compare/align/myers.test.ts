import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalRuns, type EqualRuns } from '../../../src/compare/align/myers';

/** The equal runs of jsdiff's `diffArrays` over the same sequences, as `equalRuns` gives them. */
function jsdiffRuns(a: number[], b: number[], maxEditLength = Infinity): EqualRuns | undefined {
  const changes = diffArrays(a, b, { maxEditLength });
  if (changes === undefined) return undefined;
  const out: EqualRuns = { a: [], b: [], length: [] };
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      // jsdiff may end one run where the next starts: one run, as `equalRuns` keeps the snakes apart only across an edit.
      const k = out.length.length - 1;
      if (k >= 0 && out.a[k]! + out.length[k]! === i && out.b[k]! + out.length[k]! === j) out.length[k]! += c.count;
      else out.a.push(i), out.b.push(j), out.length.push(c.count);
    }
    if (!c.added) i += c.count;
    if (!c.removed) j += c.count;
  }
  return out;
}

const equalPairs = (r: EqualRuns): [number, number][] => r.length.flatMap((n, k) => Array.from({ length: n }, (_, t) => [r.a[k]! + t, r.b[k]! + t] as [number, number]));

describe('equalRuns', () => {
  it.each([
    ['two empty sequences', [], [], []],
    ['the same sequence: one run', [1, 2, 3], [1, 2, 3], [[0, 0], [1, 1], [2, 2]]],
    ['nothing in common', [1, 2], [3, 4], []],
    ['one item replaced in the middle', [1, 2, 3], [1, 9, 3], [[0, 0], [2, 2]]],
    ['an item added at the front', [5, 6], [4, 5, 6], [[0, 1], [1, 2]]],
    ['an item removed at the end', [5, 6, 7], [5, 6], [[0, 0], [1, 1]]],
    ['of two ways to pair a repeated item, the one jsdiff takes', [1, 2, 1], [2, 1, 2], [[1, 0], [2, 1]]],
  ])('%s', (_name, a, b, pairs) => {
    expect(equalPairs(equalRuns(a, b, 100, 1000)!)).toEqual(pairs);
  });

  it('pairs exactly the items jsdiff pairs, over sequences of few values (many ties)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(equalPairs(equalRuns(a, b, 1e6, 1e6)!)).toEqual(equalPairs(jsdiffRuns(a, b)!));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives up exactly where jsdiff does at maxEditLength', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 16 });
    fc.assert(
      fc.property(seq, seq, fc.integer({ min: 1, max: 12 }), (a, b, cap) => {
        const ours = equalRuns(a, b, cap, 1e6);
        const theirs = jsdiffRuns(a, b, cap);
        expect(ours === undefined).toBe(theirs === undefined);
        if (ours !== undefined && theirs !== undefined) expect(equalPairs(ours)).toEqual(equalPairs(theirs));
      }),
      { numRuns: 1000 },
    );
  });

  it('every pair it gives joins equal items, in increasing order on both sides', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const pairs = equalPairs(equalRuns(a, b, 1e6, 1e6)!);
        pairs.forEach(([i, j], k) => {
          expect(a[i]).toBe(b[j]);
          if (k > 0) expect(i > pairs[k - 1]![0] && j > pairs[k - 1]![1]).toBe(true);
        });
      }),
    );
  });

  it('gives up when the time is spent before the first edit length', () => {
    expect(equalRuns([1, 2, 3], [4, 5, 6], 100, -1)).toBeUndefined();
  });
});
