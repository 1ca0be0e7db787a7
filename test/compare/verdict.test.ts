import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { toTerms } from '../../src/compare/terms';
import { PARAPHRASE_MODEL, paraphraseLogit, verdictFeatures, type KinTest, type VerdictFeatures } from '../../src/compare/verdict';
import { defaultWordLists } from '../../src/compare/word-lists';

const ALIKE: VerdictFeatures = { cover: 1, functionCover: 1, unmatched: 0, unmatchedNames: 0, longestGap: 0, lengthRatio: 1 };

describe('the fitted paraphrase verdict', () => {
  it('calls two fully covered sides a paraphrase', () => {
    expect(paraphraseLogit(ALIKE, PARAPHRASE_MODEL)).toBeGreaterThan(0);
  });

  it.each([
    ['half of one side and of its sentence frame uncovered', { ...ALIKE, cover: 0.45, functionCover: 0.5, unmatched: 6, longestGap: 2 }],
    ['one side adds a clause of eight content words', { ...ALIKE, cover: 0.7, unmatched: 8, longestGap: 8, lengthRatio: 0.6 }],
  ] as const)('tells apart a pair with %s', (_name, f) => {
    expect(paraphraseLogit(f, PARAPHRASE_MODEL)).toBeLessThan(0);
  });

  it('grows with cover and shrinks with the longest one-sided run', () => {
    const base = { ...ALIKE, cover: 0.7, unmatched: 4, longestGap: 2 };
    expect(paraphraseLogit({ ...base, cover: 0.8 }, PARAPHRASE_MODEL)).toBeGreaterThan(paraphraseLogit(base, PARAPHRASE_MODEL));
    expect(paraphraseLogit({ ...base, longestGap: 4 }, PARAPHRASE_MODEL)).toBeLessThan(paraphraseLogit(base, PARAPHRASE_MODEL));
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
    const withKin = verdictFeatures([], a, b, [], [stem]);
    expect(withKin.unmatched).toBe(without.unmatched - 2);
    expect(withKin.cover).toBeGreaterThan(without.cover);
  });

  it('pairs each word once, so one word cannot cover two', () => {
    const twice = toTerms('Presidential presidency ended abruptly.', words);
    expect(verdictFeatures([], a, twice, [], [stem]).unmatched).toBe(verdictFeatures([], a, twice, []).unmatched - 2);
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
});
