import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const said = (text: string): string[] => extractStatements(text).map((s) => `${s.stance} (${s.speaker?.name ?? '-'}): ${s.text}`);

describe('a report told inside what a denial denies', () => {
  it.each([
    [
      'what one is said to have said',
      'Mayor Ravel denied reports that he had said the harbour would close.',
      ['denies (Ravel): reports that he had said the harbour would close', 'asserts (reports): he had said the harbour would close'],
    ],
    [
      'what another voice is said to have confirmed',
      'The ministry denied reports that the harbour board had confirmed four deaths.',
      ['denies (ministry): reports that the harbour board had confirmed four deaths', 'asserts (reports): the harbour board had confirmed four deaths'],
    ],
  ])('is said by no one: %s', (_name, text, statements) => {
    expect(said(text)).toEqual(statements);
  });

  it.each([
    ['a chain of reports', 'The ministry said the harbour board confirmed that four people died.', ['asserts (ministry): the harbour board confirmed that four people died', 'asserts (harbour board): four people died']],
    ['a report after the denied object, in a clause of its own', 'Mayor Ravel denied taking bribes after prosecutors said he took $40,000 from the contractor.', ['denies (Ravel): taking bribes after prosecutors said he took $40,000 from the contractor', 'asserts (prosecutors): he took $40,000 from the contractor']],
    ['a claim that only negates, reported by a paper', 'According to the Harbour Post, the ferry company has stated it will not fund the new pier.', ['denies (Harbour Post): the ferry company has stated it will not fund the new pier', 'denies (ferry company): it will not fund the new pier']],
  ])('still tells %s', (_name, text, statements) => {
    expect(said(text)).toEqual(statements);
  });
});
