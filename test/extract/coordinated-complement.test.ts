import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index';
import { textsAndStances } from './said';
import { coordinatedComplement } from '../../src/extract/coordinated-complement';
import { docOf } from './doc-of';

const said = textsAndStances;

describe('a second clause said after ", and that" is a statement of its own', () => {
  it.each<[string, string, [string, string][]]>([
    ['two claims', 'The ministry said the council is surprised that a big port is deceiving its sailors, and that the council denounces the port for basing its fees on rumours.',
      [['the council is surprised that a big port is deceiving its sailors', 'asserts'], ['the council denounces the port for basing its fees on rumours', 'asserts']]],
    ['two denials', 'The club denied that it sold the old pier, and that it paid the harbour mayor.',
      [['it sold the old pier', 'denies'], ['it paid the harbour mayor', 'denies']]],
    ['three clauses', 'Ravel said the pier is closed for the winter, and that the ferry will stop at Varne, and that the crew was paid in full.',
      [['the pier is closed for the winter', 'asserts'], ['the ferry will stop at Varne', 'asserts'], ['the crew was paid in full', 'asserts']]],
    ['a name after "that"', 'Ravel said the pier is closed for the winter, and that Varne council pays the crew.',
      [['the pier is closed for the winter', 'asserts'], ['Varne council pays the crew', 'asserts']]],
    ['a space before the comma', 'Ravel said the pier is closed for the winter , and that the ferry will stop at Varne .',
      [['the pier is closed for the winter', 'asserts'], ['the ferry will stop at Varne', 'asserts']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('"that" after ", and" is left in its statement', () => {
  it.each<[string, string]>([
    ['"that" as a pronoun before "is"', 'Ravel said the pier is old and unsafe, and that is the whole problem.'],
    ['"that" as a pronoun before a verb in -s', 'Ravel said the pier was closed in May, and that needs some recognition.'],
    ['"that" as a pronoun before a verb in -ed', 'Ravel said the crew left the pier early, and that seemed right to him.'],
    ['too few words before the comma', 'Ravel said it closed, and that the crew was paid in full.'],
    ['too few words after "that"', 'Ravel said the pier is closed for the winter, and that it stays.'],
    ['"that" as a pronoun before a verb of any form', 'Ravel said the crew left the pier early, and that made the council angry.'],
    ['"that" as a determiner in a list', 'Ravel said the army destroyed the bridge, the school, and that old hospital on the hill.'],
    ['a comma after "that"', 'Ravel said the pier is closed for the winter, and that, as before, the ferry will stop at Varne.'],
    ['inside a quotation the statement only partly is', 'Ravel said the pier was "closed for the winter, and that the ferry will stop" at Varne.'],
  ])('%s', (_name, text) => {
    expect(extractStatements(text)).toHaveLength(1);
  });
});

describe('a denial cut where the claim it denies is cut', () => {
  it('denies the claim\'s second part with its own', () => {
    const statements = extractStatements('The army denied reports that the soldiers shelled the old town, and that the troops looted the central market.');
    const byText = (text: string, stance: string) => statements.find((s) => s.text === text && s.stance === stance);
    expect(byText('the troops looted the central market', 'denies')?.denies).toBe(byText('the troops looted the central market', 'asserts')?.id);
    expect(byText('reports that the soldiers shelled the old town', 'denies')?.denies).toBe(byText('the soldiers shelled the old town', 'asserts')?.id);
  });
});

describe('coordinatedComplement', () => {
  it('gives where the first clause ends and where the second begins', () => {
    const text = 'the pier is closed for the winter, and that the ferry will stop at Varne';
    const cut = coordinatedComplement(docOf(text), 0, text.length);
    expect(cut === null ? null : [text.slice(0, cut.before), text.slice(cut.from)]).toEqual(['the pier is closed for the winter', 'the ferry will stop at Varne']);
  });
});
