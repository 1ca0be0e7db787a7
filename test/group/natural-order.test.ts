import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/group/natural-order';

/** The reading by regular expressions that the scanner replaced: the reference it must agree with. */
function byRegex(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

describe('compareIds', () => {
  it.each([
    ['s4', 's17', -1],
    ['s17', 's4', 1],
    ['s90', 's90', 0],
    ['a', 'b', -1],
    ['s007', 's7', 1],
    ['s000', 's0', 1],
    ['s', 's1', -1],
    ['1a', 'a', -1],
    ['g10x', 'g10', 1],
  ])('orders %s against %s as %i', (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it('agrees with the reading by regular expressions on any ids of digits, letters and marks', () => {
    const id = fc.stringMatching(/^[ab0-9\-.é]{0,9}$/);
    fc.assert(fc.property(id, id, (a, b) => Math.sign(compareIds(a, b)) === Math.sign(byRegex(a, b))), { numRuns: 5000 });
  });
});
