import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { hasPassive } from '../../../src/compare/roles/role-swap';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

describe('participants in each other’s roles', () => {
  it.each([
    ['Pakistan accused India of the attack', 'India accused Pakistan of the attack'],
    ['Arsenal beat Chelsea 2-0', 'Chelsea beat Arsenal 2-0'],
    ['The union sued the city', 'The city sued the union'],
    ['A monkey is pulling a dog', 'A dog is pulling a monkey'],
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
    ['The company said it would cut jobs', 'It would cut jobs, the company said'],
  ])('leave %j ~ %j alone: a symmetric verb, a list, the passive, a moved attribution', (a, b) => {
    const diff = diffClaims(a, b);
    expect(diff.segments.some((s) => s.label === 'contradict' && s.reasons.includes('entity'))).toBe(false);
  });
});

describe('hasPassive', () => {
  const words = defaultWordLists();
  it.each<[string, boolean]>([
    ['The bill was vetoed by the governor', true],
    ['The report was written by two reporters', true],
    ['The governor vetoed the bill', false],
    ['He stood by the door', false],
  ])('reads %j as passive: %s', (text, passive) => {
    expect(hasPassive(toTerms(text, words))).toBe(passive);
  });
});
