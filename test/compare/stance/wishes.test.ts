import { describe, expect, it } from 'vitest';
import { statesWish } from '../../../src/compare/stance/wishes';

describe('statesWish', () => {
  it.each([
    ['and I hope we can straighten it out', true],
    ['we pray they are safe', true],
    ['she hoped the ferry talks would resume', true],
    ['I really hope the pier reopens', true],
    ['I should hope so', false],
    ['he prayed at the harbour mosque on Friday', false],
    ['they wished him luck at the ceremony', false],
    ['we wished him luck at the ceremony', false],
    ['the council hopes to sell the pier', false],
    ['the pier reopened in May', false],
    ['hope is not a plan', false],
    ['I said the pier would reopen, and I hope it will', false],
  ])('%j → %s', (claim, want) => {
    expect(statesWish(claim)).toBe(want);
  });
});
