import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { negationsOf, statesNegated } from '../../src/group/negated-heads';

const ctx = createFeatureContext();

describe('negationsOf', () => {
  // Heads are the grouping's base forms: "sent" and "sold" are words of their own in the lexicon.
  it.each([
    ['the next content word after "not"', 'climate rules did not stop the plant from opening', 1, ['stop']],
    ['a contraction', "the current system hasn't stopped people from entering", 1, ['stop']],
    ['a noun after "no"', 'the bishop has no plans to meet the mayor', 1, ['plan']],
    ['the head coordinated with the first', 'she had not sent or received any marked files', 1, ['receive', 'sent']],
    ['a head past a reporting verb and pronouns', 'I never said I was going to pay the fees', 1, ['pay']],
    ['one head for each negation', 'the board did not close the pier and never sold the ferry', 2, ['close', 'sold']],
    ['none past a comma', 'No, I meant the harbour board', 1, []],
    ['none after a final negation', 'I hope not', 1, []],
    ['none without a negation', 'the minister would resign', 0, []],
    ['none for "without", a negated phrase', 'they entered the port without papers', 0, []],
  ])('reads %s: %s', (_name, text, count, heads) => {
    const n = negationsOf(text, ctx);
    expect(n.count).toBe(count);
    expect(n.verdict).toBe(false);
    expect([...n.heads].sort()).toEqual(heads);
  });

  it.each([
    ['"not true"', 'the reports about the pier are not true'],
    ['"no evidence"', 'there is no evidence the mayor sold the pier'],
    ['"nothing to do with reality"', 'claims about the mayor have nothing to do with reality'],
  ])('reads %s as a verdict on the whole text', (_name, text) => {
    expect(negationsOf(text, ctx).verdict).toBe(true);
  });
});

describe('statesNegated', () => {
  it.each([
    ['the negated verb, inflected', 'the harbour board did not pay the pilots', 'the harbour board paid the pilots in March', true],
    ['a coordinated head', 'she had not sent or received any marked files', 'she did receive marked files', true],
    ['a verdict on the whole', 'the reports about the pier are not true', 'the mayor sold the pier', true],
    ['no negation (the stance was read elsewhere)', 'the minister would resign', 'the minister would resign on Monday', true],
    ['only the people and places the negation names', "the current system hasn't stopped people from Varne and Skerra from entering", 'the government will keep screening people in Varne and Skerra', false],
    ['the head, negated on the other side too', 'the videos do not show the man armed', 'the footage did not show the man armed', false],
    ['a negation with no head', 'No, I meant the harbour board', 'you said the harbour board', false],
    ['a word both negate, one through a quantifier', 'none of the pier files in question came from the mayor', 'the only reason to blame the mayor for files that did not come from her is politics', false],
    ['the same word, stated on the other side', 'none of the pier files in question came from the mayor', 'the pier files came from the mayor', true],
    ['a word the other negates in a clause of its own, not a quantifier\'s', 'police did not fire tear gas at the students', 'police fired tear gas at the students, and no student was armed', true],
  ])('with %s: "%s" against "%s" is %s', (_name, negating, other, expected) => {
    expect(statesNegated(negating, other, ctx)).toBe(expected);
  });
});
