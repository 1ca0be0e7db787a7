import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../src/lexicon/wordnet/key-set';

describe('KeySet', () => {
  it.each([
    ['no keys', [], [], 0],
    ['numbers and strings, repeats once', [7, 'walk', -3, 7, 'walk', -1_000_004], ['walk', -1_000_004, -3, 7], 4],
    ['strings alone, ascending', ['walked', 'walk'], ['walk', 'walked'], 2],
  ] as const)('holds %s', (_, keys, order, size) => {
    const set = new KeySet(keys);
    expect([...set]).toEqual(order);
    expect(set.size).toBe(size);
  });

  it.each([
    [3, true],
    ['3', false],
    [4, false],
    ['walk', true],
    ['Walk', false],
  ] as const)('answers has(%j) of {3, "walk"} with %s', (key, held) => {
    expect(new KeySet([3, 'walk']).has(key)).toBe(held);
  });

  it.each(['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'])(
    'answers %s as a Set of the same keys does, or fails as it does where the runtime lacks it',
    (name) => {
      const other = new Set<string | number>([3, 'run']);
      const call = (set: object): unknown => (set as Record<string, (o: unknown) => unknown>)[name]?.call(set, other);
      const plain = new Set<string | number>([3, 'walk']);
      if (typeof (plain as unknown as Record<string, unknown>)[name] === 'function') expect(call(new KeySet([3, 'walk']))).toEqual(call(plain));
      else expect(() => call(new KeySet([3, 'walk']))).toThrow(TypeError);
    },
  );

  it('answers like a Set of the same keys, whatever the keys', () => {
    const key = fc.oneof(fc.integer({ min: -1_100_000, max: 200_000 }), fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'ab', 'walk', ''));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.array(key, { maxLength: 20 }), (keys, asked) => {
        const set = new KeySet(keys);
        const plain = new Set<string | number>(keys);
        expect(set.size).toBe(plain.size);
        for (const k of [...keys, ...asked]) expect(set.has(k)).toBe(plain.has(k));
        expect(new Set(set)).toEqual(plain);
        expect([...set.entries()].every(([a, b]) => a === b && plain.has(a))).toBe(true);
        const seen: (string | number)[] = [];
        set.forEach((k) => seen.push(k));
        expect(seen).toEqual([...set.keys()]);
      }),
      { numRuns: 200 },
    );
  });
});
