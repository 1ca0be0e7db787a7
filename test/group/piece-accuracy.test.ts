import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgesAccuracy, onePieceJudged, sidesWithPiece } from '../../src/group/piece-accuracy';
import { ACCURACY_VERDICTS, PIECE_NOUNS } from '../../src/lexicon/pointer-words';
import { lowerWords } from '../../src/text/lower-words';

describe('judgesAccuracy', () => {
  it.each([
    ['a piece called inaccurate', 'its report was inaccurate', true],
    ['the accuracy of a piece disputed', 'the accuracy of a news report saying that the mayor told his aide to lie', true],
    ['a description not accurate', "the Herald's description of the council's statements is not accurate", true],
    ['an outlet standing by its reporting', 'We stand by our reporting and the sources who informed it', true],
    ['a verdict with no piece', 'the figures are inaccurate', false],
    ['a piece with no verdict on its accuracy', 'the report said the mayor told his aide to lie', false],
    ['standing by a person, not a piece', 'We stand by our mayor', false],
    ['an email account, not a piece', 'the setup of her email account was flawed', false],
    ['a piece named in capitals', 'THE REPORT WAS INACCURATE', true],
    ['a piece word inside a longer word only', 'the reporters were inaccurate', false],
    ['a piece word with a possessive, read as another word', 'the story’s account was inaccurate', false],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(judgesAccuracy(text)).toBe(expected);
  });

  it('gives what the words alone give, the pattern read before them changing nothing', () => {
    // The words as `judgesAccuracy` reads them, with no pattern before: a reference to hold it to.
    const byWords = (text: string): boolean => {
      const words = lowerWords(text);
      if (!words.some((w) => PIECE_NOUNS.includes(w))) return false;
      return words.some((w) => ACCURACY_VERDICTS.includes(w)) || words.some((w, k) => ['stand', 'stands', 'standing', 'stood'].includes(w) && words[k + 1] === 'by');
    };
    const word = fc.oneof(
      fc.constantFrom(...PIECE_NOUNS, ...ACCURACY_VERDICTS, 'stand', 'by', 'the', 'reporters', 'Story’s', 'K', '\u212Aey'),
      fc.stringMatching(/^[A-Za-z’']{1,8}$/),
    );
    const cased = fc.tuple(word, fc.boolean()).map(([w, upper]) => (upper ? w.toUpperCase() : w));
    fc.assert(fc.property(fc.array(cased, { maxLength: 10 }), (words) => {
      const text = words.join(' ');
      expect(judgesAccuracy(text)).toBe(byWords(text));
    }));
  });
});

describe('onePieceJudged', () => {
  const items = [
    { text: 'its report was inaccurate', topic: 0 },
    { text: 'We stand by our reporting', topic: 0 },
    { text: 'the mayor told his aide to lie', topic: 0 },
    { text: "the Herald's description of the council's statements is not accurate", topic: 0 },
    { text: 'the story was misleading', topic: 1 },
    { text: 'the article is accurate' },
  ];
  it('pairs the verdicts on a piece of one story, and no others', () => {
    expect(onePieceJudged(items, () => false)).toEqual([[0, 1], [0, 3], [1, 3]]);
  });

  it('leaves out the pairs kept apart', () => {
    expect(onePieceJudged(items, (a, b) => a === 0 && b === 1)).toEqual([[0, 3], [1, 3]]);
  });
});

describe('sidesWithPiece', () => {
  it.each<[string, string, 'asserts' | 'denies', boolean]>([
    ['an outlet standing by its reporting', 'We stand by our reporting', 'asserts', true],
    ['a claim that the articles were accurate', 'the articles we published were accurate', 'asserts', true],
    ['a claim that the report is misleading', 'the AP report is misleading', 'asserts', false],
    ['a claim that the report was not accurate', 'the report was not accurate', 'asserts', false],
    ['a denial that is the verdict', 'its report was inaccurate', 'denies', false],
    ['a denial of the accuracy', 'the accuracy of a news report saying that the mayor lied', 'denies', false],
    ['a denial of a charge that the piece is wrong', "the board's accusation that the articles were misleading and inaccurate", 'denies', true],
  ])('%s', (_name, text, stance, expected) => {
    expect(sidesWithPiece(text, stance)).toBe(expected);
  });
});
