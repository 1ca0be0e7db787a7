import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const said = (text: string): string[] => extractStatements(text).map((s) => `${s.stance} (${s.speaker?.name ?? '-'}): ${s.text}`);

describe('a reduced relative clause of a charge before a verb of saying', () => {
  it.each([
    ['after a common noun', 'A former harbour clerk accused of looting the pension fund says he is innocent.', ['asserts (former harbour clerk): he is innocent']],
    ['charged with', 'The man charged with the pier attack told the court he was at home.', ['asserts (man): he was at home']],
    ['before a denial', 'The mayor accused of taking bribes said he would not resign.', ['denies (mayor): he would not resign']],
  ])('is no statement, and its head speaks: %s', (_name, text, statements) => {
    expect(said(text)).toEqual(statements);
  });

  it('leaves an active verb whose object a relative pronoun fronts ("which Ravel blamed for …") a cue of its subject', () => {
    const names = extractStatements('Varne Front, which Mayor Ravel blamed for the pier attack, said it had no part in it.').map((s) => s.speaker?.name);
    expect(names).toContain('Ravel');
  });

  it('leaves a passive with an adverb after "was" as it was', () => {
    expect(extractStatements('The clerk was later charged with theft, police said.').map((s) => s.text)).toContain('The clerk was later charged with theft');
  });
});
