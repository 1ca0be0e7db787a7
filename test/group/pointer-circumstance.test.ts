import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutCircumstance } from '../../src/group/pointer-circumstance';

describe('withoutCircumstance', () => {
  it.each([
    ['a circumstance an adjunct preposition opens, to the end', 'the reports in a comment to the state news agency', 'the reports'],
    ['a circumstance up to the verdict', 'the claims at a briefing as "plainly false"', 'the claims as "plainly false"'],
    ['an aside between commas a participle opens', 'the Ridley report, published on a blog site, as "complete fiction"', 'the Ridley report as "complete fiction"'],
    ['nothing when a relative pronoun may open the content', 'the claims, which said the mayor sold the park, as false', 'the claims, which said the mayor sold the park, as false'],
    ['nothing when an -ing form may carry the content', 'the reports from the capital saying the pier was shut', 'the reports from the capital saying the pier was shut'],
    ['nothing after "of", which opens the content', 'the reports of a deal with the port', 'the reports of a deal with the port'],
    ['nothing when no pointer noun opens the text', 'the harbour was closed in a hurry', 'the harbour was closed in a hurry'],
  ])('drops %s', (_name, text, want) => {
    expect(withoutCircumstance(text)).toBe(want);
  });

  it('only ever takes out one stretch of the text, keeping what comes before and after it', () => {
    const word = fc.constantFrom('the', 'reports', 'claims', 'in', 'a', 'comment', 'to', 'agency', ',', 'published', 'on', 'blog', 'as', 'false', 'that', 'saying', 'pier');
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }), (words) => {
      const text = words.join(' ');
      const got = withoutCircumstance(text);
      let head = 0;
      while (head < got.length && got[head] === text[head]) head++;
      expect(text.endsWith(got.slice(head))).toBe(true);
      expect(got.length).toBeLessThanOrEqual(text.length);
    }), { numRuns: 300 });
  });
});
