import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedTerms, TERM_CACHE_SIZE } from '../../../src/compare/terms/term-cache';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const FRIDAY = Date.parse('2024-03-15');

describe('cachedTerms', () => {
  it.each([
    ['The port will close on Friday.', undefined],
    ['The port will close on Friday.', FRIDAY],
    ['Officials said 70% of the 1,200 homes were lost yesterday.', FRIDAY],
    ['', undefined],
  ])('reads %j with reference %s as toTerms does', (text, reference) => {
    expect(cachedTerms(text, words, reference)).toEqual(toTerms(text, words, reference));
  });

  it('gives the same terms again for the same text, words and reference day', () => {
    const first = cachedTerms('The minister denied it.', words);
    expect(cachedTerms('The minister denied it.', words)).toBe(first);
    expect(cachedTerms('The minister denied it.', words, FRIDAY)).not.toBe(first);
  });

  it('reads a text again once more than TERM_CACHE_SIZE others were read since', () => {
    const first = cachedTerms('A text read first.', words);
    for (let i = 0; i <= TERM_CACHE_SIZE; i++) cachedTerms(`Filler text number ${i}.`, words);
    const again = cachedTerms('A text read first.', words);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('agrees with toTerms whatever the order texts are read in', () => {
    const texts = ['He said no.', 'She said yes on Tuesday.', 'Prices rose 5%.', 'They did not.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 20 }), fc.option(fc.constant(FRIDAY), { nil: undefined }), (order, reference) => {
        for (const t of order) expect(cachedTerms(t, words, reference)).toEqual(toTerms(t, words, reference));
      }),
    );
  });
});
