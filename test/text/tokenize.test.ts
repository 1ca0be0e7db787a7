import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize';
import { contentTokens } from '../../src/text/tokens';

const words = (text: string): string[] => contentTokens(tokenize(text)).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['a border of 1,600 miles', ['a', 'border', 'of', '1,600', 'miles']],
    ['up 70% on the year', ['up', '70%', 'on', 'the', 'year']],
    ['a fine of $420.', ['a', 'fine', 'of', '$420', '.']],
    ['on Nov. 7 in Kabul', ['on', 'Nov.', '7', 'in', 'Kabul']],
    ['at No. 10 today', ['at', 'No. 10', 'today']],
    ['she said no. Then', ['she', 'said', 'no', '.', 'Then']],
    ['Flight No. MH17', ['Flight', 'No.', 'MH17']],
    ['Resolution No. XIV', ['Resolution', 'No.', 'XIV']],
    ['the Tehrik-e-Taliban Pakistan', ['the', 'Tehrik-e-Taliban', 'Pakistan']],
    ['we won’t go', ['we', 'won’t', 'go']],
    ["we won't go", ['we', "won't", 'go']],
    ['the U.S. and U.N. said', ['the', 'U.S.', 'and', 'U.N.', 'said']],
    ['“Yes,” he said…', ['“', 'Yes', ',', '”', 'he', 'said', '…']],
    ['Mr. So met Dr. Who', ['Mr.', 'So', 'met', 'Dr.', 'Who']],
    ['a 20-year-old man', ['a', '20-year-old', 'man']],
    ['George W. Bush', ['George', 'W.', 'Bush']],
  ])('keeps what a reader sees as one token whole in %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives every token the offsets of its text in the input', () => {
    const text = 'Khan said: “We stay engaged.”';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds case and typographic variants in the comparison form only', () => {
    const [t] = tokenize('Won’t');
    expect(t?.text).toBe('Won’t');
    expect(t?.norm).toBe("won't");
  });

  it('returns no tokens for an empty text', () => {
    expect(tokenize('')).toEqual([]);
  });

  it('is lossless: joining the tokens gives back any input, astral and combining characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.end).toBeGreaterThan(t.start);
          at = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never cuts a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const t of tokenize(text)) {
          const code = text.charCodeAt(t.start);
          expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tokenises a megabyte without spaces and fifty thousand quote marks', () => {
    expect(tokenize('x'.repeat(1_000_000))).toHaveLength(1);
    expect(tokenize('"'.repeat(50_000))).toHaveLength(50_000);
  });
});

describe('tokenize on misuse', () => {
  it.each([
    ['a number', 42, /^claimdiff: tokenize\(text\): found number 42, expected a string$/],
    ['null', null, /^claimdiff: tokenize\(text\): found null, expected a string$/],
    ['an array of strings', ['a'], /found an array of 1, expected a string/],
  ])('throws a claimdiff error on %s', (_name, value, message) => {
    expect(() => tokenize(value as never)).toThrow(message);
    expect(() => tokenize(value as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it.each([
    ['an unknown option', { abbrevs: ['mr'] }, /found unknown option "abbrevs", expected tokenize options/],
    ['abbreviations that are not strings', { abbreviations: [1] }, /with abbreviations\[0\] a string$/],
  ])('throws an invalid-options error on %s', (_name, options, message) => {
    expect(() => tokenize('Mr. Khan', options as never)).toThrow(message);
    expect(() => tokenize('Mr. Khan', options as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });

  it('takes its own abbreviations', () => {
    expect(tokenize('Gen. Khan', { abbreviations: [] }).map((t) => t.text)).toEqual(['Gen', '.', ' ', 'Khan']);
  });
});
