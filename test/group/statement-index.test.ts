import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex, indexFromJSON } from '../../src/group/statement-index';
import { WIRE } from './fixtures';

describe('createIndex', () => {
  it('keeps group ids and members stable when more statements are added', () => {
    const index = createIndex();
    index.add(WIRE.slice(0, 5));
    const before = index.groups();
    index.add(WIRE.slice(5));
    const after = index.groups();
    for (const g of before) {
      const same = after.find((x) => x.id === g.id);
      expect(same?.canonical).toBe(g.canonical);
      for (const m of g.members) expect(same?.members).toContain(m);
    }
    expect(after.flatMap((g) => g.members).sort()).toEqual(WIRE.map((w) => w.id).sort());
  });

  it('joins a new wording to the existing group of its statement', () => {
    const index = createIndex();
    index.add([WIRE[0] as (typeof WIRE)[number], WIRE[3] as (typeof WIRE)[number]]);
    expect(index.add([WIRE[1] as (typeof WIRE)[number]])).toEqual(['g1']);
  });

  it('round-trips through toJSON and indexFromJSON, and goes on numbering from there', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: WIRE.length }), (cut) => {
        const index = createIndex();
        index.add(WIRE.slice(0, cut));
        const copy = indexFromJSON(JSON.parse(JSON.stringify(index.toJSON())));
        expect(copy.groups()).toEqual(index.groups());
        index.add(WIRE.slice(cut));
        copy.add(WIRE.slice(cut));
        expect(copy.groups()).toEqual(index.groups());
      }),
      { numRuns: 12 },
    );
  });

  it.each([
    ['an id already in the index', [{ id: 'a1', text: 'again' }], /already in the index/],
    ['a statement that is not an object', [42], /\[0\]/],
  ])('throws on %s', (_name, input, message) => {
    const index = createIndex();
    index.add([{ id: 'a1', text: 'first' }]);
    expect(() => index.add(input as never)).toThrow(message);
  });

  it('throws on a snapshot it did not write', () => {
    expect(() => indexFromJSON({ version: 2 } as never)).toThrow(/claimdiff: indexFromJSON\(snapshot\)/);
  });
});
