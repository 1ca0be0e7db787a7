import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

/** The contents and speakers `extractStatements` reads in `text`. */
const read = (text: string): string[] => extractStatements(text).map((s) => `${s.speaker?.name ?? '?'}: ${s.text}`);

describe('withoutNestedDirectives', () => {
  it.each([
    ['an order inside a claim', 'The lawyer said the mayor told his aide to lie to the auditors.', ['lawyer: the mayor told his aide to lie to the auditors']],
    ['an order inside a denial', "The mayor's office denied that she told staff to destroy the records.", ["mayor's office: she told staff to destroy the records"]],
    ['an order inside an allegation', 'Prosecutors allege that Halde asked the witness to stay silent.', ['Prosecutors: Halde asked the witness to stay silent']],
  ])('reads no statement of the one who orders in %s', (_case, text, statements) => {
    expect(read(text)).toEqual(statements);
  });

  it.each([
    ['an order said in its own right', 'The minister told the port authority to reopen the quay.', ['minister: the port authority to reopen the quay']],
    ['a claim told to someone inside a claim', 'A report said the governor told aides the budget was balanced.', ['report: the governor told aides the budget was balanced', 'governor: the budget was balanced']],
  ])('keeps %s', (_case, text, statements) => {
    expect(read(text)).toEqual(statements);
  });
});
