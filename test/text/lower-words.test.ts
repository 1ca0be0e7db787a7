import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerWords, textWords } from '../../src/text/lower-words';

describe('lowerWords', () => {
  it.each<[string, number | undefined, string[]]>([
    ['', undefined, []],
    ['She didn’t like that.', undefined, ['she', "didn't", 'like', 'that']],
    ["The report was NOT entirely accurate", undefined, ['the', 'report', 'was', 'not', 'entirely', 'accurate']],
    ['“I’m not surprised,” Cole said', 2, ["i'm", 'not']],
    ['rock’n’roll — 42 times', undefined, ["rock'n'roll", '42', 'times']],
    ['one two three', 0, []],
  ])('reads %j (at most %s words) as %j', (text, max, words) => {
    expect(lowerWords(text, max)).toEqual(words);
  });

  it('leaves textWords reading from the start after it stopped part way', () => {
    expect(lowerWords('one two three four', 2)).toEqual(['one', 'two']);
    expect(textWords('Alpha beta')).toEqual(['Alpha', 'beta']);
    expect(lowerWords('Alpha beta')).toEqual(['alpha', 'beta']);
  });

  it('gives the first words of all the words, however few are asked', () => {
    const word = fc.stringMatching(/^[A-Za-z’']{0,6}[a-z]$/);
    fc.assert(fc.property(fc.array(word, { maxLength: 12 }), fc.nat(14), (words, max) => {
      const text = words.join(' ');
      expect(lowerWords(text, max)).toEqual(lowerWords(text).slice(0, max));
    }));
  });
});

describe('textWords', () => {
  it.each<[string, number | undefined, string[]]>([
    ['', undefined, []],
    ['We’re going to win, Sanders said', 4, ['We’re', 'going', 'to', 'win']],
    ['urged Kabul to take action', undefined, ['urged', 'Kabul', 'to', 'take', 'action']],
    ['one two three', 0, []],
  ])('reads %j (at most %s words) as written: %j', (text, max, words) => {
    expect(textWords(text, max)).toEqual(words);
  });

  it('gives the words lowerWords gives, before their case and apostrophes are folded', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.nat(8), (text, max) => {
      expect(textWords(text, max).map((w) => w.toLowerCase().replace(/’/gu, "'"))).toEqual(lowerWords(text, max));
    }));
  });
});

