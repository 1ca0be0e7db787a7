import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idfOf, idfWeight } from '../../src/group/join-features';
import { JoinTable } from '../../src/group/join-table';

// Invented content words: a small vocabulary, so that random sides share some.
const WORDS = ['pier', 'ferry', 'harbour', 'board', 'storm', 'closed', 'velmora', 'contractor', 'paid', 'million', 'council', 'deck'];
const side = fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 8 }).map((words) => ({ words: [...words].sort() }));
const sides = fc.array(side, { minLength: 2, maxLength: 7 });

describe('JoinTable', () => {
  it('gives each pair the shared words and their idf that the strings give, to the last bit', () => {
    fc.assert(
      fc.property(sides, (list) => {
        const idf = idfOf(list);
        const table = JoinTable.of(list, idf);
        list.forEach((a, i) => {
          expect(table.weight[i]).toBe(idfWeight(idf, a));
          list.forEach((b, j) => {
            const inB = new Set(b.words);
            const common = a.words.filter((w) => inB.has(w));
            expect(table.shared(i, j)).toEqual({ count: common.length, weight: common.reduce((s, w) => s + idf(w), 0) });
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['two sides of the same words', [['ferry', 'pier'], ['ferry', 'pier']], 2],
    ['two sides of no word in common', [['ferry', 'pier'], ['council', 'paid']], 0],
    ['an empty side', [[], ['council', 'paid']], 0],
  ])('counts the shared words of %s', (_name, words, count) => {
    const list = words.map((w) => ({ words: w }));
    expect(JoinTable.of(list, idfOf(list)).shared(0, 1).count).toBe(count);
  });
});
