import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { deniesAnotherTime, replacedSlots } from '../../src/pipeline/denied-time';

describe('replacedSlots', () => {
  it('gives each slot where one side\'s words were removed beside the other\'s added, claim first', () => {
    const claim = 'the Front bombed the pier in March';
    const denial = 'the Front bombed the pier in 2019';
    const slots = replacedSlots(diffClaims(claim, denial).segments, 'a').map(([x, y]) => [claim.slice(...x), denial.slice(...y)]);
    expect(slots.some(([x, y]) => x?.includes('March') && y?.includes('2019'))).toBe(true);
  });

  it('gives none for one wording', () => {
    const text = 'the Front bombed the pier in March';
    expect(replacedSlots(diffClaims(text, text).segments, 'a')).toEqual([]);
  });
});

describe('deniesAnotherTime', () => {
  it.each([
    ['another year against a month', 'the Front bombed the pier in March', 'the Front bombed the pier in 2019', true],
    ['one time', 'the Front bombed the pier in March', 'the Front bombed the pier in March', false],
  ])('reads %s: %s', (_name, claim, denial, expected) => {
    expect(deniesAnotherTime(claim, denial, diffClaims(claim, denial).segments, 'a')).toBe(expected);
  });
});
