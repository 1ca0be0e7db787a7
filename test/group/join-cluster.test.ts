import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkGroups, type ScoredPair } from '../../src/group/join-cluster';
import { ScoredPairs } from '../../src/group/scored-pairs';

const never = (): boolean => false;
const members = (groups: { members: number[] }[]): number[][] => groups.map((g) => g.members);

/**
 * The average link of `averageLinkGroups` said plainly, over dense matrices of probability and
 * closeness (undefined where no pair was scored) and clusters as a label per statement.
 */
function reference(
  n: number, pairs: ScoredPair[], cut: number, apart: (a: number, b: number) => boolean, attachments: ScoredPair[], pointing: number[],
): { canonical: number; members: number[] }[] {
  const prob: (number | undefined)[][] = Array.from({ length: n }, () => Array<number | undefined>(n).fill(undefined));
  const close: (number | undefined)[][] = Array.from({ length: n }, () => Array<number | undefined>(n).fill(undefined));
  for (const e of pairs) {
    const p = Math.max(e.p, prob[e.i]?.[e.j] ?? 0);
    const c = Math.max(e.close ?? e.p, close[e.i]?.[e.j] ?? 0);
    for (const [x, y] of [[e.i, e.j], [e.j, e.i]] as const) {
      (prob[x] as (number | undefined)[])[y] = p;
      (close[x] as (number | undefined)[])[y] = c;
    }
  }
  const label = Array.from({ length: n }, (_, i) => i);
  const of = (l: number): number[] => label.flatMap((m, i) => (m === l ? [i] : []));
  const move = (from: number, into: number): void => label.forEach((m, i) => m === from && (label[i] = into));
  const order = [...pairs].filter((e) => e.p >= cut).sort((x, y) => y.p - x.p || x.i - y.i || x.j - y.j);
  for (const e of order) {
    const [a, b] = [label[e.i] as number, label[e.j] as number];
    if (a === b) continue;
    const cross = of(a).flatMap((x) => of(b).map((y) => [x, y] as const));
    if (cross.some(([x, y]) => apart(x, y))) continue;
    const counted = cross.filter(([x, y]) => prob[x]?.[y] !== undefined || !(pointing.includes(x) || pointing.includes(y)));
    if (counted.reduce((s, [x, y]) => s + (prob[x]?.[y] ?? 0), 0) / counted.length < cut) continue;
    move(Math.max(a, b), Math.min(a, b));
  }
  const pointers = new Set([...attachments.map((e) => e.i), ...pointing]);
  const sure = attachments.filter((e) => e.p >= cut);
  for (const e of sure) {
    const from = label[e.i] as number;
    const moving = of(from);
    if (!moving.every((m) => pointers.has(m))) continue;
    const votes = new Map<number, number>();
    for (const x of sure) if (label[x.i] === from && label[x.j] !== from) votes.set(label[x.j] as number, (votes.get(label[x.j] as number) ?? 0) + 1);
    const most = Math.max(0, ...votes.values());
    const into = [...votes].find(([, v]) => v === most)?.[0];
    if (into === undefined || of(into).some((m) => moving.some((x) => apart(x, m)))) continue;
    move(from, into);
  }
  const groups = [...new Set(label)].map(of).sort((x, y) => (x[0] as number) - (y[0] as number));
  return groups.map((list) => {
    const sums = list.map((x) => list.reduce((s, y) => s + (x === y ? 0 : (close[x]?.[y] ?? 0)), 0));
    return { canonical: list[sums.indexOf(Math.max(...sums))] as number, members: list };
  });
}

