import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { participleForm, toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const keys = (text: string): string[] => toTerms(text, words).map((t) => t.key);

describe('toTerms', () => {
  it.each<[string, string[]]>([
    ['More than 1,500 people', ['#above:1500', 'people']],
    ['between 10 and 20 percent', ['#10..20%']],
    ['seventy percent', ['#70%']],
    ["won't go", ['will', 'not', 'go']],
    ['Nov. 7', ['@11-7-']],
  ])('reads %j as the terms %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['The minister, who did not attend, said the plan was approved', 'attend', 2],
    ['The minister, who did not attend, said the plan was approved', 'approved', 3],
    ['He said that the plan was not approved', 'not', 1],
    ['A man is not playing the flute', 'flute', 0],
  ])('in %j puts %j in clause %i', (text, key, clause) => {
    expect(toTerms(text, words).find((t) => t.key === key)?.clause).toBe(clause);
  });

  it.each<[string, string, boolean]>([
    ['The man was reportedly armed', 'reportedly', true],
    ['The man may be armed', 'may', false],
    ['The man was armed', 'armed', false],
  ])('in %j marks %j as a hedge: %s', (text, key, hedge) => {
    expect(toTerms(text, words).find((t) => t.key === key)?.hedge).toBe(hedge);
  });

  it('numbers clauses in order, never going back', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const clauses = toTerms(text, words).map((t) => t.clause);
      for (let k = 1; k < clauses.length; k++) expect(clauses[k]).toBeGreaterThanOrEqual(clauses[k - 1] as number);
    }));
  });

  it('keeps every term inside the text, in order (terms of one token share its span)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      let start = 0;
      for (const t of toTerms(text, words)) {
        expect(t.start).toBeGreaterThanOrEqual(start);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        start = t.start;
      }
    }));
  });
});

describe('toTerms on negations that deny no clause', () => {
  it.each<[string, string, boolean]>([
    ['The governor, not the mayor, signed the order', 'not', false],
    ['The governor, not Smith, signed the order', 'not', false],
    ['The governor did not sign the order', 'not', true],
    ['The governor signed the order, not the mayor', 'not', true],
    ['The governor, not being there, did not sign', 'not', true],
    ['The suspect, not a citizen, was deported', 'not', true],
    ['The plan, not yet approved, was shelved', 'not', true],
    ['The governor, not the mayor of the city, signed the order', 'not', false],
    ['The governor, not the mayor of the old port city, signed the order', 'not', true],
  ])('%j: %j is a clause negation: %s', (text, key, neg) => {
    const t = toTerms(text, defaultWordLists()).find((x) => x.key === key);
    expect(t?.neg).toBe(neg);
  });

  it('reads "no sooner … than" as no negation', () => {
    expect(toTerms('No sooner had the minister resigned than the party split', defaultWordLists()).some((t) => t.neg)).toBe(false);
  });
});

describe('participleForm', () => {
  it.each<[string, boolean]>([['frying', true], ['fried', true], ['wearing', true], ['fry', false], ['man', false]])('%j: %s', (key, form) => {
    expect(participleForm(key)).toBe(form);
  });
});

describe('toTerms on a negative contraction before "just" or "only"', () => {
  it.each([
    ["the mayor isn't only a liar", 'the mayor is not only a liar'],
    ["you aren't just a loser", 'you are not just a loser'],
  ])('reads "%s" as "%s": the verb, then the phrase that adds rather than denies', (contracted, spelled) => {
    expect(keys(contracted)).toEqual(keys(spelled));
    expect(toTerms(contracted, words).some((t) => t.neg === true)).toBe(false);
  });

  it.each([
    ['before another word', "the mayor isn't a liar", 'the mayor is not a liar'],
    ['of a modal before "just"', "the mayor can't just leave", 'the mayor can not just leave'],
  ])('still reads a contraction %s as a negation', (_name, contracted, spelled) => {
    expect(toTerms(contracted, words).some((t) => t.neg === true)).toBe(true);
    if (spelled.includes('a liar')) expect(keys(contracted)).toEqual(keys(spelled));
  });
});
