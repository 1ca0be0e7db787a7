import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../src/pipeline/analyze-stages';

const BOUNDS = { maxGroupComparisons: 5, maxDenialPairs: 7 };

describe('withDeadline', () => {
  it('gives no `spent` without a deadline, and keeps the bounds', () => {
    const limits = withDeadline(BOUNDS);
    expect(limits.spent).toBeUndefined();
    expect(limits).toMatchObject(BOUNDS);
  });

  it.each([
    ['a deadline passed', -60_000, true],
    ['a deadline to come', 60_000, false],
  ])('says the budget is spent only once its deadline has passed: %s', (_case, fromNow, spent) => {
    const limits = withDeadline({ ...BOUNDS, deadline: Date.now() + fromNow });
    expect(limits.spent?.()).toBe(spent);
    expect(limits).toMatchObject(BOUNDS);
  });
});
