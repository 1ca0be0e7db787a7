import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';
import { negatesClause, negativePhraseAt, saysNegation } from '../../../src/compare/negation/implicit-negative';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };

/** Whether the word `word` of `text` says a negation. */
function says(text: string, word: string, lists = words): boolean {
  const terms = toTerms(text, lists);
  return saysNegation(terms, terms.findIndex((t) => t.key === word), { ...ctx, words: lists });
}

describe('saysNegation', () => {
  it.each([
    ['The minister skipped the summit', 'skipped'],
    ['The minister was absent from the summit', 'absent'],
    ['The files were missing from the archive', 'missing'],
    ['The senator was not absent from the vote', 'absent'],
    ['The coach was largely absent from training', 'absent'],
    ['Eleven aircraft went missing from the airport', 'missing'],
  ])('reads %j: %j says a negation', (text, word) => {
    expect(says(text, word)).toBe(true);
  });

  it.each([
    ['Police found the bodies of missing students', 'missing'],
    ['Absent fathers paid support', 'absent'],
    ['It was a missing link', 'missing'],
    ['The minister attended the summit', 'attended'],
    ['Are missing students in the graves?', 'missing'],
  ])('reads %j: %j states a fact', (text, word) => {
    expect(says(text, word)).toBe(false);
  });

  it('reads an adjectival form as a fact everywhere when no forms of "be" are given', () => {
    const { beForms: _, ...lists } = words;
    expect(says('The minister was absent from the summit', 'absent', lists)).toBe(false);
  });
});

describe('negativePhraseAt', () => {
  /** The length of the negative phrase starting at the word `word` of `text`, with the phrases given. */
  const at = (text: string, word: string, phrases?: string[]): number => {
    const terms = toTerms(text, words);
    const lists = phrases === undefined ? words : { ...words, negativePhrases: new Set(phrases) };
    return negativePhraseAt(terms, terms.findIndex((t) => t.key === word), { ...ctx, words: lists });
  };

  it.each<[string, string, number]>([
    ['The mayor kept quiet about the deal', 'kept', 2],
    ['The ministers stay silent on the plan', 'stay', 2],
    ['The clinic remained closed all week', 'remained', 2],
    ['The mayor kept talking about the deal', 'kept', 0],
    ['The mayor kept quiet about the deal', 'quiet', 0],
    ['The clinic closed all week', 'closed', 0],
  ])('reads %j at %j: %d', (text, word, length) => {
    expect(at(text, word)).toBe(length);
  });

  it.each<[string[], number]>([
    [['go dark'], 2],
    [['went dark'], 2],
    [['go light'], 0],
    [['go  dark'], 0],
    [['never go dark'], 0],
  ])('with the phrases %j, reads "The station went dark" at "went": %d', (phrases, length) => {
    expect(at('The station went dark', 'went', phrases)).toBe(length);
  });

  it('reads a phrase added in a new list as well as in the first', () => {
    expect(at('The station went dark', 'went', ['keep quiet'])).toBe(0);
    expect(at('The station went dark', 'went', ['keep quiet', 'go dark'])).toBe(2);
  });
});

describe('negatesClause', () => {
  it.each<[string, string, boolean]>([
    ['The player failed to score', 'failed', true],
    ['The firm refused to pay the fine', 'refused', true],
    ['The senator missed the vote', 'missed', true],
    ['The firm lacks the funds', 'lacks', true],
    ['The senator was absent from the vote', 'absent', true],
    ['The talks failed', 'failed', false],
    ['Police found the missing children', 'missing', false],
    ['It held elections but Miss Suu Kyi won', 'miss', false],
  ])('%j: %j negates its clause: %s', (text, word, negates) => {
    const terms = toTerms(text, words);
    expect(negatesClause(terms, terms.findIndex((t) => t.key === word), ctx)).toBe(negates);
  });
});
