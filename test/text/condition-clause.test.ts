import { describe, expect, it } from 'vitest';
import { inConditionClause } from '../../src/text/condition-clause';

/** Whether the first occurrence of `mark` in `text` lies inside a condition. */
const at = (text: string, mark: string): boolean => inConditionClause(text, text.indexOf(mark));

describe('inConditionClause', () => {
  it.each([
    ["If we don't have it, we're not going to have a country", "don't", true],
    ["If we don't have it, we're not going to have a country", "we're not", false],
    ['they will strike unless the pier stays open', 'stays', true],
    ['they will strike unless the pier stays open', 'strike', false],
    ['The ferry stopped. We did not know if it would run', 'did not', false],
    ['If the pier closes. The ferries do not run', 'do not', false],
    ['The ferries do not run; if the pier closes they stop', 'do not', false],
    ['If the pier closes." The ferries do not run', 'do not', false],
    ["If Mr. Holt doesn't pay, the ferries stop", "doesn't", true],
    ["If the U.S. doesn't pay, the ferries stop", "doesn't", true],
    ['If 1,429 people did not vote, the count is wrong', 'did not', true],
    ['He acts as if the pier were not his', 'were not', false],
  ])('%j at %j → %s', (text, mark, want) => {
    expect(at(text, mark)).toBe(want);
  });
});
