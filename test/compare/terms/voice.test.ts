import { describe, expect, it } from 'vitest';
import { toTerms } from '../../../src/compare/terms/terms';
import { hasPassive } from '../../../src/compare/terms/voice';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

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
