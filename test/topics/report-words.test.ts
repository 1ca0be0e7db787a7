import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import type { Statement } from '../../src/schema/statement';
import { cosine, reportWords, tellingWords } from '../../src/topics/report-words';

const ctx = createFeatureContext();
const said = (id: string, report: string, text: string, speaker: string | null = null): Statement => ({
  id, report, start: 0, end: text.length, text, kind: 'indirect', stance: 'asserts', speaker: speaker === null ? null : { name: speaker, start: 0, end: 0, aliases: [] }, cue: null, quoted: [],
});

// Three invented reports: "harbour" in all three, "ferry" in two, the rest in one each.
const STATEMENTS = [
  said('s1', 'r10', 'the harbour ferry sails at dawn'),
  said('s2', 'r2', 'a ferry left the harbour', 'Odile Marsh'),
  said('s3', 'r3', 'the harbour froze'),
];
const rw = reportWords(STATEMENTS, ctx);
const idf = (df: number): number => Math.log(1 + 3 / df);
/** The words of report `r`, read back from their ids. */
const wordsOf = (r: number): string[] => Array.from(rw.ids[r] as Int32Array, (id) => rw.vocabulary[id] as string);
/** The idf the reports give `word`. */
const idfOf = (word: string): number | undefined => rw.idfs[rw.vocabulary.indexOf(word)];

describe('reportWords', () => {
  it('takes reports in natural id order, with the content words of their statements and speakers (a word the lexicon knows as it is stays so: "left")', () => {
    expect(rw.reports).toEqual(['r2', 'r3', 'r10']);
    expect(rw.reports.map((_, r) => wordsOf(r))).toEqual([['ferry', 'harbour', 'left', 'marsh', 'odile'], ['freeze', 'harbour'], ['dawn', 'ferry', 'harbour', 'sail']]);
  });

  it('weighs a word by its rarity over the reports', () => {
    expect(idfOf('harbour')).toBeCloseTo(idf(3));
    expect(idfOf('ferry')).toBeCloseTo(idf(2));
    expect(idfOf('dawn')).toBeCloseTo(idf(1));
  });
});

describe('cosine', () => {
  it('is the idf-weighted cosine of two reports’ words', () => {
    const [h, f, one] = [idf(3) ** 2, idf(2) ** 2, idf(1) ** 2];
    // r2 and r10 share "ferry" and "harbour"; r2 has three words of its own, r10 two.
    expect(cosine(rw, 0, 2)).toBeCloseTo((h + f) / Math.sqrt((h + f + 3 * one) * (h + f + 2 * one)));
    expect(cosine(rw, 1, 1)).toBeCloseTo(1);
  });

  it('is 0 for reports with no word in common, and the same both ways', () => {
    const other = reportWords([said('s1', 'a', 'glacier melt'), said('s2', 'b', 'orchard harvest')], ctx);
    expect(cosine(other, 0, 1)).toBe(0);
    fc.assert(fc.property(fc.nat(2), fc.nat(2), (i, j) => cosine(rw, i, j) === cosine(rw, j, i)));
  });
});

describe('tellingWords', () => {
  const cases: { name: string; members: number[]; max: number; want: string[] }[] = [
    { name: 'of several reports, only words in two or more, the rarer first', members: [0, 2], max: 5, want: ['ferry', 'harbour'] },
    { name: 'of one report, its words, the rarest first, ties alphabetical', members: [1], max: 5, want: ['freeze', 'harbour'] },
    { name: 'no more than asked for', members: [0], max: 2, want: ['left', 'marsh'] },
  ];
  for (const c of cases) it(c.name, () => expect(tellingWords(c.members, rw, c.max)).toEqual(c.want));
});
