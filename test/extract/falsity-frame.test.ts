import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/extract/doc';
import { extractStatements } from '../../src/extract/extract-statements';
import { deniedComplement } from '../../src/extract/falsity-frame';
import { findQuotes, quoteIndexOfTokens } from '../../src/extract/quotes';
import { buildWordSets } from '../../src/extract/word-sets';
import { propositionText } from '../../src/schema/proposition';
import { tokenize } from '../../src/text/tokenize';

const words = buildWordSets();

/** The text of what the frame of `text` (read whole) calls untrue, or null. */
function complement(text: string): string | null {
  const tokens = tokenize(text);
  const { quotes } = findQuotes(text);
  const doc: Doc = { text, tokens, quotes, quoteOf: quoteIndexOfTokens(tokens, quotes), words };
  const r = deniedComplement(doc, { lo: 0, hi: tokens.length });
  return r === null ? null : text.slice((tokens[r.lo] as { start: number }).start, (tokens[r.hi - 1] as { end: number }).end);
}

describe('deniedComplement', () => {
  it.each([
    ['an extraposed verdict', 'the club clarifies that it is false that any transfer of the player is under way', 'any transfer of the player is under way'],
    ['intensifiers before the verdict', 'it is completely and utterly false that the mayor sold the harbour', 'the mayor sold the harbour'],
    ['a contracted "it is"', "it's false that the port will close in May", 'the port will close in May'],
    ['"not true"', 'It is not true that the plant will close next year', 'the plant will close next year'],
    ['"was" and a sentence end', 'the ministry said it was untrue that troops had crossed the border. More later.', 'troops had crossed the border'],
    ['a claim noun called false, a linking verb, and a relative clause about the news', 'worse is the false news that refers to fees of 30% paid to the agent, and which was echoed by a newspaper', 'fees of 30% paid to the agent'],
    ['a claim noun called baseless, "which claimed"', 'these baseless reports which claimed the council had sold the park', 'the council had sold the park'],
    ['"fake" before a claim noun, "that claim"', 'the fake stories that claim the mayor resigned on Friday', 'the mayor resigned on Friday'],
    ['a relative clause after a comma', 'it is false that the pier was sold, which the council confirmed', 'the pier was sold'],
  ])('reads %s', (_case, text, expected) => {
    expect(complement(text)).toBe(expected);
  });

  it.each([
    ['a verdict on a pointer, no clause', 'That is utterly false'],
    ['a verdict whose "that" is a pointer', 'the claim is false, and that is all we will say about it'],
    ['a subject other than "it"', 'the report is false that the mayor had resigned'],
    ['a true claim noun', 'the news that the pier was sold to a developer'],
    ['a clause of fewer than three words', 'it is false that it did'],
    ['"which" after a verdict with no claim noun', 'it is false which the mayor said'],
  ])('finds no frame in %s', (_case, text) => {
    expect(complement(text)).toBeNull();
  });

  it('never returns a range outside the text or an empty one', () => {
    const pieces = ['it', 'is', 'false', 'that', 'the', 'news', 'reports', 'not', 'true', 'and', 'which', ',', '.', 'mayor', 'sold', 'park', 'fake', "it's"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (list) => {
        const text = list.join(' ');
        const found = complement(text);
        if (found !== null) expect(found.length > 0 && text.includes(found)).toBe(true);
      }),
    );
  });
});

describe('a denial read through its frame', () => {
  it.each([
    ['a quoted denial', 'The club said: "It is false that any negotiation process is under way regarding a transfer of the player."', 'any negotiation process is under way regarding a transfer of the player'],
    ['a reported denial', 'The ministry said it was completely false that troops had crossed the border.', 'troops had crossed the border'],
    ['a quoted denial of the false news', '"More serious is the false news that refers to commissions of 30% for the agent and which was echoed by a newspaper," the club said.', 'commissions of 30% for the agent'],
  ])('takes what its frame calls untrue as its proposition: %s', (_case, text, proposition) => {
    const [denial] = extractStatements({ id: 'r1', text }).filter((s) => s.stance === 'denies');
    expect(denial === undefined ? undefined : propositionText(denial)).toBe(proposition);
  });

  it('keeps the whole text of a denial with no frame', () => {
    const [denial] = extractStatements({ id: 'r1', text: 'The ministry said troops had not crossed the border.' });
    expect(denial?.content).toBeUndefined();
  });
});
