import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';
import { propositionText } from '../../src/schema/proposition';

/** The statements of `text` as [speaker, span, proposition]. */
function read(text: string): [string | null, string, string][] {
  return extractStatements(text).map((s) => [s.speaker?.name ?? null, s.text, propositionText(s)]);
}

describe('relativeSubject', () => {
  it.each([
    [
      'an antecedent set off by commas: the comma closes the clause',
      'The Norwegians, whom Hersh claimed had helped the navy lay the charges, were angry.',
      [['Hersh', 'The Norwegians, whom Hersh claimed had helped the navy lay the charges', 'The Norwegians had helped the navy lay the charges']],
    ],
    [
      'a restrictive clause with no comma',
      'Police questioned Ana Ruiz who witnesses said was carrying a knife.',
      [['witnesses', 'Ana Ruiz who witnesses said was carrying a knife', 'Ana Ruiz was carrying a knife']],
    ],
    [
      'a modal opening the clause',
      'The harbourmaster, who aides said would resign on Monday, met the board.',
      [['aides', 'The harbourmaster, who aides said would resign on Monday', 'The harbourmaster would resign on Monday']],
    ],
  ])('reads %s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['a clause with its own subject', 'The Norwegians, whom Hersh said the navy had paid, were angry.'],
    ['a speaker who is the antecedent ("Kerry, who said …")', 'Kerry, who said the regime had fired the rockets, left early.'],
  ])('leaves the antecedent out of %s', (_name, text) => {
    for (const [, span] of read(text)) expect(span.startsWith('The') || span.startsWith('Kerry')).toBe(false);
  });
});
