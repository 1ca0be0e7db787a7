import fc from 'fast-check';
import { restates } from '../../src/compare/pair-core';
import { describe, expect, it } from 'vitest';
import { createFeatureContext, featureTable } from '../../src/group/features';
import { idfOf, joinFeatures, joinSide } from '../../src/group/join-features';
import { JOIN_MODEL, joinProbability } from '../../src/group/join-model';
import { idfOfFrequencies, NEAR_BAND, nearRows, textsJoined, wordFrequencies } from '../../src/group/near-join';

const ctx = createFeatureContext();
const ones = (n: number): Int32Array => new Int32Array(n).fill(1);
const idfOver = (texts: readonly string[]) => idfOfFrequencies(wordFrequencies(featureTable(texts, ctx), ones(texts.length)));

/** Invented: statements of one harbour town, some of them one statement in other words. */
const TOWN = [
  'the harbour board will close the eastern pier to fishing boats on Friday for repairs',
  'the harbour board will shut the eastern pier to fishing boats on Friday for repairs',
  'the mayor praised the new library',
  'the new library lost its funding',
  'prices of bread rose sharply in the capital this week',
  'bread got much more expensive in the capital',
  'the police arrested four men near the border',
  'four men were detained by police close to the border',
  'the ferry timetable changes in autumn',
  'a storm closed the ferry road',
];
const idf = idfOver(TOWN);

describe('wordFrequencies', () => {
  it('counts a word once a statement, and a folded set for every statement it stands for', () => {
    // Set 0 stands for three statements, set 1 for one: "ferry" is in 3, "pier" in 4, "harbour" in 1.
    const f = wordFrequencies(featureTable(['ferry ferry pier', 'pier harbour'], ctx), new Int32Array([3, 1]));
    const read = idfOfFrequencies(f);
    expect(f.n).toBe(4);
    expect(read('ferry')).toBeCloseTo(Math.log(1 + 4 / 3));
    expect(read('pier')).toBeCloseTo(Math.log(1 + 4 / 4));
    expect(read('harbour')).toBeCloseTo(Math.log(1 + 4 / 1));
  });

  it('counts a word it has not seen as the rarest', () => {
    expect(idfOver(['ferry pier', 'pier harbour'])('lighthouse')).toBeCloseTo(Math.log(1 + 2));
  });

  it('grows past its first slots and keeps every count', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `zq${i}x zq${i}x common`);
    const read = idfOver(texts);
    expect(read('zq0x')).toBeCloseTo(Math.log(1 + 3000));
    expect(read('zq2999x')).toBeCloseTo(Math.log(1 + 3000));
    expect(read('common')).toBeCloseTo(Math.log(2));
  });

  it('puts its table in shared memory when asked, for worker threads', () => {
    const f = wordFrequencies(featureTable(['ferry pier'], ctx), ones(1), true);
    expect(f.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(f.counts.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives the idf the join decision reads over the same statements (idfOf)', () => {
    const words = ['ferry', 'pier', 'harbour', 'storm', 'mayor', 'library', 'bread', 'border', 'police', 'timetable'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), (statements) => {
        const texts = statements.map((w) => w.join(' '));
        const expected = idfOf(texts.map((t) => joinSide(t, false, {}, ctx)));
        const read = idfOver(texts);
        for (const w of words) expect(read(w)).toBeCloseTo(expected(w));
      }),
      { numRuns: 50 },
    );
  });
});

