import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const found = (text: string): [string, string | undefined][] => extractStatements(text).map((s) => [s.text, s.speaker?.name]);

describe('the source of "according to"', () => {
  it.each([
    ['a source no speaker phrase reads, after its content', 'Orrin was the busiest port in 2015, according to one shipping index.', ['Orrin was the busiest port in 2015', 'shipping index']],
    ['the content after the sentence\'s colon', 'The tax has not hurt the port: Orrin was the busiest port in 2015, according to one shipping index.', ['Orrin was the busiest port in 2015', 'shipping index']],
    ['a long source opening the sentence, up to its comma', 'According to the results of the harbour survey conducted last spring, most ferries were late.', ['most ferries were late', 'results']],
    ['a name after a role, between commas', 'According to the head of the harbour inquiry, Ana Lund, the pump failed.', ['the pump failed', 'Ana Lund']],
    ['a role after a name, between commas', 'According to Ana Lund, the head of the harbour inquiry, the pump failed.', ['the pump failed', 'Ana Lund']],
    ['a name after a thing: what it is about, not who says it', 'According to the report, Mayor Ravel, the head of the harbour board, had lied.', ['Mayor Ravel, the head of the harbour board, had lied', 'report']],
  ])('reads %s', (_name, text, statement) => {
    expect(found(text)).toContainEqual(statement);
  });

  it('reads no source from a relative pronoun: "according to which" names its source before it', () => {
    const got = found('The blast was a secret operation: Ravel reveals it on his blog, according to which last June divers of the Navy planted explosives.');
    expect(got.filter(([, speaker]) => speaker?.startsWith('which'))).toEqual([]);
  });
});
