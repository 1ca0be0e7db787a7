import { describe, expect, it } from 'vitest';
import { textsSpeakersAndStances } from './said';

const said = textsSpeakersAndStances;

describe('a participle set off by commas between a speaker and their verb', () => {
  it.each([
    ['is the speaker\'s, and ends at the second comma', 'The ministry, denying the reports, said the pier was open.', [['the reports', 'ministry', 'denies'], ['the pier was open', 'ministry', 'asserts']]],
    ['names no statement when it takes a person only', 'Ravel, contradicting Whitlow, said the pier would not close.', [['the pier would not close', 'Ravel', 'denies']]],
    ['is told from a participle after the clause, which takes the rest', 'The club issued a statement, denying that the pier was sold.', [['the pier was sold', 'club', 'denies']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
