import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

const texts = (text: string): string[] => extractStatements(text).map((s) => s.text);

describe('where reported content ends', () => {
  it.each([
    ['before another speaker\'s reporting clause', 'The mayor said the pier is safe and the harbour master said it is not.', 'the pier is safe'],
    ['before the speaker\'s second reporting verb after "but"', 'The mayor says she respects the board but argues that it cannot fix the pier.', 'she respects the board'],
    ['before the speaker\'s negated second verb', 'He said he would offer a prayer for the mayor but did not suggest that he would back her.', 'he would offer a prayer for the mayor'],
    ['before another speaker\'s attribution with "also"', 'The board said funding was the main reason the pier closed, Ravel also noted that the ferry had stopped.', 'funding was the main reason the pier closed'],
    ['past "and" joining two things said', 'The mayor said the pier and the quay are safe.', 'the pier and the quay are safe'],
  ])('%s', (_name, text, content) => {
    expect(texts(text)).toContain(content);
  });
});
