import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const found = (text: string): [string, string | undefined][] => extractStatements(text).map((s) => [s.text, s.speaker?.name]);

describe('a share of a poll\'s respondents as the speaker', () => {
  it.each([
    ['"N in 10"', 'Six in 10 say the ferry should run all year.', 'the ferry should run all year', 'Six in 10'],
    ['"one in four" after another share', 'One in three said the ferry was late and one in four said it was full.', 'it was full', 'one in four'],
    ['a share word and a place', 'Majorities in all five districts say they want the pier rebuilt.', 'they want the pier rebuilt', 'Majorities in all five districts'],
    ['an approximator before the share', 'Nearly nine out of 10 say they will need a new harbour.', 'they will need a new harbour', 'Nearly nine out of 10'],
    ['"those" and a respondent participle', 'Those surveyed say the harbour should come first.', 'the harbour should come first', 'surveyed'],
  ])('reads %s', (_name, text, content, speaker) => {
    expect(found(text)).toContainEqual([content, speaker]);
  });

  it.each([
    ['an adjective that looks like a verb', 'The town has 40 pledged delegates in the race.'],
    ['a noun that looks like a verb', 'Voters in three states voted on Tuesday.'],
  ])('reads no statement from %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('ends one share\'s answer where the next share\'s begins', () => {
    expect(found('Some 74 percent said they would vote for Ravel, while 22 percent said they might change their mind.')).toEqual([
      ['they would vote for Ravel', '74 percent'],
      ['they might change their mind', '22 percent'],
    ]);
  });
});
