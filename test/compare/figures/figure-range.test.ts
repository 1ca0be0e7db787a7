import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFigures, figureKey, intervalOf, readFigure } from '../../../src/compare/figures/figure-range';
import type { Quantity } from '../../../src/compare/figures/quantity';
import { tokenize } from '../../../src/text/tokenize';
import { contentTokens } from '../../../src/text/tokens';

function figure(text: string): Quantity {
  const q = readFigure(contentTokens(tokenize(text)), 0);
  if (q === null) throw new Error(`no figure in ${JSON.stringify(text)}`);
  return q;
}

describe('readFigure', () => {
  it.each<[string, string, number]>([
    ['more than 1,500 people', '#above:1500', 3],
    ['about 70 people', '#approx:70', 2],
    ['no more than 5 days', '#atMost:5', 4],
    ['at least seventy percent of voters', '#atLeast:70%', 4],
    ['an estimated $2 billion', '#approx:2000000000$', 4],
    ['between 10 and 20 soldiers', '#10..20', 4],
    ['10 to 20 percent of voters', '#10..20%', 4],
    ['two or three people', '#2..3', 3],
    ['1,600 miles', '#2574950.4length', 2],
  ])('reads %j as %s over %i tokens', (text, key, length) => {
    const q = figure(text);
    expect(figureKey(q)).toBe(key);
    expect(q.length).toBe(length);
  });

  it.each<[string, string]>([
    ['20 to 10 votes', '#20'],
    ['3-2 win', '#3'],
    ['2-3 win', '#2'],
    ['about the 7th floor', ''],
  ])('does not read %j as a range or a bound (%s)', (text, key) => {
    const q = readFigure(contentTokens(tokenize(text)), 0);
    expect(q === null ? '' : figureKey(q)).toBe(key);
  });

  it('reads "by 2 to 3 percent" as a range', () => {
    const tokens = contentTokens(tokenize('rose by 2 to 3 percent'));
    expect(figureKey(readFigure(tokens, 2) as Quantity)).toBe('#2..3%');
  });

  it('reads "from 10 to 20" as two figures, a change rather than a range', () => {
    const tokens = contentTokens(tokenize('rose from 10 to 20'));
    expect(figureKey(readFigure(tokens, 2) as Quantity)).toBe('#10');
  });
});

describe('compareFigures', () => {
  it.each<[string, string, 'same' | 'contradict' | null]>([
    ['more than 1,500', '1,600', 'same'],
    ['more than 1,500', '1,400', 'contradict'],
    ['about 70', '72', 'same'],
    ['about 70', '90', 'contradict'],
    ['nearly 2,000', '2,100', 'contradict'],
    ['nearly 2,000', 'about 2,000', 'same'],
    ['between 10 and 20', '15', 'same'],
    ['between 10 and 20', '30', 'contradict'],
    ['two or three', 'four', 'contradict'],
    ['fewer than 100', 'more than 100', 'contradict'],
    ['fewer than 100', 'more than 200', 'contradict'],
    ['more than 1,000', 'more than 1,500', null],
    ['more than 70', '70', null],
    ['at least 70', '70', 'same'],
    ['up to 50', '40', 'same'],
    ['about 90 miles', 'about 150 km', 'same'],
    ['70', '70 percent', null],
    ['100', '120', 'contradict'],
    ['$2 billion', '$2.1 billion', 'same'],
    ['$2 billion', '$1.5 billion', 'contradict'],
    ['about 2 million', 'about 2.1 million', 'same'],
    ['some 2 million', 'about 2.1 million', 'same'],
    ['more than 90 miles', '150 km', 'same'],
    ['fewer than 80 miles', '150 km', 'contradict'],
  ])('%j against %j: %s', (x, y, expected) => {
    expect(compareFigures(figure(x), figure(y))).toBe(expected);
  });

  const qualifiers = ['', 'about ', 'nearly ', 'more than ', 'at least ', 'fewer than ', 'up to '];
  const arbitraryFigure = fc.tuple(fc.constantFrom(...qualifiers), fc.integer({ min: 1, max: 5000 }), fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }))
    .map(([q, v, upper]) => (upper !== undefined && q === '' ? `between ${v} and ${v + upper}` : `${q}${v}`));

  it('is symmetric', () => {
    fc.assert(fc.property(arbitraryFigure, arbitraryFigure, (x, y) => {
      expect(compareFigures(figure(x), figure(y))).toBe(compareFigures(figure(y), figure(x)));
    }));
  });

  it('calls a figure the same as itself, and never contradicts a value its interval holds', () => {
    fc.assert(fc.property(arbitraryFigure, (x) => {
      const q = figure(x);
      expect(compareFigures(q, q)).toBe('same');
      const { lo, hi } = intervalOf(q);
      const inside = Number.isFinite(lo) ? Math.ceil(lo) : Math.floor(hi);
      if (inside >= lo && inside <= hi && inside > 0) expect(compareFigures(q, figure(String(inside)))).not.toBe('contradict');
    }));
  });
});
