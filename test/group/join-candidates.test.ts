import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCandidates } from '../../src/group/join-candidates';
import { idfOf } from '../../src/group/join-features';

const sides = (...lists: string[][]): { words: string[] }[] => lists.map((words) => ({ words: [...words].sort() }));
const settings = { maxDf: 3, minShare: 0.2, minShared: 2 };

describe('joinCandidates', () => {
  it.each([
    ['pairs two statements sharing two rarer words', [['pier', 'collapse', 'storm'], ['pier', 'collapse', 'night'], ['budget', 'vote']], [[0, 1]]],
    ['leaves out a pair sharing one word only: a topic, not a statement', [['pier', 'collapse'], ['pier', 'paint'], ['budget', 'vote']], []],
    // "mayor" is in four statements, more than maxDf: only the very same words pair them.
    ['pairs statements of the very same words however common they are', [['mayor', 'win'], ['mayor', 'win'], ['mayor', 'win'], ['mayor', 'lose'], ['win', 'race']], [[0, 1], [0, 2], [1, 2]]],
  ])('%s', (_name, lists, pairs) => {
    const s = sides(...lists);
    expect(joinCandidates(s, idfOf(s), settings)).toEqual(pairs);
  });

  it('blocks on no word found in more than maxDf statements', () => {
    // "mayor" and "say" are in four statements each: no pair shares two rarer words.
    const s = sides(['mayor', 'say', 'pier'], ['mayor', 'say', 'budget'], ['mayor', 'say', 'ferry'], ['mayor', 'say', 'school']);
    expect(joinCandidates(s, idfOf(s), settings)).toEqual([]);
  });

  it('asks that the shared words weigh enough of the smaller side', () => {
    const s = sides(['pier', 'collapse'], ['pier', 'collapse', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(joinCandidates(s, idfOf(s), { ...settings, minShare: 0.2 })).toEqual([[0, 1]]);
    expect(joinCandidates(s, idfOf(s), { ...settings, minShare: 1.01 })).toEqual([]);
  });

  // A toy meaning index: "sent" and "dispatched" share meaning 1, "team" and "delegation"
  // meaning 2; "negotiators" is near "negotiating" (3, one word's own key in the other's near).
  const keys: Record<string, { own: number[]; near: number[] }> = {
    sent: { own: [1], near: [1] }, dispatched: { own: [1], near: [1] }, team: { own: [2], near: [2] }, delegation: { own: [2], near: [2] },
    negotiators: { own: [4], near: [4, 3] }, negotiating: { own: [3], near: [3] },
  };
  const keysOf = (w: string) => ({ own: keys[w]?.own ?? [], near: new Set<string | number>(keys[w]?.near ?? []) });

  it.each([
    ['pairs two wordings sharing no word but two meanings', [['sent', 'team', 'muscat'], ['dispatched', 'delegation', 'oman'], ['budget', 'vote']], [[0, 1]]],
    ['pairs one shared word and one shared meaning', [['negotiators', 'muscat', 'land'], ['negotiating', 'muscat', 'arrive'], ['budget', 'vote']], [[0, 1]]],
    ['counts a word once however many keys of it meet', [['sent', 'pier'], ['sent', 'dispatched', 'ferry'], ['budget', 'vote']], []],
    ['leaves out one shared meaning alone', [['sent', 'pier'], ['dispatched', 'ferry'], ['budget', 'vote']], []],
  ])('with meaning keys, %s', (_name, lists, pairs) => {
    // A meaning blocks up to a quarter of maxDf statements.
    const wide = { ...settings, maxDf: 8 };
    const s = sides(...lists);
    expect(joinCandidates(s, idfOf(s), wide, keysOf)).toEqual(pairs);
    expect(joinCandidates(s, idfOf(s), wide)).toEqual([]);
  });

  it('gives sorted pairs, each once, i < j, only pairs sharing a word, and every pair of the same words', () => {
    const words = ['pier', 'storm', 'ferry', 'mayor', 'budget', 'vote'];
    const list = fc.array(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), { maxLength: 12 });
    fc.assert(
      fc.property(list, (lists) => {
        const s = sides(...lists);
        const pairs = joinCandidates(s, idfOf(s), settings);
        const keys = pairs.map(([i, j]) => i * 100 + j);
        expect(keys).toEqual([...new Set(keys)].sort((a, b) => a - b));
        for (const [i, j] of pairs) {
          expect(i).toBeLessThan(j);
          expect((s[i] as { words: string[] }).words.some((w) => (s[j] as { words: string[] }).words.includes(w))).toBe(true);
        }
        // Statements of the very same words are paired whatever else is.
        const text = s.map((x) => x.words.join(' '));
        text.forEach((t, i) => text.forEach((u, j) => i < j && t === u && expect(keys).toContain(i * 100 + j)));
      }),
      { numRuns: 80 },
    );
  });

  it('gives with the statements\' stories the pairs it gives without them that lie in one story, in the same order', () => {
    const words = ['pier', 'storm', 'ferry', 'mayor', 'budget', 'vote'];
    const statement = fc.tuple(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), fc.nat(2));
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 14 }), (list) => {
        const s = sides(...list.map(([w]) => w));
        const storyOf = Int32Array.from(list, ([, story]) => story);
        // Every word blocks and one shared word is enough: many pairs, across stories too.
        const loose = { maxDf: 100, minShare: 0, minShared: 1 };
        // "pier" and "ferry", "vote" and "budget" of one meaning: lists a statement need not be in.
        const partner: Record<string, string> = { pier: 'ferry', ferry: 'pier', vote: 'budget', budget: 'vote', storm: 'storm', mayor: 'mayor' };
        const key = (w: string): number => 100 + words.indexOf(w);
        const keysOf = (w: string) => ({ own: [key(w)], near: new Set([key(w), key(partner[w] as string)]) });
        // … and a small cap on the statements of one set of words paired (`maxDf`), taken across stories.
        for (const b of [settings, loose, { ...settings, maxDf: 2 }]) {
          for (const keys of [undefined, keysOf]) {
            const all = joinCandidates(s, idfOf(s), b, keys);
            expect(joinCandidates(s, idfOf(s), b, keys, storyOf)).toEqual(all.filter(([i, j]) => storyOf[i] === storyOf[j]));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
