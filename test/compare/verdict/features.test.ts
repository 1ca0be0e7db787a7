import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import type { Draft } from '../../../src/compare/align/draft';
import type { TermPair } from '../../../src/compare/terms/matching';
import { toTerms, weight, type Term } from '../../../src/compare/terms/terms';
import { verdictFeatures, type KinTest } from '../../../src/compare/verdict/features';
import { PARAPHRASE_MODEL, paraphraseLogit, type VerdictFeatures } from '../../../src/compare/verdict/model';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const ALIKE: VerdictFeatures = {
  cover: 1, functionCover: 1, unmatched: 0, unmatchedNames: 0, longestGap: 0, lengthRatio: 1,
  editSimilarity: 1, keptPhrasing: 1, unmatchedReporting: 0, leadingGap: 0, nameSwap: 0,
};

describe('the fitted paraphrase verdict', () => {
  it('calls two fully covered sides a paraphrase', () => {
    expect(paraphraseLogit(ALIKE, PARAPHRASE_MODEL)).toBeGreaterThan(0);
  });

  it.each([
    ['half of one side and of its sentence frame uncovered, in runs of three', { ...ALIKE, cover: 0.45, functionCover: 0.5, unmatched: 6, longestGap: 3, editSimilarity: 0.4, keptPhrasing: 0.2 }],
    ['one side adds a clause of eight content words', { ...ALIKE, cover: 0.7, unmatched: 8, longestGap: 8, lengthRatio: 0.6, editSimilarity: 0.6 }],
  ] as const)('tells apart a pair with %s', (_name, f) => {
    expect(paraphraseLogit(f, PARAPHRASE_MODEL)).toBeLessThan(0);
  });

  const base: VerdictFeatures = { ...ALIKE, cover: 0.7, unmatched: 4, longestGap: 2, editSimilarity: 0.6, keptPhrasing: 0.5 };
  it.each([
    ['more cover', { cover: 0.8 }],
    ['more of the wording kept in order', { editSimilarity: 0.8 }],
    ['a reporting verb on one side only', { unmatchedReporting: 1 }],
  ] as const)('grows with %s', (_name, change) => {
    expect(paraphraseLogit({ ...base, ...change }, PARAPHRASE_MODEL)).toBeGreaterThan(paraphraseLogit(base, PARAPHRASE_MODEL));
  });

  it.each([
    ['a longer one-sided run', { longestGap: 4 }],
    ['different openings on both sides', { leadingGap: 2 }],
    ['one name set against another', { nameSwap: 1 }],
  ] as const)('shrinks with %s', (_name, change) => {
    expect(paraphraseLogit({ ...base, ...change }, PARAPHRASE_MODEL)).toBeLessThan(paraphraseLogit(base, PARAPHRASE_MODEL));
  });
});

describe('verdictFeatures with kin tests', () => {
  const words = defaultWordLists();
  const a = toTerms('The presidency ended abruptly.', words);
  const b = toTerms('Presidential rule ended abruptly.', words);
  // Only the two stem-sharing words, so the counts below isolate them.
  const stem: KinTest = (x, y) => x.key !== y.key && x.key.slice(0, 5) === y.key.slice(0, 5);

  it('counts a content word paired by a kin test as covered', () => {
    const without = verdictFeatures([], a, b, []);
    const withKin = verdictFeatures([], a, b, [], { kin: [stem] });
    expect(withKin.unmatched).toBe(without.unmatched - 2);
    expect(withKin.cover).toBeGreaterThan(without.cover);
  });

  it('pairs each word once, so one word cannot cover two', () => {
    const twice = toTerms('Presidential presidency ended abruptly.', words);
    expect(verdictFeatures([], a, twice, [], { kin: [stem] }).unmatched).toBe(verdictFeatures([], a, twice, []).unmatched - 2);
  });
});

