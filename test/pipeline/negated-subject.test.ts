import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { namesNegatedSubject, negatedSubject } from '../../src/pipeline/negated-subject';

const ctx = createFeatureContext();

describe('negatedSubject', () => {
  it.each<[string, string, string[]]>([
    ['a noun phrase before the auxiliary', 'The new timetable was not printed by the harbour union', ['timetable']],
    ['a capitalised first word of the clause, after a comma (it may only open the sentence)', 'In May, Varne council did not close the pier', ['varne', 'council']],
    ['a contracted negation', "The ferry company hasn't sent a team to Skerra", ['ferry', 'company']],
    ['a pronoun says nothing', 'We have not sent a team of engineers to Skerra', []],
    ['a possessive pronoun says nothing', 'Our forces did not shell the town', []],
    ['a name says nothing the words could match', 'The Harbour Authority has never expressed interest in the pier', []],
    ['"she" says nothing', 'she had not sent or received any marked files', []],
    ['no verb negation', 'No official has asked for a meeting', []],
  ])('%s', (_name, denial, expected) => {
    expect(negatedSubject(denial, ctx)).toEqual(expected);
  });
});

describe('namesNegatedSubject', () => {
  it.each<[string, string, string, boolean]>([
    ['another thing in the same words', 'The new timetable was not printed by the harbour union last week', 'The leaflet was printed by the harbour union last week', false],
    ['the same thing', 'The leaflet was not printed by the harbour union last week', 'the harbour union printed the leaflet last week', true],
    ['the same thing in another form', 'The council did not close the pier', 'the councils closed the pier', true],
    ['a pronoun subject', 'We have not sent a team to Skerra', 'the ferry company sent a team to Skerra', true],
    ['a claim told of a pronoun', 'The new timetable was not printed by the harbour union last week', 'it was printed by the harbour union last week', true],
  ])('%s', (_name, denial, claim, expected) => {
    expect(namesNegatedSubject(denial, claim, ctx)).toBe(expected);
  });
});
