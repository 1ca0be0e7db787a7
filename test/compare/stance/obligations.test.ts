import { describe, expect, it } from 'vitest';
import { rejectsOutright, statesObligation } from '../../../src/compare/stance/obligations';

describe('statesObligation', () => {
  it.each([
    ['Mr. Varn should release his tax returns', true],
    ['the council must close the pier before winter', true],
    ['Kabul ought to act against the camps', true],
    ["the mayor shouldn't sell the pier", true],
    ['the mayor released his tax returns in May', false],
    ['he must have known about the leak', false],
    ['I should hope so', false],
    ['He must be lying about the pier', false],
    ['There must be a mistake in the pier accounts', false],
    ['it must be true that the pier was sold', false],
    ['he must not have known about the pier sale', false],
    ['Should the pier talks fail, the ferries stop', false],
    ['the pier must be closed before winter', true],
    ['the mayor will release his tax returns after the audit', false],
    ['the report, published on Tuesday by the harbour board, said the pier should close', false],
  ])('%j → %s', (claim, want) => {
    expect(statesObligation(claim)).toBe(want);
  });
});

describe('rejectsOutright', () => {
  it.each([
    ['The idea of closing the pier is absurd', 'the council should close the pier', true],
    ['that claim is nonsense', 'the council should close the pier', true],
    ['the mayor was not releasing his tax returns', 'the mayor should release his tax returns', false],
    ['the council did not close the pier', 'the council should close the pier', false],
    ['Mayor Varn did not lie about the pier sale', 'Mayor Varn should not lie about the pier sale', false],
    ['the board did not stop the fake invoices', 'the board should stop the fake invoices', false],
  ])('%j against %j → %s', (denial, claim, want) => {
    expect(rejectsOutright(denial, claim)).toBe(want);
  });
});
