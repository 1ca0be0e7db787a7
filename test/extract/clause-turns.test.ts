import { describe, expect, it } from 'vitest';
import { clauseTurns } from '../../src/extract/clause-turns';
import type { Doc } from '../../src/extract/doc';
import { findQuotes, quoteIndexOfTokens } from '../../src/extract/quotes';
import { buildWordSets } from '../../src/extract/word-sets';
import { tokenize } from '../../src/text/tokenize';

const words = buildWordSets();

/** The first words of the clauses `clauseTurns` finds in a text read as one sentence. */
function turns(text: string, minWords: number): string[] {
  const tokens = tokenize(text);
  const { quotes } = findQuotes(text);
  const doc: Doc = { text, tokens, quotes, quoteOf: quoteIndexOfTokens(tokens, quotes), words };
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
