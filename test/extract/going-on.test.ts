import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/extract/doc';
import { goingOnStart } from '../../src/extract/going-on';
import { findQuotes, quoteIndexOfTokens } from '../../src/extract/quotes';
import { buildWordSets } from '../../src/extract/word-sets';
import { tokenize } from '../../src/text/tokenize';

const words = buildWordSets();

/** The word where "went on to" or "proceeded to" starts before the word `verb`, or null. */
function start(text: string, verb: string): string | null {
  const tokens = tokenize(text);
  const { quotes } = findQuotes(text);
  const doc: Doc = { text, tokens, quotes, quoteOf: quoteIndexOfTokens(tokens, quotes), words };
  const at = goingOnStart(doc, tokens.findIndex((t) => t.text === verb), 0);
  return at < 0 ? null : (tokens[at] as { text: string }).text;
}

describe('goingOnStart', () => {
  it.each([
    ['The mayor went on to say that the pier was unsafe.', 'say', 'went'],
    ['She goes on to deny it.', 'deny', 'goes'],
    ['He then proceeded to claim the budget was balanced.', 'claim', 'proceeded'],
    ['He declined to say whether the pier was sold.', 'say', null],
    ['The board went to court to deny the claim.', 'deny', null],
    ['He said the pier was unsafe.', 'said', null],
  ])('finds in "%s", before "%s", %s', (text, verb, want) => {
    expect(start(text, verb)).toBe(want);
  });
});
