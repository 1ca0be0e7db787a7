import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Edge } from '../../src/group/edge-list';
import { createFeatureContext } from '../../src/group/features';
import type { Statement } from '../../src/schema/statement';
import { linkReports } from '../../src/topics/report-links';
import { cosine, reportWords, type ReportWords } from '../../src/topics/report-words';

const ctx = createFeatureContext();
const said = (id: string, report: string, text: string): Statement => ({
  id, report, start: 0, end: text.length, text, kind: 'indirect', stance: 'asserts', speaker: null, cue: null, quoted: [],
});

/** What `linkReports` is to find, one `cosine` per pair: candidates share a word of at most `maxDf` reports, or all their words. */
function bruteForce(rw: ReportWords, threshold: number, maxDf: number): Edge[] {
  const df = new Map<number, number>();
  for (const list of rw.ids) for (const w of list) df.set(w, (df.get(w) ?? 0) + 1);
  const key = (r: number): string => (rw.ids[r] as Int32Array).join(' ');
  const bucketRank = rw.ids.map((list, r) => rw.ids.slice(0, r).filter((other, q) => other.length > 0 && key(q) === key(r)).length);
  const edges: Edge[] = [];
  for (let i = 0; i < rw.ids.length; i++) {
    for (let j = i + 1; j < rw.ids.length; j++) {
      const shareRare = [...(rw.ids[i] as Int32Array)].some((w) => (rw.ids[j] as Int32Array).includes(w) && (df.get(w) as number) <= maxDf);
      const same = (rw.ids[i] as Int32Array).length > 0 && key(i) === key(j) && (bucketRank[i] as number) < maxDf && (bucketRank[j] as number) < maxDf;
      const weight = cosine(rw, i, j);
      if ((shareRare || same) && weight >= threshold) edges.push({ i, j, weight });
    }
  }
  return edges;
}

// Three invented reports: r1 and r2 of the very same words, r3 with one word more.
const THREE = reportWords([said('s1', 'r1', 'harbour ferry'), said('s2', 'r2', 'the ferry harbour'), said('s3', 'r3', 'harbour ferry at dawn')], ctx);

describe('linkReports', () => {
  const cases: { name: string; threshold: number; maxDf: number; want: [number, number][] }[] = [
    { name: 'links every pair of shared words when no word is too common', threshold: 0.1, maxDf: 3, want: [[0, 1], [0, 2], [1, 2]] },
    { name: 'drops a pair sharing only words too common to look pairs up, but keeps reports of the very same words', threshold: 0.1, maxDf: 2, want: [[0, 1]] },
    { name: 'pairs no more reports of one word set than maxDf', threshold: 0.1, maxDf: 1, want: [] },
    { name: 'drops a pair below the threshold (r1 ~ r3 is 2/√12 ≈ 0.58)', threshold: 0.6, maxDf: 3, want: [[0, 1]] },
  ];
  for (const c of cases) {
    it(c.name, () => expect(linkReports(THREE, c.threshold, c.maxDf).map((e) => [e.i, e.j])).toEqual(c.want));
  }

  it('weighs a link by the cosine of its reports', () => {
    const [, second] = linkReports(THREE, 0.1, 3);
    expect(second?.weight).toBeCloseTo(2 / Math.sqrt(12));
  });

  it('finds the very pairs and weights of one cosine per candidate pair, in (i, j) order', () => {
    const word = fc.constantFrom('harbour', 'ferry', 'dawn', 'glacier', 'orchard', 'quota', 'herring', 'bridge', 'girder');
    const statement = fc.record({ report: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6'), words: fc.array(word, { maxLength: 5 }) });
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, 0.1, 0.5), (list, maxDf, threshold) => {
      const rw = reportWords(list.map((s, k) => said(`s${k + 1}`, s.report, s.words.join(' '))), ctx);
      expect(linkReports(rw, threshold, maxDf)).toEqual(bruteForce(rw, threshold, maxDf));
    }));
  });
});
