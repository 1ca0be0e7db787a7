import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ensureTexts, StatementCollector } from '../../src/group/collect';
import { argumentHooks } from '../../src/group/group-statements';
import { createFeatureContext, featuresOf } from '../../src/group/features';

const ctx = createFeatureContext();
const collect = (items: unknown[], keepTexts = true) => {
  const c = new StatementCollector(ctx, argumentHooks('f(statements)'), keepTexts);
  for (const x of items) c.add(x);
  return c.finish();
};

describe('StatementCollector', () => {
  it('keeps statements that come in natural id order as they are, with no arrival map', () => {
    const cols = collect([{ id: 's2', text: 'ports reopen' }, { id: 's10', text: 'talks resume', stance: 'denies', denies: 's2' }]);
    expect(cols.ids).toEqual(['s2', 's10']);
    expect(Array.from(cols.denies)).toEqual([0, 1]);
    expect(cols.deniedIds.get(1)).toBe('s2');
    expect(cols.arrival).toBeUndefined();
  });

  it('puts statements in natural id order, with their features, texts, stances and arrival positions', () => {
    const cols = collect([{ id: 's10', text: 'talks resume monday', stance: 'denies' }, { id: 's9', text: 'ports reopen' }]);
    expect(cols.ids).toEqual(['s9', 's10']);
    expect(cols.texts).toEqual(['ports reopen', 'talks resume monday']);
    expect(Array.from(cols.denies)).toEqual([0, 1]);
    expect(Array.from(cols.arrival ?? [])).toEqual([1, 0]);
    const row = (i: number) => Array.from(cols.table.data.subarray(cols.table.offsets[i], cols.table.offsets[i + 1]));
    expect(row(0)).toEqual(Array.from(featuresOf('ports reopen', ctx)));
    expect(row(1)).toEqual(Array.from(featuresOf('talks resume monday', ctx)));
  });

  it.each([
    ['next to each other', ['a', 'a', 'b'], /f\(statements\)\[1\]: found duplicate id "a"/],
    ['apart, out of order', ['c', 'a', 'b', 'a', 'c'], /f\(statements\)\[3\]: found duplicate id "a"/],
  ])('names the first repeated id, %s', (_name, ids, message) => {
    expect(() => collect(ids.map((id) => ({ id, text: 'x' })))).toThrow(message);
  });

  it('names a statement that is not one', () => {
    expect(() => collect([{ id: 'a', text: 'x' }, { id: 'b' }])).toThrow(/f\(statements\)\[1\]: .*expected a statement/);
  });

  it('without texts, reads them through loadTexts only for the statements asked', () => {
    const cols = collect([{ id: 'b', text: 'second' }, { id: 'a', text: 'first' }], false);
    expect(cols.texts).toEqual(['', '']);
    const asked: number[][] = [];
    cols.loadTexts = (indices) => {
      asked.push([...indices]);
      for (const k of indices) cols.texts[k] = ['first', 'second'][k] as string;
    };
    ensureTexts(cols, [1]);
    ensureTexts(cols, [0, 1]);
    expect(asked).toEqual([[1], [0]]);
    expect(cols.texts).toEqual(['first', 'second']);
  });

  it('gives every order of the same statements the same columns', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `s${i * 7}`, text: `word${i} harbour ${i % 3 ? 'reopens' : 'closes'}` }));
    const sorted = collect(items);
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (shuffled) => {
        const cols = collect(shuffled);
        expect(cols.ids).toEqual(sorted.ids);
        expect(Array.from(cols.table.data)).toEqual(Array.from(sorted.table.data));
      }),
      { numRuns: 25 },
    );
  });
});