describe('verdictFeatures on the wording kept', () => {
  const words = defaultWordLists();
  const features = (a: string, b: string, reporting?: (t: Term) => boolean): VerdictFeatures => {
    const ta = toTerms(a, words);
    const tb = toTerms(b, words);
    // Identical keys paired in any order stand in for the order-free pairing of judgePair.
    const used = new Set<number>();
    const loose: TermPair[] = [];
    ta.forEach((x, i) => {
      if (x.kind === 'punct') return;
      const j = tb.findIndex((y, j) => !used.has(j) && y.key === x.key);
      if (j < 0) return;
      used.add(j);
      loose.push({ x: i, y: j, rel: { label: 'match', reason: 'identical', strength: 1 } });
    });
    return verdictFeatures([], ta, tb, loose, reporting === undefined ? {} : { reporting });
  };

  it.each([
    ['the same words', 'The mayor opened the new bridge.', 'The mayor opened the new bridge.', 1],
    ['a word replaced', 'The mayor opened the new bridge.', 'The mayor closed the new bridge.', 5 / 6],
    ['a word added', 'The mayor opened the new bridge.', 'The mayor opened the new bridge today.', 6 / 7],
  ] as const)('reads the edit similarity of %s as %d', (_name, a, b, expected) => {
    expect(features(a, b).editSimilarity).toBeCloseTo(expected, 6);
  });

  it('counts the same words in another order as edited, though all are covered', () => {
    const f = features('The mayor opened the new bridge on Friday.', 'On Friday the new bridge was opened by the mayor.');
    expect(f.editSimilarity).toBeLessThan(0.5);
    expect(f.unmatched).toBe(0);
  });

  it.each([
    ['a sentence copied into a longer one', 'Farmers in the valley planted early wheat.', 'Farmers in the valley planted early wheat and sold it at the market.', 1],
    ['two sentences sharing words but no run of four', 'Farmers planted wheat early in the valley.', 'In the valley, wheat was planted early by farmers.', 0],
  ] as const)('reads the kept phrasing of %s as %d', (_name, a, b, expected) => {
    expect(features(a, b).keptPhrasing).toBe(expected);
  });

  it('counts a reporting verb without a counterpart apart from the claim', () => {
    const reporting = (t: Term): boolean => t.key === 'said';
    const f = features('The bridge will open in May.', 'The mayor said the bridge will open in May.', reporting);
    expect(f.unmatchedReporting).toBe(1);
    expect(features('The bridge will open in May.', 'The mayor said the bridge will open in May.').unmatchedReporting).toBe(0);
  });

  it('sets aside the words of an attribution frame that found no counterpart', () => {
    const reporting = (t: Term): boolean => t.key === 'said';
    const framed = features('The bridge will open in May.', 'The bridge will open in May, the mayor said.', reporting);
    expect(framed).toMatchObject({ cover: 1, unmatched: 0, unmatchedReporting: 0, longestGap: 0 });
    expect(features('The bridge will open in May.', 'The bridge will open in May, the mayor said.').unmatched).toBe(2);
  });

  it('counts the unmatched opening only when both sides open differently', () => {
    expect(features('Late on Friday, the mayor opened the bridge.', 'The mayor opened the bridge.').leadingGap).toBe(0);
    expect(features('Cheering crowds watched the mayor open the bridge.', 'Police officers watched the mayor open the bridge.').leadingGap).toBe(2);
  });

  it('marks a segment that sets one name against another', () => {
    const a = toTerms('Smith won the race.', words);
    const b = toTerms('Jones won the race.', words);
    const swap: Draft = { label: 'contradict', a: [0, 1], b: [0, 1], reasons: new Set(['entity']) };
    const rest: Draft = { label: 'match', a: [1, a.length], b: [1, b.length], reasons: new Set(['identical']) };
    expect(verdictFeatures([swap, rest], a, b, null).nameSwap).toBe(1);
    expect(verdictFeatures([rest], a, b, null).nameSwap).toBe(0);
  });
});

describe('diffClaims with the fitted verdict', () => {
  it.each([
    ['The council approved the budget on Monday.', 'On Monday the council approved the budget.', 'paraphrase'],
    ['The council approved the budget.', 'The council approved the budget after a long debate about roads, schools and water pipes in the northern districts.', 'differ'],
  ] as const)('reads %j ~ %j as %s', (a, b, relation) => {
    expect(diffClaims(a, b).relation).toBe(relation);
  });

  it('keeps the plain share rule when a paraphrase threshold is given', () => {
    const a = 'The council approved the budget.';
    const b = 'The council approved the budget after a long debate about roads, schools and water pipes in the northern districts.';
    expect(diffClaims(a, b, { paraphraseThreshold: 0.1 }).relation).toBe('paraphrase');
  });

  it('reads the attribution frame through the assertVerbs word list', () => {
    // "a spokesman confirmed" read as a frame weighs less against a paraphrase than as a claim.
    const a = 'The company will cut 200 jobs';
    const b = 'The company will cut 200 jobs, a spokesman confirmed on Friday';
    const framed = diffClaims(a, b);
    const plain = diffClaims(a, b, { wordLists: { ...defaultWordLists(), assertVerbs: new Set() } });
    expect(framed.relation).toBe('paraphrase');
    expect(plain.confidence).toBeLessThan(framed.confidence as number);
  });
});

describe('the weight of a term in the verdict', () => {
  const words = defaultWordLists();
  it.each<[string, string, number]>([
    ['The man was reportedly armed', 'reportedly', 0.2],
    ['The man was reportedly armed', 'was', 0.2],
    ['The man was reportedly armed', 'armed', 1],
    ['Turnout was 70%', '#70%', 1.5],
  ])('in %j weighs %j at %f: hedges and function words frame the claim, content carries it', (text, key, w) => {
    expect(weight(toTerms(text, words).find((t) => t.key === key) as Term)).toBe(w);
  });
});

describe('verdictFeatures editSimilarity', () => {
  const words = defaultWordLists();
  // With no segments and no order-free pairing, two words are the same only by key: the share
  // is one less the word-level edit distance over the longer side (counted by hand).
  it.each([
    ['the same wording', 'prices rose sharply', 'prices rose sharply', 1],
    ['one word replaced of three', 'prices rose sharply', 'prices fell sharply', 1 - 1 / 3],
    ['two words cut of five', 'the port reopened at dawn', 'the port reopened', 0.6],
    ['four words in reverse order', 'ferry quay levy toll', 'toll levy quay ferry', 0],
    ['one word moved from the front to the end', 'ferry quay levy toll pump', 'quay levy toll pump ferry', 0.6],
  ])('%s', (_name, a, b, expected) => {
    expect(verdictFeatures([], toTerms(a, words), toTerms(b, words), []).editSimilarity).toBeCloseTo(expected, 12);
  });
});
