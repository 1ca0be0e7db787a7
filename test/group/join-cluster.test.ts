import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkGroups } from '../../src/group/join-cluster';

const never = (): boolean => false;
const members = (groups: { members: number[] }[]): number[][] => groups.map((g) => g.members);

describe('averageLinkGroups', () => {
  it('joins three statements each likely one with the others', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 1, j: 2, p: 0.8 }, { i: 0, j: 2, p: 0.7 }];
    expect(members(averageLinkGroups(3, pairs, 0.5, never))).toEqual([[0, 1, 2]]);
  });

  it('does not chain: A ~ B and B ~ C leave C out when A and C were never found alike', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 1, j: 2, p: 0.8 }];
    expect(members(averageLinkGroups(3, pairs, 0.5, never))).toEqual([[0, 1], [2]]);
  });

  it('joins nothing below the cut', () => {
    expect(members(averageLinkGroups(2, [{ i: 0, j: 1, p: 0.4 }], 0.5, never))).toEqual([[0], [1]]);
  });

  it('never joins two statements kept apart, whatever the probability', () => {
    const apart = (a: number, b: number): boolean => a + b === 1;
    expect(members(averageLinkGroups(2, [{ i: 0, j: 1, p: 0.99 }], 0.5, apart))).toEqual([[0], [1]]);
  });

  it('takes as canonical the member most likely one with the others', () => {
    const pairs = [{ i: 0, j: 1, p: 0.6 }, { i: 1, j: 2, p: 0.9 }, { i: 0, j: 2, p: 0.7 }];
    const [g] = averageLinkGroups(3, pairs, 0.5, never);
    expect(g?.canonical).toBe(2);
  });

  it('takes as canonical the member closest to the others when closeness is given', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9, close: 0.2 }, { i: 1, j: 2, p: 0.9, close: 0.3 }, { i: 0, j: 2, p: 0.8, close: 0.9 }];
    const [g] = averageLinkGroups(3, pairs, 0.5, never);
    expect(g?.canonical).toBe(2);
  });

  it('puts a statement that only points at another into that one’s group when it is still alone', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }];
    expect(members(averageLinkGroups(3, pairs, 0.5, never, [{ i: 2, j: 1, p: 0.8 }]))).toEqual([[0, 1, 2]]);
    expect(members(averageLinkGroups(3, pairs, 0.5, never, [{ i: 2, j: 1, p: 0.3 }]))).toEqual([[0, 1], [2]]);
    expect(members(averageLinkGroups(3, pairs, 0.5, (a, b) => a + b === 2, [{ i: 2, j: 1, p: 0.8 }]))).toEqual([[0, 1], [2]]);
  });

  it.each([
    ['two pointers joined to each other ("It is all lies", "All of that is a lie") join the claim together', [{ i: 2, j: 3, p: 0.9 }], [[0, 1, 2, 3], [4]]],
    ['a pointer joined to a statement that names its content stays there', [{ i: 2, j: 4, p: 0.9 }], [[0, 1], [2, 4], [3]]],
  ])('moves a cluster made only of pointers into the group they point at: %s', (_, more, groups) => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, ...more];
    const attachments = [{ i: 2, j: 1, p: 0.8 }, { i: 3, j: 0, p: 0.3 }];
    expect(members(averageLinkGroups(5, pairs, 0.5, never, attachments))).toEqual(groups);
  });

  it('moves a cluster of pointers with one that answered nothing ("This is pure fiction") when the others answer a group', () => {
    // 2 ~ 3 two dismissals of one report; only 2 was resolved to the claim 1.
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 2, j: 3, p: 0.9 }];
    const attachments = [{ i: 2, j: 1, p: 0.8 }];
    expect(members(averageLinkGroups(4, pairs, 0.5, never, attachments))).toEqual([[0, 1], [2, 3]]);
    expect(members(averageLinkGroups(4, pairs, 0.5, never, attachments, [3]))).toEqual([[0, 1, 2, 3]]);
  });

  it('leaves out of the mean the unscored pairs of a dismissal: "It is all lies" shares words with nothing', () => {
    // 0 ~ 2 likely (a dismissal resolved to another voice's denial scores 1), then 1 ~ 2 likely but 1 ~ 0 never scored.
    const pairs = [{ i: 0, j: 2, p: 1 }, { i: 1, j: 2, p: 0.7 }];
    expect(members(averageLinkGroups(3, pairs, 0.5, never))).toEqual([[0, 2], [1]]);
    expect(members(averageLinkGroups(3, pairs, 0.5, never, [], [0]))).toEqual([[0, 1, 2]]);
    expect(members(averageLinkGroups(3, [...pairs, { i: 0, j: 1, p: 0.1 }], 0.5, never, [], [0]))).toEqual([[0, 2], [1]]);
  });

  it.each([
    ['the group most of its pointers answer, not the first answered', [{ i: 3, j: 0, p: 0.8 }, { i: 4, j: 1, p: 0.8 }, { i: 5, j: 1, p: 0.8 }], [[0], [1, 3, 4, 5], [2]]],
    ['the first answered on a tie', [{ i: 3, j: 0, p: 0.8 }, { i: 4, j: 1, p: 0.8 }], [[0, 3, 4, 5], [1], [2]]],
    ['no group when its only answers fall below the cut', [{ i: 3, j: 0, p: 0.3 }, { i: 4, j: 1, p: 0.2 }], [[0], [1], [2], [3, 4, 5]]],
  ])('moves a cluster of pointers answering several groups into %s', (_, attachments, groups) => {
    const pairs = [{ i: 3, j: 4, p: 0.9 }, { i: 4, j: 5, p: 0.9 }, { i: 3, j: 5, p: 0.9 }];
    expect(members(averageLinkGroups(6, pairs, 0.5, never, attachments, [3, 4, 5]))).toEqual(groups);
  });

  it('gives a partition of the statements, groups by first member, whatever the pairs', () => {
    const pair = fc.record({ i: fc.nat(7), j: fc.nat(7), p: fc.double({ min: 0, max: 1, noNaN: true }) }).filter((e) => e.i !== e.j);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => {
        const groups = members(averageLinkGroups(8, pairs, 0.5, never));
        expect(groups.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
        const firsts = groups.map((g) => g[0] as number);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const g of groups) expect(g).toEqual([...g].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });
});
