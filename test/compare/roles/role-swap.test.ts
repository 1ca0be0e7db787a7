import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { examinePair } from '../../../src/compare/pair-core';

describe('participants in each other’s roles', () => {
  it.each([
    ['Pakistan accused India of the attack', 'India accused Pakistan of the attack'],
    ['Arsenal beat Chelsea 2-0', 'Chelsea beat Arsenal 2-0'],
    ['The union sued the city', 'The city sued the union'],
    ['A monkey is pulling a dog', 'A dog is pulling a monkey'],
    ['The mayor was sued by the union', 'The mayor sued the union'],
    ['The raiders stormed the depot', 'The depot was stormed against the raiders'],
  ])('make %j ~ %j differ, with the swapped names marked (reason entity)', (a, b) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const diff = diffClaims(x, y);
      expect(diff.relation).toBe('differ');
      expect(diff.segments.filter((s) => s.label === 'contradict').every((s) => s.reasons.includes('entity'))).toBe(true);
      expect(diff.segments.some((s) => s.label === 'contradict')).toBe(true);
    }
  });

  it.each([
    ['Smith met Jones in Paris', 'Jones met Smith in Paris'],
    ['India and Pakistan signed the deal', 'Pakistan and India signed the deal'],
    ['Pakistan was accused by India of the attack', 'India accused Pakistan of the attack'],
    ['A box is being cut by a man', 'A man is cutting a box'],
    ['The raiders stormed the depot', 'The depot was stormed by the raiders'],
    ['The raiders stormed the depot at night', 'The depot was stormed at night'],
    ['The company said it would cut jobs', 'It would cut jobs, the company said'],
  ])('leave %j ~ %j alone: a symmetric verb, a list, the passive, a moved attribution', (a, b) => {
    const diff = diffClaims(a, b);
    expect(diff.segments.some((s) => s.label === 'contradict' && s.reasons.includes('entity'))).toBe(false);
  });
});

describe('roleSwapCheck', () => {
  it('reports the two swapped names on each side, reason entity, and the verdict rests on it', () => {
    const pair = examinePair('India accused Pakistan of the attack', 'Pakistan accused India of the attack', {});
    expect(pair.evidence.find((e) => e.check === 'role-swap')).toMatchObject({ a: [[0, 1], [2, 3]], b: [[0, 1], [2, 3]], reason: 'entity', strength: 0.8 });
    expect(pair.verdict.used.map((e) => e.check)).toEqual(['role-swap']);
  });

  it('reports nothing for the same participants in the same roles', () => {
    const pair = examinePair('India accused Pakistan of the attack', 'India blamed Pakistan for the attack', {});
    expect(pair.evidence.some((e) => e.check === 'role-swap')).toBe(false);
  });
});
