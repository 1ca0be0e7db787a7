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

describe('another figure on another occasion', () => {
  const relation = (a: string, b: string) => examinePair(a, b, {}).verdict.relation;

  it.each<[string, string, string]>([
    ['other participants in one role', 'crime rose 12 percent in Varne', 'crime fell 4 percent in Skerra'],
    ['another year besides another figure', 'the levy would cost $900 million in 2026', 'the levy would cost $700 million in 2027'],
    ['another date said to be another occasion', 'the pier was inspected on May 5', 'the pier was also inspected on April 2'],
  ])('is no contradiction with %s: %j ~ %j', (_name, a, b) => {
    expect(relation(a, b)).not.toBe('contradict');
  });

  it.each<[string, string, string]>([
    ['another toll of one event', 'the flood killed 35 people', 'the flood killed 40 people'],
    ['another date of one event', 'the vote was held on May 5', 'the vote was held on April 2'],
    ['another year alone', 'The bridge will reopen in 2025', 'The bridge will reopen in 2026'],
    ['another year of the act and another cost', 'The dam will be finished in 2026 at a cost of $900 million', 'The dam will be finished in 2027 at a cost of $700 million'],
  ])('is still a contradiction with %s: %j ~ %j', (_name, a, b) => {
    expect(relation(a, b)).toBe('contradict');
  });
});

describe('a modal of another force', () => {
  it.each<[string, string, string, string]>([
    ['alone', 'the levy could be $4 billion', 'the levy would be $4 billion', 'differ'],
    ['beside a negation of the same modal', 'The plant can close in May', 'The plant cannot close in May', 'contradict'],
  ])('%s: %j ~ %j is a %s', (_name, a, b, relation) => {
    expect(examinePair(a, b, {}).verdict.relation).toBe(relation);
  });
});
