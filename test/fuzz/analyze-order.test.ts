import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { wireSentence } from './arbitraries';

describe('analyze in any order', () => {
  it('gives the same groups (and the same analysis) for any order of the same reports', () => {
    const report = fc.array(wireSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
    const reports = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,3}[0-9]{0,2}$/), text: report }), { selector: (r) => r.id, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(reports.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))), ([given, shuffled]) => {
        const a = analyze(given);
        const b = analyze(shuffled);
        expect(b.groups).toEqual(a.groups);
        expect(b).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });
});
