import type { Doc } from '../../src/extract/doc';
import { findQuotes, quoteIndexOfTokens } from '../../src/extract/quotes';
import { buildWordSets } from '../../src/extract/word-sets';
import { tokenize } from '../../src/text/tokenize';

/** The default word sets, built once for every test that reads a text as extraction does. */
const words = buildWordSets();

/** A text read as extraction reads a report (tokens, quotations, the default word sets): what the clause-level tests of src/extract ask about. */
export function docOf(text: string): Doc {
  const tokens = tokenize(text);
  const { quotes } = findQuotes(text);
  return { text, tokens, quotes, quoteOf: quoteIndexOfTokens(tokens, quotes), words };
}
