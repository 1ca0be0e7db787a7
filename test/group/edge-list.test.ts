import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeList } from '../../src/group/edge-list';

describe('EdgeList', () => {
  it('stores each pair with the smaller index first', () => {
    const list = new EdgeList(1);
    list.push(5, 2, 0.5);
    list.push(1, 3, 0.25);
    expect(list.toEdges()).toEqual([{ i: 2, j: 5, weight: 0.5 }, { i: 1, j: 3, weight: 0.25 }]);
  });

  it('sorts the pairs by (i, j) and keeps one of each, with its weight', () => {
    const list = EdgeList.from([{ i: 2, j: 3, weight: 0.7 }, { i: 0, j: 4, weight: 0.4 }, { i: 2, j: 3, weight: 0.7 }, { i: 0, j: 1, weight: 0.9 }]);
    list.sortUnique(5);
    expect(list.toEdges()).toEqual([{ i: 0, j: 1, weight: 0.9 }, { i: 0, j: 4, weight: 0.4 }, { i: 2, j: 3, weight: 0.7 }]);
  });

  it('gives the same sorted pairs as a comparator sort, for any pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 80 }), (raw) => {
        const list = new EdgeList(2);
        for (const [a, b] of raw) list.push(a, b, 1);
        const other = new EdgeList(2);
        other.append(list);
        other.sortUnique(21);
        const expected = [...new Set(raw.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`))]
          .map((k) => k.split('-').map(Number) as [number, number])
          .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(other.toEdges().map((e) => [e.i, e.j])).toEqual(expected);
      }),
    );
  });
});
