import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const said = (text: string): string[] => extractStatements(text).map((s) => `${s.stance} (${s.speaker?.name ?? '-'}): ${s.text}`);

describe('pluralNounUse', () => {
  it.each([
    ['after a possessive', "The factory's rejects were sold at a discount."],
    ['after a determiner', 'The rejects were sold at a discount.'],
  ])('reads a cue\'s -s form as a plural noun %s: no statement', (_name, text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['a present-tense denial of a report', 'The harbour board denies the report.', ['denies (harbour board): the report']],
    ['a present-tense denial of a role', 'Karvia denies any role in the pier fire.', ['denies (Karvia): any role in the pier fire']],
    ['a present-tense rejection of a suggestion', 'The commission rejects any suggestion that ballot boxes were burned.', ['denies (commission): any suggestion that ballot boxes were burned', 'asserts (-): ballot boxes were burned']],
  ])('reads %s as a statement', (_name, text, statements) => {
    expect(said(text)).toEqual(statements);
  });
});
