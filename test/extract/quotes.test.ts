import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes';

const texts = (text: string) => findQuotes(text).quotes.map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['curly marks', '“We stay,” he said.', ['We stay,']],
    ['straight marks', '"We stay," he said.', ['We stay,']],
    ['two apostrophes as a double mark', "''We stay,'' he said.", ['We stay,']],
    ['single quotes nested in double', '“He called it ‘a ploy’ today,” she said.', ['He called it ‘a ploy’ today,']],
    ['a term in single marks', 'It was a ‘challenge’ for Pakistan’s envoy.', ['challenge']],
    ['an ellipsis inside', '“These terrorists … have camps,” it said.', ['These terrorists … have camps,']],
  ])('pairs %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('continues a quotation whose paragraph ends unclosed when the next opens with a mark', () => {
    const found = findQuotes('“The fans deserved more.\n\n“We will put it right.”');
    expect(found.issues).toEqual([]);
    expect(found.quotes.map((q) => [q.close < 0, q.continued])).toEqual([[true, false], [false, true]]);
  });

  it.each([
    ['an opening mark never closed', '“We stay engaged, he said.'],
    ['an opening mark closed only in a later paragraph of prose', '“We stay.\n\nHe left.'],
    ['a stray closing mark', 'We stay,” he said.'],
  ])('reports %s as an issue', (_name, text) => {
    expect(findQuotes(text).issues.map((i) => i.code)).toEqual(['unbalanced-quote']);
  });

  it('reads each line break once on a long run of them', () => {
    expect(findQuotes(`“a${'\n'.repeat(100_000)}b`).issues).toHaveLength(1);
  });
});
