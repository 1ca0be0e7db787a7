import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';
import { propositionText } from '../../src/schema/proposition';

/** The statements of `text` as [speaker, span, proposition, stance]. */
function read(text: string): [string | null, string, string, string][] {
  return extractStatements(text).map((s) => [s.speaker?.name ?? null, s.text, propositionText(s), s.stance]);
}

describe('relativeSubject', () => {
  it.each([
    [
      'an antecedent set off by commas, the clause closed before the verb it interrupts',
      'The Norwegians, whom Hersh claimed had helped the navy lay the charges, were angry.',
      [['Hersh', 'The Norwegians, whom Hersh claimed had helped the navy lay the charges', 'The Norwegians had helped the navy lay the charges', 'asserts']],
    ],
    [
      'a clause with commas of its own, closed the same way',
      'The dockers, whom the harbour master said had, in May, left their posts, were questioned.',
      [['harbour master', 'The dockers, whom the harbour master said had, in May, left their posts', 'The dockers had, in May, left their posts', 'asserts']],
    ],
    [
      'a restrictive clause ending the sentence, its antecedent an object',
      'Police questioned Ana Ruiz who witnesses said was carrying a knife.',
      [['witnesses', 'Ana Ruiz who witnesses said was carrying a knife', 'Ana Ruiz was carrying a knife', 'asserts']],
    ],
    [
      'a negated clause, which denies',
      'The dockers, whom the harbour master said had not left their posts, were questioned.',
      [['harbour master', 'The dockers, whom the harbour master said had not left their posts', 'The dockers had not left their posts', 'denies']],
    ],
    [
      'a clause opened by a negative contraction',
      'Police questioned Ana Ruiz who witnesses said hadn’t carried a knife.',
      [['witnesses', 'Ana Ruiz who witnesses said hadn’t carried a knife', 'Ana Ruiz hadn’t carried a knife', 'denies']],
    ],
  ])('reads %s', (_name, text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['a clause with its own subject', 'The Norwegians, whom Hersh said the navy had paid, were angry.'],
    ['a speaker who is the antecedent ("Kerry, who said …")', 'Kerry, who said the regime had fired the rockets, left early.'],
    ['a clause that runs on into the verb it interrupts, after a comma', 'The harbourmaster, who aides said would resign on Monday, met the board.'],
    ['a clause that runs on into the verb it interrupts, with no comma', 'The harbourmaster who aides said had voted twice resigned on Friday.'],
  ])('leaves the antecedent out of %s', (_name, text) => {
    for (const [, span] of read(text)) expect(span.startsWith('The') || span.startsWith('Kerry')).toBe(false);
  });
});
