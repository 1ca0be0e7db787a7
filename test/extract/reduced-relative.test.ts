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

  it.each([
    ['an adverb after "was"', 'The clerk was later charged with theft, police said.', 'The clerk was later charged with theft'],
    ['two adverbs after "was"', 'The clerk was later formally charged with theft, police said.', 'The clerk was later formally charged with theft'],
  ])('leaves a passive with %s as it was', (_name, text, statement) => {
    expect(extractStatements(text).map((s) => s.text)).toContain(statement);
  });

  it.each([
    ['an active verb with a preposition of place', 'Riot police charged in and a spokesman said the crowd had been dispersed.', 'spokesman'],
    ['an opening phrase whose charge ends before the subject', 'In the case of the officer cleared of misconduct the commission said it would appeal.', 'commission'],
    ['a relative pronoun before a lowercase subject', 'Varne Front, which the mayor blamed for the pier attack, said it had no part in it.', 'mayor'],
  ])('leaves the subject of %s as it was', (_name, text, speaker) => {
    expect(extractStatements(text).map((s) => s.speaker?.name)).toContain(speaker);
  });
});
