import { describe, expect, it } from 'vitest';
import { readRelativeDate } from '../../../src/compare/figures/relative-date';
import { tokenize } from '../../../src/text/tokenize';
import { contentTokens } from '../../../src/text/tokens';

// Friday 13 November 2026, noon UTC.
const FRIDAY = Date.parse('2026-11-13T12:00:00Z');

const read = (text: string, reference = FRIDAY) => readRelativeDate(contentTokens(tokenize(text)), 0, reference);

describe('readRelativeDate', () => {
  it.each([
    ['yesterday', { month: 11, day: 12, year: 2026, length: 1 }],
    ['today', { month: 11, day: 13, year: 2026, length: 1 }],
    ['tomorrow', { month: 11, day: 14, year: 2026, length: 1 }],
    ['Friday', { month: 11, day: 13, year: 2026, length: 1 }],
    ['Tuesday', { month: 11, day: 10, year: 2026, length: 1 }],
    ['Saturday', { month: 11, day: 7, year: 2026, length: 1 }],
    ['last Friday', { month: 11, day: 6, year: 2026, length: 2 }],
    ['next Friday', { month: 11, day: 20, year: 2026, length: 2 }],
    ['next Monday', { month: 11, day: 16, year: 2026, length: 2 }],
    ['Wed.', { month: 11, day: 11, year: 2026, length: 1 }],
  ])('reads %j, said on Friday 13 November 2026, as the day it names', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['Fridays', 'week', 'last', 'the', 'constructor'])('reads %j as no date', (text) => {
    expect(read(text)).toBeNull();
  });

  it('crosses a month and a year boundary', () => {
    expect(read('yesterday', Date.parse('2027-01-01T08:00:00Z'))).toEqual({ month: 12, day: 31, year: 2026, length: 1 });
  });
});
