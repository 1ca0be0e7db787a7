import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords, createFeatureContext, featuresOf, featureTable, hashString } from '../../src/group/features';
import { containmentCandidates } from '../../src/group/prefix-index';

const ctx = createFeatureContext();
const slowFeatures = (text: string) => [...new Set(contentWords(text, ctx).map((w) => hashString(w) || 1))].sort((a, b) => a - b);

describe('features', () => {
  it.each([
    ['Officials said the ports would reopen on Monday.'],
    ['Afghanistan’s territory is not being used for hostile actions'],
    ['cross-border attacks -- in its territory\'s north'],
    ['Zürich İstanbul São Paulo: 70 percent of the TTP’s formations'],
    ['emoji 😀 outside the BMP goes the slow way'],
    ['a 30% cut, 30 per cent, 30 Per cent, 12 pct and 5 percent; per capita, 99 cents, 30 % and x%'],
    [''],
  ])('gives the same features on the fast path as hashing the content words (%s)', (text) => {
    expect(Array.from(featuresOf(text, ctx))).toEqual(slowFeatures(text));
  });

  it.each([
    ['commissions of 30%', ['commission', '30', 'percent']],
    ['a 30 per cent commission', ['30', 'percent', 'commission']],
    ['30 percent of the fee', ['30', 'percent', 'fee']],
    ['thirty pct', ['thirty', 'percent']],
    ['rates climbed 5.5%', ['rate', 'climb', '5', '5', 'percent']],
    ['99 cents a cup', ['99', 'cent', 'cup']],
    ['the percent sign %', ['percent', 'sign']],
  ])('reads a share the same however it is spelled: %s', (text, words) => {
    expect(contentWords(text, ctx)).toEqual(words);
  });

  it.each([
    ['staging', 'stage'],
    ['ground', 'ground'],
    ['tried', 'try'],
    ['trying', 'try'],
    ['used', 'use'],
    ['relations', 'relation'],
    ['data', 'data'],
    ['states', 'state'],
  ])('reads %s as %s', (word, base) => {
    expect(contentWords(word, ctx)).toEqual([base]);
  });

  it.each([['stated'], ['says'], ['denied'], ['not']])('leaves the cue %s out', (word) => {
    expect(contentWords(word, ctx)).toEqual([]);
  });

  it('reads the same words with a shared look-up of word forms as without, a form seen before or not', () => {
    const seen = new Map<string, string | null>();
    const words = fc.constantFrom('Ferries', 'ferry', 'stated', 'the', "harbour's", 'staging', '7', 'a', 'Odile', 'cross-border');
    fc.assert(fc.property(fc.array(words, { maxLength: 8 }), (list) => {
      const text = list.join(' ');
      expect(contentWords(text, ctx, seen)).toEqual(contentWords(text, ctx));
    }));
    contentWords('it was stated', ctx, seen);
    expect(seen.get('stated')).toBeNull();
  });

  it('reads every word once when the lexicon it was given reads other words through it', () => {
    const inner = createFeatureContext();
    // A caller's lexicon whose look-up runs contentWords itself (here on another text).
    const lexicon = { ...inner.lexicon, lemmas: (word: string) => (contentWords('pilots strike', inner), inner.lexicon.lemmas(word)) };
    expect(contentWords('ferries stopped at dawn', createFeatureContext(lexicon))).toEqual(contentWords('ferries stopped at dawn', ctx));
  });

  it('lays out the features of many texts in one flat table', () => {
    const texts = ['ports reopen monday', '', 'talks resume in Doha'];
    const t = featureTable(texts, ctx);
    expect(Array.from(t.offsets)).toHaveLength(4);
    texts.forEach((x, i) => expect(Array.from(t.data.subarray(t.offsets[i], t.offsets[i + 1]))).toEqual(Array.from(featuresOf(x, ctx))));
  });
});

describe('containmentCandidates', () => {
  const table = (sets: number[][]) => {
    const offsets = new Int32Array(sets.length + 1);
    sets.forEach((s, i) => (offsets[i + 1] = (offsets[i] as number) + s.length));
    return { offsets, data: Uint32Array.from(sets.flatMap((s) => [...s].sort((a, b) => a - b))) };
  };
  const sets = [[1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4], [9, 10, 11]];

  it('finds an excerpt inside a longer set once per pair', () => {
    const pairs: string[] = [];
    containmentCandidates(table(sets), { containment: 0.9, minFeatures: 3, maxDf: 10 }, (x, y) => pairs.push(`${x}-${y}`));
    expect(pairs.sort()).toEqual(['0-1', '0-2', '2-1']);
  });

  it('leaves pairs of close sizes out when asked (LSH finds those)', () => {
    const pairs: string[] = [];
    containmentCandidates(table(sets), { containment: 0.9, minFeatures: 3, maxDf: 10, minSizeRatio: 2 }, (x, y) => pairs.push(`${x}-${y}`));
    expect(pairs.sort()).toEqual(['0-1', '2-1']);
  });
});
