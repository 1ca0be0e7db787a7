import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapComparison } from '../../src/pipeline/compare-group';
import type { Statement } from '../../src/schema/statement';
import { expectSpan } from '../pipeline/offsets';
import { hostileText } from './arbitraries';

const statement = (id: string, text: string, start: number): Statement => ({
  id, report: id, start, end: start + text.length, text, kind: 'direct', stance: 'asserts', speaker: null, cue: null, quoted: [],
});

// The comparison analyze falls back to past maxGroupComparisons keeps the promises of the full one.
describe('cheapComparison', () => {
  it('tiles both texts: every non-blank character lies in exactly one segment, and no span cuts a word', () => {
    fc.assert(
      fc.property(hostileText(15), hostileText(15), fc.nat(50), (x, y, offset) => {
        const a = statement('a', x, offset);
        const b = statement('b', y, 0);
        const c = cheapComparison(a, b);
        expect(c.relation).toBe(x === y ? 'match' : 'paraphrase');
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        for (const [side, s, text] of [['a', a, x], ['b', b, y]] as const) {
          const owner = new Array<number>(text.length).fill(0);
          for (const seg of c.segments) {
            const span = seg[side];
            if (span === null) continue;
            const [from, to] = [span[0] - s.start, span[1] - s.start];
            expectSpan(text, [from, to], `segment in ${side}`);
            for (let i = from; i < to; i++) owner[i] = (owner[i] as number) + 1;
          }
          for (let i = 0; i < text.length; i++) {
            if (!/\s/u.test(text[i] as string) && owner[i] !== 1) expect.fail(`${side}[${i}] of ${JSON.stringify(text)} lies in ${owner[i]} segments`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
