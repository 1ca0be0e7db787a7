import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureOf, statesCount } from '../../src/text/stated-figures';

describe('figureOf', () => {
  it.each([
    ['1,429', '1429'],
    ['1429', '1429'],
    ['3.5', '3.5'],
    ['2019', null],
    ['1850', null],
    ['covid-19', null],
    ['G7', null],
    ['people', null],
  ])('reads "%s" as %s', (token, want) => {
    expect(figureOf(token)).toBe(want);
  });

  it('reads a figure and the same figure with thousands separators alike', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 999_999_999 }).filter((n) => n < 1800 || n > 2099), (n) => {
      expect(figureOf(n.toLocaleString('en-US'))).toBe(figureOf(String(n)));
    }));
  });
});

describe('statesCount', () => {
  it.each([
    ['the mill dumped 300 tonnes of dye', true],
    ['the mill dumped three hundred tonnes of dye', true],
    ['the mill was fined in 2019', false],
    ['one of the mills was fined', false],
    ['the mill was fined', false],
  ])('"%s" states a count: %s', (text, want) => {
    expect(statesCount(text)).toBe(want);
  });
});
