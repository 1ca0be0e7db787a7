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
});
