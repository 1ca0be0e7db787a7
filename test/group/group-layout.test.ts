import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsOfLayout, layoutOf, layoutOfGroups } from '../../src/group/group-layout';

describe('layoutOf', () => {
  it.each([
    ['singletons', [0, 1, 2], [{ canonical: 0, members: [0] }, { canonical: 1, members: [1] }, { canonical: 2, members: [2] }]],
    ['a centre after its first member', [2, 1, 2], [{ canonical: 2, members: [0, 2] }, { canonical: 1, members: [1] }]],
    ['one group', [1, 1, 1], [{ canonical: 1, members: [0, 1, 2] }]],
  ])('lays out %s by first member, members ascending', (_name, centre, groups) => {
    expect(groupsOfLayout(layoutOf(Int32Array.from(centre)))).toEqual(groups);
  });

  it('puts every index in exactly one group, and round-trips through groups', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(29), { minLength: 1, maxLength: 30 }), (raw) => {
        const centre = Int32Array.from(raw, (c) => Math.min(c, raw.length - 1));
        const layout = layoutOf(centre);
        expect(Array.from(layout.members).sort((a, b) => a - b)).toEqual(raw.map((_, i) => i));
        const groups = groupsOfLayout(layout);
        for (const g of groups) for (const m of g.members) expect(centre[m]).toBe(g.canonical);
        expect(layoutOfGroups([...groups].reverse(), raw.length)).toEqual(layout);
      }),
      { numRuns: 100 },
    );
  });
});
