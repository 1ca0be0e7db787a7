import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['The talks ended on Nov. 7 in Doha. Both sides left.', ['The talks ended on Nov. 7 in Doha.', 'Both sides left.']],
    ['Mr. So arrived. He spoke.', ['Mr. So arrived.', 'He spoke.']],
    ['The U.S. Embassy said so. It closed.', ['The U.S. Embassy said so.', 'It closed.']],
    ['He lives at No. 10 Downing Street. Nobody else does.', ['He lives at No. 10 Downing Street.', 'Nobody else does.']],
    ['Varne says no. The council says yes.', ['Varne says no.', 'The council says yes.']],
    ['“We stay engaged. We will talk,” he said. Then he left.', ['“We stay engaged. We will talk,” he said.', 'Then he left.']],
    ['"One. Two." Three.', ['"One. Two."', 'Three.']],
    ['“The pier is shut. “It opens in May.” He left.', ['“The pier is shut.', '“It opens in May.”', 'He left.']],
    ['“It is shut “for now” they say.” He left.', ['“It is shut “for now” they say.”', 'He left.']],
    ['“We waited for hours… “Then the pier was shut.” He left.', ['“We waited for hours…', '“Then the pier was shut.”', 'He left.']],
    ['“It is shut. «Then» it opened.” He left.', ['“It is shut. «Then» it opened.”', 'He left.']],
    ['Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    ['A line\nAnother line', ['A line', 'Another line']],
    ['It rose 3.5 percent. Then fell.', ['It rose 3.5 percent.', 'Then fell.']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('resets quote state at a paragraph break, so an unclosed quote cannot swallow the article', () => {
    expect(split('“An unclosed quote. Still.\nNew paragraph. Done.')).toEqual(['“An unclosed quote. Still.', 'New paragraph.', 'Done.']);
  });

  it('returns ordered, non-overlapping spans inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let at = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          at = s.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('splitSentences on misuse', () => {
  it.each([
    ['text that is not a string', () => splitSentences(7 as never), /^claimdiff: splitSentences\(text\): found number 7, expected a string$/],
    ['an unknown option', () => splitSentences('a', { nonfinal: [] } as never), /found unknown option "nonfinal"/],
    ['tokens that are not an array', () => splitSentences('a', {}, 'a' as never), /splitSentences\(text, options, tokens\): found "a", expected the array tokenize\(text\) returns/],
  ])('throws a claimdiff error on %s', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});
