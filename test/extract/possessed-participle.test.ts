import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const said = (text: string): string[] => extractStatements(text).map((s) => `${s.stance}: ${s.text}`);

describe('a participle of saying after a possessive', () => {
  it.each([
    ['a noun', 'Ravel once ran the harbour board’s contested 1998 election.'],
    ['an adjective and a noun', "The county's disputed postal ballots were counted on Friday."],
    ['a noun of a claim', "The union's alleged breach of the pier contract went to court."],
  ])('is an adjective before %s: no statement', (_name, text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['a determiner', "The union's disputed the result of the harbour vote.", 'denies: the result of the harbour vote'],
    ['"that"', "Ravel's claimed that the harbour vote was rigged.", 'asserts: the harbour vote was rigged'],
    ['a noun, after a pronoun', "Ravel thanked the crowd. And he's predicted big wins in the harbour races ahead.", 'asserts: big wins in the harbour races ahead'],
    ['a noun, a participle as often a verb ("\'s denied")', "Ravel's denied allegations that he took the harbour funds.", 'denies: allegations that he took the harbour funds'],
  ])('is a verb of saying after "\'s" for "has" before %s', (_name, text, statement) => {
    expect(said(text)[0]).toBe(statement);
  });
});