describe('wordFrequencies of some rows (nearRows)', () => {
  it('names the sets of the pairs, each once', () => {
    expect([...nearRows({ i: Int32Array.of(0, 0, 4), j: Int32Array.of(2, 3, 2), length: 3 })].sort()).toEqual([0, 2, 3, 4]);
  });

  it('counts the words of the rows asked as the whole table does, and no other word', () => {
    const words = ['ferry', 'pier', 'harbour', 'storm', 'mayor', 'library', 'bread', 'border', 'police', 'timetable'];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat(11), { maxLength: 4 }),
        (statements, weight, picked) => {
          const texts = statements.map((w) => w.join(' '));
          const table = featureTable(texts, ctx);
          const counts = Int32Array.from(texts, (_, r) => weight[r] as number);
          const rows = picked.filter((r) => r < texts.length);
          const all = idfOfFrequencies(wordFrequencies(table, counts));
          const some = wordFrequencies(table, counts, false, rows);
          const read = idfOfFrequencies(some);
          const asked = new Set(rows.flatMap((r) => (statements[r] as string[])));
          for (const w of words) {
            if (asked.has(w)) expect(read(w)).toBe(all(w));
            // A word of no row asked is not counted: it reads as the rarest.
            else expect(read(w)).toBe(Math.log(1 + some.n));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('textsJoined', () => {
  it.each([
    ['joins one statement with a word swapped for one of the same meaning', 0, 1, 1],
    ['joins one statement turned into the passive, with other words', 6, 7, 1],
    ['keeps apart two statements about one library', 2, 3, 0],
    // The decision alone would join this pair (see the next test): inside NEAR_BAND the pairwise core decides, and finds no restatement.
    ['asks the pairwise core where the decision is unsure, and keeps apart what the core does not join', 4, 5, 0],
  ])('%s', (_name, x, y, joined) => {
    expect(Array.from(textsJoined([TOWN[x] as string], [TOWN[y] as string], idf, ctx, {}))).toEqual([joined]);
  });

  it('asks the pairwise core only inside the band: the unsure pair above lies in it', () => {
    const p = joinProbability(joinFeatures(joinSide(TOWN[4] as string, false, {}, ctx), joinSide(TOWN[5] as string, false, {}, ctx), idf, ctx));
    expect(p).toBeGreaterThanOrEqual(Math.max(NEAR_BAND.apart, JOIN_MODEL.cut));
    expect(p).toBeLessThan(NEAR_BAND.join);
  });

  it('gives each pair the same answer in any slice of the pairs', () => {
    const pairs = TOWN.flatMap((a, i) => TOWN.slice(i + 1).map((b): [string, string] => [a, b]));
    const whole = Array.from(textsJoined(pairs.map((p) => p[0]), pairs.map((p) => p[1]), idf, ctx, {}));
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(pairs.length), { maxLength: 6 }), (cuts) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), pairs.length];
        const answers: number[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const slice = pairs.slice(bounds[k], bounds[k + 1]);
          answers.push(...textsJoined(slice.map((p) => p[0]), slice.map((p) => p[1]), idf, ctx, {}));
        }
        expect(answers).toEqual(whole);
      }),
      { numRuns: 10 },
    );
  });

  it('answers every pair as the full join features and the pairwise core do: the floor settles only what they join anyway', () => {
    const words = TOWN.flatMap((t) => t.split(' ')).filter((w, i, all) => all.indexOf(w) === i);
    // A wording and another with a few of its words swapped, as near pairs are.
    const edited = fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 10 }), fc.array(fc.tuple(fc.nat(9), fc.constantFrom(...words)), { maxLength: 3 }))
      .map(([w, swaps]): [string, string] => {
        const other = [...w];
        for (const [at, word] of swaps) other[at % other.length] = word;
        return [w.join(' '), other.join(' ')];
      });
    fc.assert(
      fc.property(fc.array(edited, { minLength: 1, maxLength: 4 }), (pairs) => {
        const expected = pairs.map(([x, y]) => {
          const p = joinProbability(joinFeatures(joinSide(x, false, {}, ctx), joinSide(y, false, {}, ctx), idf, ctx));
          return p >= NEAR_BAND.join || (p >= NEAR_BAND.apart && restates(x, y, { lexicon: ctx.lexicon })) ? 1 : 0;
        });
        expect(Array.from(textsJoined(pairs.map((p) => p[0]), pairs.map((p) => p[1]), idf, ctx, {}))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
