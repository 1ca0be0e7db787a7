import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords, createFeatureContext } from '../../src/group/features';
import { textWordsOf } from '../../src/group/text-words';

const ctx = createFeatureContext();

// Invented wordings repeating word forms ("closed", "Pier"), as reports of one story do.
const TEXTS = [
  'The harbour board closed the ferry pier after the storm',
  'Velmora Shipping said the Pier was closed on Monday',
  "the board's contractors were paid 40 million, 30% of it late",
  'Closing the pier cost the council dearly, the board said',
  '',
];

describe('textWordsOf', () => {
  it.each(TEXTS)('reads "%s" as contentWords does', (text) => {
    expect(textWordsOf(ctx)(text)).toEqual(contentWords(text, ctx));
  });

  it('gives the same words however often and in whatever order texts are asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 10 }), (texts) => {
        const read = textWordsOf(ctx);
        for (const t of texts) expect(read(t)).toEqual(contentWords(t, ctx));
      }),
      { numRuns: 30 },
    );
  });

  it('reads a text asked for again once: the same list comes back', () => {
    const read = textWordsOf(ctx);
    expect(read(TEXTS[0] as string)).toBe(read(TEXTS[0] as string));
  });
});
