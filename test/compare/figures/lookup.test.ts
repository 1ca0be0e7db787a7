import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/compare/figures/lookup';

const TABLE: Readonly<Record<string, number>> = { dozen: 12, score: 20, gross: 144 };

describe('lookup', () => {
  it.each<[string, number | undefined]>([
    ['dozen', 12],
    ['gross', 144],
    ['Dozen', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
    ['', undefined],
  ])('finds %j as %j', (key, value) => {
    expect(lookup(TABLE, key)).toBe(value);
  });

  it('finds in each table its own entries, asked in any order', () => {
    const key = fc.constantFrom('one', 'two', 'three', 'constructor', 'valueOf', '__proto__', 'x');
    const table = fc.dictionary(fc.constantFrom('one', 'two', 'three', 'x'), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.tuple(table, key), { minLength: 1, maxLength: 8 }), (asks) => {
        for (const [t, k] of asks) expect(lookup(t, k)).toBe(Object.hasOwn(t, k) ? t[k] : undefined);
      }),
    );
  });
});
