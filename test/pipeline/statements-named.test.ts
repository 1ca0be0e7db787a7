import { describe, expect, it } from 'vitest';
import { namesStatementsOnly } from '../../src/pipeline/statements-named';

describe('namesStatementsOnly', () => {
  it.each([
    ['her public statements', true],
    ['their account', true],
    ['the fraud claims', true],
    ["the mayor's remarks", true],
    ['the claims were false', false],
    ['claims that the mayor sold the pier', false],
    ['the pier was never sold to the ferry company', false],
    ['the accusations through a spokeswoman', false],
    ['', false],
  ])('%j → %s', (text, want) => {
    expect(namesStatementsOnly(text)).toBe(want);
  });
});
