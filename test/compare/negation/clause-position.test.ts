import { describe, expect, it } from 'vitest';
import { inCircumstance, inRelativeClause, opensSubordinate, subordinateAt } from '../../../src/compare/negation/clause-position';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const clauseOf = (text: string, key: string): [ReturnType<typeof toTerms>, number] => {
  const terms = toTerms(text, words);
  return [terms, terms.find((t) => t.key === key)?.clause ?? -1];
};

describe('where a term stands in its clause', () => {
  it.each<[string, string, boolean, boolean]>([
    ['The minister, who did not attend, resigned', 'attend', true, false],
    ['The minister resigned, who knew', 'resigned', false, false],
    ['She was captured while fighting with the rebels', 'fighting', false, true],
    ['He left as the storm began', 'storm', false, true],
    ['Police said that the mayor was arrested', 'arrested', true, false],
  ])('in %j, %j is in a relative clause: %s, in a circumstance: %s', (text, key, relative, circumstance) => {
    const [terms, clause] = clauseOf(text, key);
    expect(inRelativeClause(terms, clause)).toBe(relative);
    expect(inCircumstance(terms, clause)).toBe(circumstance);
  });

  it.each<[string, boolean]>([
    ['who denied the report', true],
    ['after denying the reports', true],
    ['that they deny the reports', false],
    ['as Kremlin denies reports', false],
    ['police deny the reports', false],
  ])('reads %j as opening a subordinate clause: %s', (text, opens) => {
    const terms = toTerms(text, words);
    expect(opensSubordinate(terms, [0, terms.length])).toBe(opens);
  });

  it('finds a deny verb after a subordinator in its clause, and not one before it', () => {
    const terms = toTerms('The minister resigned after denying the reports', words);
    const at = (key: string): number => terms.findIndex((t) => t.key === key);
    expect(subordinateAt(terms, [0, terms.length], at('denying'))).toBe(true);
    expect(subordinateAt(terms, [0, terms.length], at('resigned'))).toBe(false);
  });
});