describe('averageLinkGroups', () => {
  it('joins three statements each likely one with the others', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 1, j: 2, p: 0.8 }, { i: 0, j: 2, p: 0.7 }];
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never))).toEqual([[0, 1, 2]]);
  });

  it('does not chain: A ~ B and B ~ C leave C out when A and C were never found alike', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 1, j: 2, p: 0.8 }];
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never))).toEqual([[0, 1], [2]]);
  });

  it('joins nothing below the cut', () => {
    expect(members(averageLinkGroups(2, ScoredPairs.of([{ i: 0, j: 1, p: 0.4 }]), 0.5, never))).toEqual([[0], [1]]);
  });

  it('never joins two statements kept apart, whatever the probability', () => {
    const apart = (a: number, b: number): boolean => a + b === 1;
    expect(members(averageLinkGroups(2, ScoredPairs.of([{ i: 0, j: 1, p: 0.99 }]), 0.5, apart))).toEqual([[0], [1]]);
  });

  it('takes as canonical the member most likely one with the others', () => {
    const pairs = [{ i: 0, j: 1, p: 0.6 }, { i: 1, j: 2, p: 0.9 }, { i: 0, j: 2, p: 0.7 }];
    const [g] = averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never);
    expect(g?.canonical).toBe(2);
  });

  it('takes as canonical the member closest to the others when closeness is given', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9, close: 0.2 }, { i: 1, j: 2, p: 0.9, close: 0.3 }, { i: 0, j: 2, p: 0.8, close: 0.9 }];
    const [g] = averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never);
    expect(g?.canonical).toBe(2);
  });

  it('puts a statement that only points at another into that one’s group when it is still alone', () => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }];
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never, [{ i: 2, j: 1, p: 0.8 }]))).toEqual([[0, 1, 2]]);
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never, [{ i: 2, j: 1, p: 0.3 }]))).toEqual([[0, 1], [2]]);
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, (a, b) => a + b === 2, [{ i: 2, j: 1, p: 0.8 }]))).toEqual([[0, 1], [2]]);
  });

  it.each([
    ['two pointers joined to each other ("It is all lies", "All of that is a lie") join the claim together', [{ i: 2, j: 3, p: 0.9 }], [[0, 1, 2, 3], [4]]],
    ['a pointer joined to a statement that names its content stays there', [{ i: 2, j: 4, p: 0.9 }], [[0, 1], [2, 4], [3]]],
  ])('moves a cluster made only of pointers into the group they point at: %s', (_, more, groups) => {
    const pairs = [{ i: 0, j: 1, p: 0.9 }, ...more];
    const attachments = [{ i: 2, j: 1, p: 0.8 }, { i: 3, j: 0, p: 0.3 }];
    expect(members(averageLinkGroups(5, ScoredPairs.of(pairs), 0.5, never, attachments))).toEqual(groups);
  });

  it('moves a cluster of pointers with one that answered nothing ("This is pure fiction") when the others answer a group', () => {
    // 2 ~ 3 two dismissals of one report; only 2 was resolved to the claim 1.
    const pairs = [{ i: 0, j: 1, p: 0.9 }, { i: 2, j: 3, p: 0.9 }];
    const attachments = [{ i: 2, j: 1, p: 0.8 }];
    expect(members(averageLinkGroups(4, ScoredPairs.of(pairs), 0.5, never, attachments))).toEqual([[0, 1], [2, 3]]);
    expect(members(averageLinkGroups(4, ScoredPairs.of(pairs), 0.5, never, attachments, [3]))).toEqual([[0, 1, 2, 3]]);
  });

  it('leaves out of the mean the unscored pairs of a dismissal: "It is all lies" shares words with nothing', () => {
    // 0 ~ 2 likely (a dismissal resolved to another voice's denial scores 1), then 1 ~ 2 likely but 1 ~ 0 never scored.
    const pairs = [{ i: 0, j: 2, p: 1 }, { i: 1, j: 2, p: 0.7 }];
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never))).toEqual([[0, 2], [1]]);
    expect(members(averageLinkGroups(3, ScoredPairs.of(pairs), 0.5, never, [], [0]))).toEqual([[0, 1, 2]]);
    expect(members(averageLinkGroups(3, ScoredPairs.of([...pairs, { i: 0, j: 1, p: 0.1 }]), 0.5, never, [], [0]))).toEqual([[0, 2], [1]]);
  });

  it.each([
    ['the group most of its pointers answer, not the first answered', [{ i: 3, j: 0, p: 0.8 }, { i: 4, j: 1, p: 0.8 }, { i: 5, j: 1, p: 0.8 }], [[0], [1, 3, 4, 5], [2]]],
    ['the first answered on a tie', [{ i: 3, j: 0, p: 0.8 }, { i: 4, j: 1, p: 0.8 }], [[0, 3, 4, 5], [1], [2]]],
    ['no group when its only answers fall below the cut', [{ i: 3, j: 0, p: 0.3 }, { i: 4, j: 1, p: 0.2 }], [[0], [1], [2], [3, 4, 5]]],
  ])('moves a cluster of pointers answering several groups into %s', (_, attachments, groups) => {
    const pairs = [{ i: 3, j: 4, p: 0.9 }, { i: 4, j: 5, p: 0.9 }, { i: 3, j: 5, p: 0.9 }];
    expect(members(averageLinkGroups(6, ScoredPairs.of(pairs), 0.5, never, attachments, [3, 4, 5]))).toEqual(groups);
  });

  it('gives a partition of the statements, groups by first member, whatever the pairs', () => {
    const pair = fc.record({ i: fc.nat(7), j: fc.nat(7), p: fc.double({ min: 0, max: 1, noNaN: true }) }).filter((e) => e.i !== e.j);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => {
        const groups = members(averageLinkGroups(8, ScoredPairs.of(pairs), 0.5, never));
        expect(groups.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
        const firsts = groups.map((g) => g[0] as number);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const g of groups) expect(g).toEqual([...g].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });

  it('gives, from pairs read in at once or pushed one by one, the groups and canonicals of a plain average link over dense matrices', () => {
    // Few distinct probabilities: ties, pairs given twice and pairs exactly at the cut are common.
    const level = fc.constantFrom(0, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9, 1);
    const pair = fc.record({ i: fc.nat(7), j: fc.nat(7), p: level, close: fc.option(level, { nil: undefined }) }, { requiredKeys: ['i', 'j', 'p'] }).filter((e) => e.i !== e.j);
    const input = fc.record({
      pairs: fc.array(pair, { maxLength: 24 }),
      attachments: fc.array(pair, { maxLength: 4 }),
      pointing: fc.uniqueArray(fc.nat(7), { maxLength: 3 }),
      apart: fc.uniqueArray(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(input, ({ pairs, attachments, pointing, apart }) => {
        const kept = (a: number, b: number): boolean => apart.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
        const expected = reference(8, pairs, 0.5, kept, attachments, pointing);
        expect(averageLinkGroups(8, ScoredPairs.of(pairs), 0.5, kept, attachments, pointing)).toEqual(expected);
        // Pushed one by one from a small capacity, so the arrays grew on the way.
        const grown = new ScoredPairs(1);
        for (const e of pairs) grown.push(e.i, e.j, e.p, e.close);
        expect(averageLinkGroups(8, grown, 0.5, kept, attachments, pointing)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
