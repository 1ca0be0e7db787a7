import { describe, expect, it } from 'vitest';
import { examinePair } from '../../../src/compare/pair-core';
import type { Check } from '../../../src/schema/evidence';

/** The checks that reported evidence on a pair, and those the verdict used. */
function checks(a: string, b: string): { found: Check[]; used: Check[] } {
  const pair = examinePair(a, b, {});
  return { found: pair.evidence.map((e) => e.check), used: pair.verdict.used.map((e) => e.check) };
}

describe('the checks on contradicting segments', () => {
  it.each<[string, string, Check[], Check]>([
    ['The plant will close in May', 'The plant will not close in May', ['flip'], 'flip'],
    ['The bridge will reopen in 2025', 'The bridge will reopen in 2026', ['flip', 'figure'], 'flip'],
    ['A cook is in the kitchen and is singing', 'There is no cook singing in the kitchen', ['stray-negation'], 'stray-negation'],
  ])('%j ~ %j: %j found, the verdict resting on %s', (a, b, expected, used) => {
    const { found, used: rests } = checks(a, b);
    for (const c of expected) expect(found).toContain(c);
    expect(rests).toEqual([used]);
  });

  it.each<[string, string]>([
    ['The plant will close in May', 'The plant will close in May'],
    ['The plant will close in May', 'The factory will shut in May'],
  ])('%j ~ %j: no flip, no stray negation, no other figure', (a, b) => {
    const { found } = checks(a, b);
    expect(found.filter((c) => c === 'flip' || c === 'stray-negation' || c === 'figure')).toEqual([]);
  });

  it('reports a flip with the runs of its segments on both sides and the surest segment’s confidence', () => {
    const pair = examinePair('The plant will close in May', 'The plant will not close in May', {});
    const flip = pair.evidence.find((e) => e.check === 'flip');
    expect(flip).toMatchObject({ reason: 'negation', a: [[3, 4]], b: [[3, 5]] });
    expect(pair.verdict.confidence).toBe(flip?.strength);
  });
});
