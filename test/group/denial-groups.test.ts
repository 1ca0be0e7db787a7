import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDenialGroups } from '../../src/group/denial-groups';
import type { IndexGroup } from '../../src/group/group-layout';

const never = (): boolean => false;
const members = (groups: IndexGroup[]): number[][] => groups.map((g) => g.members);
const group = (canonical: number, ...rest: number[]): IndexGroup => ({ canonical, members: [canonical, ...rest].sort((x, y) => x - y) });

// Statements 0-2 are claims (two wordings of one claim, 0 and 1, and another claim, 2); 3-5 are denials.
const denies = (i: number): boolean => i >= 3;
const claimsAndDenials = [group(0, 1), group(2), group(3, 4), group(5)];

describe('joinDenialGroups', () => {
  it.each([
    ['a group of denials joins the claim group one of its pointing denials answers', [{ i: 3, j: 1, p: 0.6 }], [[0, 1, 3, 4], [2], [5]]],
    ['a group of denials joins the claim group of its most probable pointer link, not the first given', [{ i: 3, j: 2, p: 0.55 }, { i: 4, j: 0, p: 0.8 }], [[0, 1, 3, 4], [2], [5]]],
    ['a link below the cut joins nothing', [{ i: 3, j: 1, p: 0.4 }], [[0, 1], [2], [3, 4], [5]]],
    ['two claims are never joined by this step, however likely', [{ i: 0, j: 2, p: 0.9 }], [[0, 1], [2], [3, 4], [5]]],
    ['two denial groups are never joined by this step', [{ i: 3, j: 5, p: 0.9 }], [[0, 1], [2], [3, 4], [5]]],
    ['a denial group joins one claim group only: no chaining of two claims through it', [{ i: 3, j: 0, p: 0.9 }, { i: 4, j: 2, p: 0.8 }], [[0, 1, 3, 4], [2], [5]]],
  ])('%s', (_, links, want) => {
    expect(members(joinDenialGroups(claimsAndDenials, links, 0.5, denies, never))).toEqual(want);
  });

  it('leaves a group that holds a claim where it is: it was joined by the average link', () => {
    const groups = [group(0), group(1, 3)];
    expect(members(joinDenialGroups(groups, [{ i: 3, j: 0, p: 0.9 }], 0.5, denies, never))).toEqual([[0], [1, 3]]);
  });

  it('never joins a denial group to a claim group when any two of their members are kept apart', () => {
    const apart = (a: number, b: number): boolean => (a === 4 && b === 1) || (a === 1 && b === 4);
    expect(members(joinDenialGroups(claimsAndDenials, [{ i: 3, j: 1, p: 0.9 }], 0.5, denies, apart))).toEqual([[0, 1], [2], [3, 4], [5]]);
  });

  it('keeps the claim group’s canonical as the canonical', () => {
    const out = joinDenialGroups(claimsAndDenials, [{ i: 3, j: 1, p: 0.9 }], 0.5, denies, never);
    expect(out[0]).toEqual({ canonical: 0, members: [0, 1, 3, 4] });
  });

  it('keeps every statement in exactly one group, and each group with at most one claim group’s claims', () => {
    const n = 8;
    const link = fc.record({ i: fc.nat(n - 1), j: fc.nat(n - 1), p: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.nat(n - 1), { minLength: n, maxLength: n }), fc.array(link, { maxLength: 20 }), (label, links) => {
        // Statements with one label start as one group; even indices are claims.
        const byLabel = new Map<number, number[]>();
        label.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
        const groups = [...byLabel.values()].map((m) => ({ canonical: m[0] as number, members: m }));
        const isDenial = (i: number): boolean => i % 2 === 1;
        const out = joinDenialGroups(groups, links, 0.5, isDenial, never);
        expect(out.flatMap((g) => g.members).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const g of out) {
          const claimGroups = new Set(g.members.filter((m) => !isDenial(m)).map((m) => label[m]));
          expect(claimGroups.size).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
