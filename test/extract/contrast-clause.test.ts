import { describe, expect, it } from 'vitest';
import { textsAndStances } from './said';

const said = textsAndStances;

describe('a quotation cut where ", but" turns to a clause with a subject of its own', () => {
  it.each<[string, string, [string, string][]]>([
    ['", but I"', '"I don\'t know for sure what happened at the pier, but I\'m not surprised," the mayor said.',
      [["I don't know for sure what happened at the pier", 'asserts'], ["I'm not surprised", 'asserts']]],
    ['", but they", two stances', '"We never sold the pier to the ferry company, but they offered to buy it," Ravel said.',
      [['We never sold the pier to the ferry company', 'denies'], ['they offered to buy it', 'asserts']]],
    ['no subject after "but": one statement', '"The pier is old and small, but safe for ferries," Ravel said.',
      [['The pier is old and small, but safe for ferries', 'asserts']]],
    ['a name after "but": one statement', '"The pier is old and small, but Ravel kept it open," the mayor said.',
      [['The pier is old and small, but Ravel kept it open', 'asserts']]],
    ['too few words before: one statement', '"Sure, but we will see," Ravel said.',
      [['Sure, but we will see', 'asserts']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
