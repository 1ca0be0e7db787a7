import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize';
import { contentTokens, tokensOf } from '../../src/text/tokens';

describe('tokensOf', () => {
  it.each([
    ['Mr. Adeyemi said the 1,600 workers won’t strike.', ['Mr.', 'Adeyemi', 'said', 'the', '1,600', 'workers', 'won’t', 'strike', '.']],
    ['The ferry sails at No. 4 pier…', ['The', 'ferry', 'sails', 'at', 'No. 4', 'pier', '…']],
  ])('cuts %j into the content tokens %j', (text, pieces) => {
    expect(contentTokens(tokensOf(text)).map((t) => t.text)).toEqual(pieces);
  });

  it('reads an abbreviation given in place of the built-in list', () => {
    expect(contentTokens(tokensOf('Ask Cmdr. Osei', ['cmdr'])).map((t) => t.text)).toEqual(['Ask', 'Cmdr.', 'Osei']);
    expect(contentTokens(tokensOf('Ask Cmdr. Osei', [])).map((t) => t.text)).toEqual(['Ask', 'Cmdr', '.', 'Osei']);
  });

  it('gives what tokenize gives, and covers the text exactly, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const tokens = tokensOf(text);
        expect(tokens).toEqual(tokenize(text));
        expect(tokens.map((t) => t.text).join('')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
