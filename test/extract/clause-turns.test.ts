import { describe, expect, it } from 'vitest';
import { clauseTurns } from '../../src/extract/clause-turns';
import { docOf } from './doc-of';


/** The first words of the clauses `clauseTurns` finds in a text read as one sentence. */
function turns(text: string, minWords: number): string[] {
  const doc = docOf(text);
  const { tokens } = doc;
  return [...clauseTurns(doc, { lo: 0, hi: tokens.length }, minWords)].map(({ first }) => tokens[first]?.text ?? '');
}

describe('clauseTurns', () => {
  it.each<[string, string, number, string[]]>([
    ['past "and" after a comma', 'the pier is shut for now, and all of it is a lie', 4, ['all']],
    ['past "but" after a semicolon', 'the pier is shut for now; but we ask residents to wait', 4, ['we']],
    ['each turn in order', 'the pier is shut for now, the ferry is late, and we wait', 4, ['the', 'we']],
    ['none before enough words', 'Please, we urge residents to stay calm', 4, []],
    ['none at a comma that ends the text', 'the pier is shut for now,', 4, []],
  ])('%s', (_name, text, minWords, expected) => {
    expect(turns(text, minWords)).toEqual(expected);
  });
});
