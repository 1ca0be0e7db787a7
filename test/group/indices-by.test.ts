import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicesBy } from '../../src/group/indices-by';

describe('indicesBy', () => {
  it.each([
    ['one key each', ['r1', 'r2', 'r1'], (x: string) => [x], [['r1', [0, 2]], ['r2', [1]]]],
    ['several keys, or none', ['a b', '', 'b'], (x: string) => (x === '' ? [] : x.split(' ')), [['a', [0]], ['b', [0, 2]]]],
    ['a key given twice by one item', ['a a'], (x: string) => x.split(' '), [['a', [0, 0]]]],
  ])('lists the indices under each key: %s', (_case, items, keysOf, expected) => {
    expect([...indicesBy(items, keysOf)]).toEqual(expected);
  });

  it('passes each item its index', () => {
    expect([...indicesBy(['x', 'y', 'z'], (_x, i) => [i % 2])]).toEqual([[0, [0, 2]], [1, [1]]]);
  });

  it('lists every index under its key once, ascending, and nothing else', () => {
    fc.assert(fc.property(fc.array(fc.nat(5)), (keys) => {
      const got = indicesBy(keys, (k) => [k]);
      for (const [key, list] of got) {
        expect(list).toEqual(keys.flatMap((k, i) => (k === key ? [i] : [])));
      }
      expect([...got.values()].reduce((n, list) => n + list.length, 0)).toBe(keys.length);
    }));
  });
});
