import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from '../../src/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['“curly” quotes', '"curly" quotes'],
    ['it’s', "it's"],
    ['a — dash – here', 'a - dash - here'],
    ['many   spaces\n\tand tabs', 'many spaces and tabs'],
    ['ﬁne', 'fine'],
    ['e\u0301', 'é'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['wait…', 'wait...'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('maps every normalised offset back into the original text', () => {
    const original = 'He said  “no”—twice';
    const { text, map } = normalizeText(original);
    const at = text.indexOf('no');
    expect(original.slice(map[at], map[at + 2])).toBe('no');
    expect(map[text.length]).toBe(original.length);
  });

  it('keeps the map monotonic and inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (input) => {
        const { text, map } = normalizeText(input);
        expect(map.length).toBe(text.length + 1);
        for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] as number);
        expect(map[text.length]).toBe(input.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalizeText on misuse', () => {
  it('throws a claimdiff error on a value that is not a string', () => {
    expect(() => normalizeText(undefined as never)).toThrow(/^claimdiff: normalizeText\(text\): found undefined, expected a string$/);
  });
});
