import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mendTokens, numberAbbreviation } from '../../../src/compare/terms/mend-tokens';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { NUMBER_ABBREVIATIONS } from '../../../src/lexicon/abbreviations';
import { tokenize } from '../../../src/text/tokenize';
import { contentTokens } from '../../../src/text/tokens';

const serials = new Set(NUMBER_ABBREVIATIONS);
const words = defaultWordLists();
const mended = (text: string): string[] => mendTokens(contentTokens(tokenize(text)), serials).map((t) => t.text);
const keys = (text: string): string[] => toTerms(text, words).map((t) => t.key);

describe('mendTokens', () => {
  it.each<[string, string[]]>([
    ['the flood displaced 2, 350 families', ['the', 'flood', 'displaced', '2,350', 'families']],
    ['a bill of $4, 100,000', ['a', 'bill', 'of', '$4,100,000']],
    ['rooms 1, 2 and 3', ['rooms', '1', ',', '2', 'and', '3']],
    ['in 2019, 300 people', ['in', '2019', ',', '300', 'people']],
    ['on May 3, 250 ballots', ['on', 'May', '3', ',', '250', 'ballots']],
    ['scored 1,250 points', ['scored', '1,250', 'points']],
    ['she lives at No. 12', ['she', 'lives', 'at', 'No.', '12']],
  ])('%j is read as %j', (text, tokens) => {
    expect(mended(text)).toEqual(tokens);
  });

  it('keeps every token inside the text and in order', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const tokens = mendTokens(contentTokens(tokenize(text)), serials);
      tokens.forEach((t, i) => {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.end).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(t.start).toBeGreaterThanOrEqual((tokens[i - 1] as { start: number }).start);
      });
    }));
  });
});

describe('numberAbbreviation', () => {
  it.each<[string, boolean]>([
    ['the meeting in No 10 ended', true],
    ['the meeting in No. 10 ended', true],
    ['the ballot put Nr 7 first', true],
    ['no 10 people came', false],
    ['No 10 people came', false],
    ['the answer was No, twice', false],
  ])('%j: "No" abbreviates "number": %s', (text, abbreviates) => {
    const tokens = mendTokens(contentTokens(tokenize(text)), serials);
    const at = tokens.findIndex((t) => /^n[or]\.?$/iu.test(t.text));
    const before = tokens[at - 1];
    expect(numberAbbreviation(tokens, at, serials, before !== undefined)).toBe(abbreviates);
  });

  it.each<[string, string]>([
    ['talks went on in No 10', 'talks went on in Number 10'],
    ['talks went on in No. 10', 'talks went on in number 10'],
  ])('%j and %j read "No" as the word "number", not a negation', (x, y) => {
    expect(keys(x)).toEqual(keys(y));
    expect(toTerms(x, words).some((t) => t.neg)).toBe(false);
  });
});
