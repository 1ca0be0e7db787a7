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
    ['a straight-quoted name inside straight marks', '"It ran in the paper "Correio", sadly," she said.', ['It ran in the paper "Correio", sadly,']],
    ['a straight-quoted name inside curly marks', '“It ran in the paper "Correio", sadly,” she said.', ['It ran in the paper "Correio", sadly,']],
    ['two straight quotations in a row', '"We will appeal," he said. "It is unfair."', ['We will appeal,', 'It is unfair.']],
  ])('pairs %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('continues a quotation whose paragraph ends unclosed when the next opens with a mark', () => {
    const found = findQuotes('“The fans deserved more.\n\n“We will put it right.”');
    expect(found.issues).toEqual([]);
    expect(found.quotes.map((q) => [q.close < 0, q.continued])).toEqual([[true, false], [false, true]]);
  });

  it('continues a quotation reopened after a sentence in one paragraph (paragraphs run together)', () => {
    const found = findQuotes('“The fans deserved more. “We will put it right.” He left.');
    expect(found.issues).toEqual([]);
    expect(found.quotes.map((q) => [q.close < 0, q.continued])).toEqual([[true, false], [false, true]]);
    expect(texts('“The fans deserved more. “We will put it right.” He left.')).toEqual(['The fans deserved more.', 'We will put it right.']);
  });

  it.each([
    ['after an abbreviation', 'Ridley said: “We met Mr. “Big” Jones at the pier.”'],
    ['after initials', '“The U.S. “maximum pressure” plan failed,” she said.'],
    ['by another kind of mark', '“It is shut. «Then» it opened.”'],
  ])('does not read a mark opened again %s as a quotation going on', (_name, text) => {
    expect(findQuotes(text).quotes.every((q) => !q.continued)).toBe(true);
  });

  it.each([
    ['an opening mark never closed', '“We stay engaged, he said.'],
    ['an opening mark closed only in a later paragraph of prose', '“We stay.\n\nHe left.'],
    ['a stray closing mark', 'We stay,” he said.'],
  ])('reports %s as an issue', (_name, text) => {
    expect(findQuotes(text).issues.map((i) => i.code)).toEqual(['unbalanced-quote']);
  });

  it.each([
    ['blank', (i: number) => ` "w${i}`],
    ['tight', (i: number) => `"w${i}"`],
  ])('pairs 50,000 straight marks in one paragraph (%s) in linear time', (_name, piece) => {
    const text = Array.from({ length: 50_000 }, (_, i) => piece(i)).join(' ');
    const started = performance.now();
    findQuotes(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads each line break once on a long run of them', () => {
    expect(findQuotes(`“a${'\n'.repeat(100_000)}b`).issues).toHaveLength(1);
  });
});
