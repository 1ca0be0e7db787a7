import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const said = (text: string): string[] => extractStatements(text).map((s) => `${s.stance} (${s.speaker?.name ?? '-'}): ${s.text}`);

describe('a negated verb of saying', () => {
  it.each([
    ['"never said"', 'Mayor Ravel never said the harbour would close in May.'],
    ['"did not deny that"', 'Mayor Ravel did not deny that the harbour would close in May.'],
    ['"has not confirmed"', 'The harbour board has not confirmed that the pier would close in May.'],
    ['"would not confirm"', 'The harbour board would not confirm that the pier would close in May.'],
    ['"neither confirmed nor denied"', 'The harbour board neither confirmed nor denied that the pier would close in May.'],
    ['a contraction', "The harbour board didn't say the pier would close in May."],
    ['a subject that is no one, "Nobody"', 'Nobody disputes that the harbour would close in May.'],
    ['a subject that is no one, "No one"', 'No one has said the harbour would close in May.'],
  ])('reports nothing: %s', (_name, text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['a denial of having said it, by the clause that reports it', 'Mayor Ravel said he never said the harbour would close in May.', ['denies (Ravel): he never said the harbour would close in May']],
    ['a verb after a negation of another clause', 'Mayor Ravel denied that the harbour would close, and did not say when it would.', ['denies (Ravel): the harbour would close']],
    ['a negation inside what is said', 'Mayor Ravel said the harbour would not close in May.', ['denies (Ravel): the harbour would not close in May']],
    ['a negation of addition, "not only"', 'Mayor Ravel not only denied the report but called it a smear.', ['denies (Ravel): the report']],
  ])('still reports %s', (_name, text, statements) => {
    expect(said(text)).toEqual(statements);
  });
});
