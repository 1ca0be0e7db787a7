import { describe, expect, it } from 'vitest';
import { statesCall } from '../../../src/compare/stance/calls';

describe('statesCall', () => {
  it.each([
    ['a possessive before "call for"', "the audit strengthens the council's call for Orrin to stop dumping waste", true],
    ['an article before "request to"', 'a request to open the court file on the mill was refused', true],
    ['a possessive before "demand that"', "the union's demand that the mill reopen was read out", true],
    ['"calls on" after a determiner', 'the calls on the board to resign grew louder', true],
    ['a verb: the call was made, which a denial may deny', 'the mayor has long called for a new pier', false],
    ['"demand for" goods', 'there is a demand for fresh fish in Orrin', false],
    ['"calls to" on the telephone', 'she made several calls to the mill owners', false],
    ['a call word past the first words', 'the council said on Monday that it had read the mayor’s call for a new pier', false],
    ['no call at all', 'the mill at Orrin closed in May', false],
  ])('reads %s: %s', (_name, claim, want) => {
    expect(statesCall(claim)).toBe(want);
  });
});
