import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index';
import { textsAndStances } from './said';
import { figureClause } from '../../src/extract/figure-clause';
import { docOf } from './doc-of';

const said = textsAndStances;

describe('a claim whose closing relative clause states a count is two statements', () => {
  it.each<[string, string, [string, string][]]>([
    ['"which" with a bounded count', 'Harbour officials said the ferry company was behind a fire last week which destroyed more than 1,200 crates.',
      [['the ferry company was behind a fire last week', 'asserts'], ['a fire last week which destroyed more than 1,200 crates', 'asserts']]],
    ['"that" after a noun, the count right after the verb', 'The inspector said the crew had loaded the old barge that carried 300 tonnes of grain.',
      [['the crew had loaded the old barge', 'asserts'], ['the old barge that carried 300 tonnes of grain', 'asserts']]],
    ['an auxiliary before the verb, a comma before the pronoun', 'The mayor said the storm hit the harbour town, which has recorded 40 floods since the war.',
      [['the storm hit the harbour town', 'asserts'], ['the harbour town, which has recorded 40 floods since the war', 'asserts']]],
    ['a spelled count', 'Ravel said the council closed the pier that injured four swimmers.',
      [['the council closed the pier', 'asserts'], ['the pier that injured four swimmers', 'asserts']]],
    ['the phrase stops at a verb', 'Officials said that by Monday police had stormed rebel camps which housed 300 fighters.',
      [['by Monday police had stormed rebel camps', 'asserts'], ['rebel camps which housed 300 fighters', 'asserts']]],
    ['an abbreviation in the counted things', 'Ravel said the regime was behind an attack which killed 40 U.S. soldiers.',
      [['the regime was behind an attack', 'asserts'], ['an attack which killed 40 U.S. soldiers', 'asserts']]],
    ['what is counted after a comma', 'Ravel said the crew fired the old shells that killed at least 26 gulls, as well as a seal.',
      [['the crew fired the old shells', 'asserts'], ['the old shells that killed at least 26 gulls, as well as a seal', 'asserts']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a relative clause is left in its claim', () => {
  it.each<[string, string, string[]]>([
    ['a count of time, not of things', 'Ravel said the pier was sold to a man who died four days later.', ['the pier was sold to a man who died four days later']],
    ['two counts of time', 'Ravel said the crew was asked about storms that happened 20 and 50 years ago.', ['the crew was asked about storms that happened 20 and 50 years ago']],
    ['a date written with a slash', 'Ravel said the council praised the raid that caught 9/11 suspect Tom Baker.', ['the council praised the raid that caught 9/11 suspect Tom Baker']],
    ['no count in the clause', 'Ravel said the council closed the pier which injured several swimmers.', ['the council closed the pier which injured several swimmers']],
    ['a count away from the verb', 'Ravel said the council closed the pier which injured swimmers on 12 occasions.', ['the council closed the pier which injured swimmers on 12 occasions']],
    ['"that" opening a complement, not a relative clause', 'Ravel said the council confirmed reports that 12 swimmers were injured.',
      ['the council confirmed reports that 12 swimmers were injured', 'reports that 12 swimmers were injured']],
    ['"that" after a reporting verb', 'Ravel said he was never told by the crew that happened 30 times.', ['he was never told by the crew that happened 30 times']],
    ['too few words before the pronoun', 'Ravel said the pier, which injured 12 swimmers, stays open.', ['the pier, which injured 12 swimmers, stays open']],
    ['the statement goes on after the clause', '"The council closed the pier which injured 12 swimmers. It will reopen in May," Ravel said.',
      ['The council closed the pier which injured 12 swimmers. It will reopen in May']],
    ['a preposition before the phrase: the clause may be about either', 'Ravel said the regime carried out an attack on Tuesday which killed 40 people.', ['the regime carried out an attack on Tuesday which killed 40 people']],
    ['a place after a comma and a preposition', 'Ravel said the regime carried out an attack in Homs, which killed 40 people.', ['the regime carried out an attack in Homs, which killed 40 people']],
    ['the main clause goes on after the count', 'Ravel said two doctors at the clinic who treated 40 patients were arrested on Friday.', ['two doctors at the clinic who treated 40 patients were arrested on Friday']],
    ['a clause joined after the count', 'Ravel said the regime launched an attack which killed 300 people and must now face trial.', ['the regime launched an attack which killed 300 people and must now face trial']],
    ['a reason after the count', 'Ravel said the company cut the jobs that employed 300 workers because sales fell sharply.', ['the company cut the jobs that employed 300 workers because sales fell sharply']],
    ['a clause after a comma', 'Ravel said the old wooden pier at Varne, which injured 12 swimmers, stays open.', ['the old wooden pier at Varne, which injured 12 swimmers, stays open']],
    ['inside a quotation the statement only partly is', 'Ravel said the regime was behind "an attack last week which killed more than 1,400 people".', ['the regime was behind "an attack last week which killed more than 1,400 people"']],
  ])('%s', (_name, text, expected) => {
    expect(extractStatements(text).map((s) => s.text)).toEqual(expected);
  });

  it('leaves a denial whole: its relative clause is not what it denies', () => {
    expect(said('The ministry denied that its forces were behind an attack which killed 300 people.')).toEqual([
      ['its forces were behind an attack which killed 300 people', 'denies'],
    ]);
  });
});

describe('figureClause', () => {
  it.each<[string, string, [string, string] | null]>([
    ['the phrase starts at its determiner', 'the regime was behind a chemical attack last week which killed more than 1,400 people', ['the regime was behind a chemical attack last week', 'a chemical attack last week which killed more than 1,400 people']],
    ['a preposition before the phrase', 'thousands remain homeless due to flooding that damaged an estimated 40,000 homes', null],
    ['no relative clause', 'the regime carried out a chemical attack that day', null],
  ])('%s', (_name, text, expected) => {
    const cut = figureClause(docOf(text), 0, text.length);
    expect(cut === null ? null : [text.slice(0, cut.before), text.slice(cut.from)]).toEqual(expected);
  });
});
