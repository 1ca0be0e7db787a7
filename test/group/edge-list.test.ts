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

  it('merges two sorted lists into what sorting them together gives, a pair in both with the weight of the first list', () => {
    const pairs = fc.array(fc.tuple(fc.nat(12), fc.nat(12), fc.integer({ min: 1, max: 9 })), { maxLength: 40 });
    fc.assert(
      fc.property(pairs, pairs, (rawA, rawB) => {
        const listOf = (raw: [number, number, number][]) => {
          const list = new EdgeList(2);
          for (const [a, b, w] of raw) list.push(a, b, w / 10);
          list.sortUnique(13);
          return list;
        };
        const [a, b] = [listOf(rawA), listOf(rawB)];
        const together = new EdgeList(2);
        together.append(a);
        together.append(b);
        together.sortUnique(13);
        expect(EdgeList.merged(a, b).toEdges()).toEqual(together.toEdges());
      }),
    );
  });

  it.each([
    [[], [], []],
    [[[0, 1, 0.5]], [], [[0, 1, 0.5]]],
    [[[0, 2, 0.5]], [[0, 1, 0.25], [0, 2, 0.75], [1, 2, 0.1]], [[0, 1, 0.25], [0, 2, 0.5], [1, 2, 0.1]]],
  ])('merges %j and %j into %j', (a, b, expected) => {
    const listOf = (edges: number[][]) => EdgeList.from(edges.map(([i, j, weight]) => ({ i: i as number, j: j as number, weight: weight as number })));
    expect(EdgeList.merged(listOf(a), listOf(b)).toEdges().map((e) => [e.i, e.j, e.weight])).toEqual(expected);
  });
});
