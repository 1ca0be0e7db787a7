import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';
import { deniedComplement } from '../../src/extract/falsity-frame';
import { propositionText } from '../../src/schema/proposition';
import { docOf } from './doc-of';


/** The text of what the frame of `text` (read whole) calls untrue, or null. */
function complement(text: string): string | null {
  const doc = docOf(text);
  const { tokens } = doc;
  const r = deniedComplement(doc, { lo: 0, hi: tokens.length });
  return r === null ? null : text.slice((tokens[r.lo] as { start: number }).start, (tokens[r.hi - 1] as { end: number }).end);
}

describe('deniedComplement', () => {
  it.each([
    ['an extraposed verdict', 'the club clarifies that it is false that any transfer of the player is under way', 'any transfer of the player is under way'],
    ['intensifiers before the verdict', 'it is completely and utterly false that the mayor sold the harbour', 'the mayor sold the harbour'],
    ['a contracted "it is"', "it's false that the port will close in May", 'the port will close in May'],
    ['a curly apostrophe', 'it\u2019s false that the port will close in May', 'the port will close in May'],
    ['"not true"', 'It is not true that the plant will close next year', 'the plant will close next year'],
    ['"was" and a sentence end', 'it was untrue that troops had crossed the border. More later.', 'troops had crossed the border'],
    ['a claim noun called false, a linking verb, and a relative clause about the news', 'worse is the false news that refers to fees of 30% paid to the agent, and which was echoed by a newspaper', 'fees of 30% paid to the agent'],
    ['a claim noun called baseless, "which claimed"', 'these baseless reports which claimed the council had sold the park', 'the council had sold the park'],
    ['"fake" before a claim noun, "that claim"', 'the fake stories that claim the mayor resigned on Friday', 'the mayor resigned on Friday'],
    ['a relative clause inside the denied subject', 'it is false that the old pier, which dates from 1900, was sold', 'the old pier, which dates from 1900, was sold'],
    ['a colon after the denied clause', 'it is false that the pier was sold: the council kept it', 'the pier was sold'],
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
    ['a relative clause about the false news', 'the club denied the false news that appeared in A Bola yesterday about the coach'],
    ['a relative clause whose subject is the news\'s writer', 'the false reports that the newspaper published yesterday were a lie'],
    ['a verdict and a "That" of the next sentence', 'It is false. That player has a contract until 2027.'],
    ['a frame under another verb', 'Nobody can say it is false that the pier was sold to a developer'],
    ['a noun where the linking verb would be', 'the false reports that state officials took bribes'],
  ])('finds no frame in %s', (_case, text) => {
    expect(complement(text)).toBeNull();
  });

  it('takes a clause that follows its frame within one clause of the text, with no clause end inside it', () => {
    const pieces = ['it', 'is', 'false', 'that', 'the', 'news', 'reports', 'which', 'refers', 'to', 'not', 'true', 'and', ',', '.', ':', 'mayor', 'sold', 'park', "it's"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (list) => {
        const text = list.join(' ');
        const found = complement(text);
        if (found === null) return;
        const at = text.lastIndexOf(found);
        const before = text.slice(0, at).trim().split(/\s+/);
        expect(/[.;:]/.test(found)).toBe(false);
        expect(['that', 'which', 'to', 'refers']).toContain(before.at(-1));
        expect(before.some((w) => w === 'false' || w === 'true')).toBe(true);
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

  it('keeps the whole text of a denial whose frame stands under another verb of its own', () => {
    const statements = extractStatements({ id: 'r1', text: '"Nobody can say it is false that the pier was sold to a developer," the mayor said.' });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.content === undefined)).toBe(true);
  });

  it('keeps the whole text of a denial with no frame', () => {
    const [denial] = extractStatements({ id: 'r1', text: 'The ministry said troops had not crossed the border.' });
    expect(denial?.content).toBeUndefined();
  });
});
