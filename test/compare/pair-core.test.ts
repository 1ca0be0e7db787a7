import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValid, restates } from '../../src/compare/pair-core';

// The pairwise core itself is tested through `diffClaims` (diff-claims.test.ts), which checks
// its arguments and calls `compareValid`; here, what the core adds for the grouping.
describe('restates', () => {
  it.each([
    ['the same words', 'The harbour board will close the port on Monday', 'The harbour board will close the port on Monday', true],
    ['another wording of the statement', 'The harbour board will shut the port on Monday', 'The harbour board will close the port on Monday', true],
    ['a denial of it', 'The harbour board will not close the port on Monday', 'The harbour board will close the port on Monday', false],
    ['another statement on the topic', 'Pilots at the port asked for more pay', 'The harbour board will close the port on Monday', false],
  ])('answers %s as the relation of compareValid does', (_name, a, b, yes) => {
    const relation = compareValid(a, b, {}).relation;
    expect(relation === 'match' || relation === 'paraphrase').toBe(yes);
    expect(restates(a, b, {})).toBe(yes);
    expect(restates(b, a, {})).toBe(yes);
  });

  it('says yes exactly when compareValid finds a match or paraphrase, in either order', () => {
    const words = ['the', 'harbour', 'board', 'will', 'not', 'close', 'shut', 'port', 'on', 'Monday', 'Tuesday', 'pilots', 'said', 'never', '40', 'ships'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const relation = compareValid(a, b, {}).relation;
        expect(restates(a, b, {})).toBe(relation === 'match' || relation === 'paraphrase');
      }),
      { numRuns: 150 },
    );
  });
});
