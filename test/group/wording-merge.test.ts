import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexGroup } from '../../src/group/group-layout';
import { idfOf, type JoinSide } from '../../src/group/join-features';
import { mergeByWording, WORDING_MERGE_DEFAULTS } from '../../src/group/wording-merge';

type Side = Pick<JoinSide, 'words' | 'denied' | 'place'>;
const never = (): boolean => false;
const members = (groups: IndexGroup[]): number[][] => groups.map((g) => g.members);
const side = (text: string, report: string, speaker: string, denies = false): Side => ({
  words: [...new Set(text.split(' '))].sort(),
  ...(denies ? { denied: { proposition: [], names: new Set<string>() } } : {}),
  place: { report, speaker: { name: speaker } },
});

// A claim in two outlets with one outlet's denial already joined to it (group 0, 1, 2); the
// denier's other denials in two more outlets, which the pairwise decision left apart (3, 4);
// and another statement of the same story, in two outlets (5, 6).
const sides: Side[] = [
  side('karvia navy diver plant mine osterholm terminal drill', 'r1', 'Hedda Quist'),
  side('karvian diver plant mine osterholm terminal winter', 'r2', 'Hedda Quist'),
  side('karvia diver plant mine terminal', 'r2', 'Piet Armand', true),
  side('diver plant mine osterholm lie', 'r3', 'Piet Armand', true),
  side('karvia diver plant mine osterholm fabrication', 'r4', 'Piet Armand', true),
  side('harbour board reopen osterholm terminal monday', 'r1', 'harbour board'),
  side('board reopen terminal ferry monday', 'r5', 'harbour board'),
];
const groups: IndexGroup[] = [{ canonical: 0, members: [0, 1, 2] }, { canonical: 3, members: [3, 4] }, { canonical: 5, members: [5, 6] }];
const oneStory = (): number => 0;
const merged = (s: Side[] = sides, topicOf: (i: number) => number | undefined = oneStory, apart: (a: number, b: number) => boolean = never): number[][] =>
  members(mergeByWording(groups, s, idfOf(s), topicOf, apart));
const unmerged = [[0, 1, 2], [3, 4], [5, 6]];

describe('mergeByWording', () => {
  it('merges a group of denials with the group of one story whose words it repeats, and leaves the other statement of the story apart', () => {
    expect(merged()).toEqual([[0, 1, 2, 3, 4], [5, 6]]);
  });

  it.each<[string, () => number[][]]>([
    ['groups of two stories', () => merged(sides, (i) => (i === 3 || i === 4 ? 1 : 0))],
    ['statements of no known story', () => merged(sides, () => undefined)],
    ['two groups of claims', () => merged(sides.map((s) => ({ words: s.words, place: s.place })))],
    ['a group whose statements are all of one report', () => merged(sides.map((s, i) => (i === 4 ? { ...s, place: { ...s.place, report: 'r3' } } : s)))],
    ['groups that name no speaker in common', () => merged(sides.map((s, i) => (i >= 3 ? { ...s, place: { ...s.place, speaker: { name: 'Oskar Lindqvist' } } } : s)))],
    ['groups with a member of one kept apart from a member of the other', () => merged(sides, oneStory, (a, b) => a + b === 4 && a !== b)],
  ])('never merges %s, however alike their words', (_name, run) => {
    expect(run()).toEqual(unmerged);
  });

  it.each<[string, Partial<typeof WORDING_MERGE_DEFAULTS>]>([
    ['in a story of more groups than `maxGroups`', { maxGroups: 2 }],
    ['below the threshold', { threshold: 0.99 }],
  ])('merges nothing %s', (_name, settings) => {
    expect(members(mergeByWording(groups, sides, idfOf(sides), oneStory, never, { ...WORDING_MERGE_DEFAULTS, ...settings }))).toEqual(unmerged);
  });

  it('keeps the canonical of the larger group', () => {
    const out = mergeByWording([groups[1] as IndexGroup, groups[0] as IndexGroup, groups[2] as IndexGroup], sides, idfOf(sides), oneStory, never);
    expect(out[0]).toEqual({ canonical: 0, members: [0, 1, 2, 3, 4] });
  });

  it('keeps every statement in exactly one group, each merged group within one story and holding a denial', () => {
    const words = ['pier', 'ferry', 'mine', 'diver', 'storm', 'board'];
    const n = 8;
    const statement = fc.record({ words: fc.subarray(words, { minLength: 1 }), report: fc.nat(3), story: fc.nat(2), denies: fc.boolean() });
    fc.assert(
      fc.property(fc.array(statement, { minLength: n, maxLength: n }), fc.nat(n - 1), fc.double({ min: 0, max: 1, noNaN: true }), (st, cut, threshold) => {
        const s = st.map((x) => side(x.words.join(' '), `r${x.report}`, 'Ines Valtonen', x.denies));
        // Two starting groups of several statements each, cut at `cut`; story 2 is no known story.
        const start = [Array.from({ length: cut + 1 }, (_, i) => i), Array.from({ length: n - cut - 1 }, (_, i) => cut + 1 + i)]
          .filter((m) => m.length > 0)
          .map((m) => ({ canonical: m[0] as number, members: m }));
        const topicOf = (i: number): number | undefined => (st[i]?.story === 2 ? undefined : st[i]?.story);
        const out = mergeByWording(start, s, idfOf(s), topicOf, never, { ...WORDING_MERGE_DEFAULTS, threshold });
        expect(out.flatMap((g) => g.members).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const g of out) expect(g.members).toContain(g.canonical);
        if (out.length < start.length) {
          expect(new Set(start.map((g) => topicOf(g.canonical))).size).toBe(1);
          expect(topicOf(start[0]?.canonical as number)).not.toBeUndefined();
          expect(st.some((x) => x.denies)).toBe(true);
        }
      }),
    );
  });
});
