import { describe, expect, it } from 'vitest';
import { chooseThreshold, jaccard, negationBaseline, overlapBaseline, wordSet } from '../../eval/baselines';

describe('wordSet', () => {
  it.each([
    { text: 'The Cat, the cat!', words: ['the', 'cat'] },
    { text: 'It isn’t here', words: ['it', "isn't", 'here'] },
    { text: 'he did n\'t go', words: ['he', 'did', "n't", 'go'] },
    { text: '', words: [] },
  ])('reads "$text" as $words', ({ text, words }) => {
    expect([...wordSet(text)]).toEqual(words);
  });
});

describe('jaccard', () => {
  it.each([
    { a: ['x', 'y'], b: ['y', 'z'], expected: 1 / 3 },
    { a: ['x'], b: ['x'], expected: 1 },
    { a: ['x'], b: ['z'], expected: 0 },
    { a: [], b: [], expected: 1 },
  ])('is $expected for $a and $b', ({ a, b, expected }) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
  });
});

describe('overlapBaseline', () => {
  it.each([
    { a: 'the bridge reopens', b: 'the bridge reopens today', relation: 'paraphrase' },
    { a: 'the bridge reopens', b: 'a storm hit the coast', relation: 'differ' },
  ])('calls "$a" ~ "$b" $relation at threshold 0.5', ({ a, b, relation }) => {
    expect(overlapBaseline(0.5)(a, b).relation).toBe(relation);
  });
});

describe('negationBaseline', () => {
  it.each([
    { a: 'the bridge is open', b: 'the bridge is not open', relation: 'contradict' },
    { a: 'nobody is swimming', b: 'a boy is swimming', relation: 'contradict' },
    { a: 'the bridge is not open', b: 'the bridge isn\'t open', relation: 'paraphrase' },
    { a: 'the bridge is open', b: 'the bridge is open today', relation: 'paraphrase' },
  ])('calls "$a" ~ "$b" $relation', ({ a, b, relation }) => {
    expect(negationBaseline(0.5)(a, b).relation).toBe(relation);
  });
});

describe('chooseThreshold', () => {
  it.each([
    { name: 'a clean split, midway between the classes', scores: [0.9, 0.8, 0.3, 0.2], gold: [true, true, false, false], objective: 'accuracy' as const, threshold: 0.55 },
    { name: 'no positives, above every score', scores: [0.4, 0.2], gold: [false, false], objective: 'accuracy' as const, threshold: 0.4 + 1e-9 },
    { name: 'F1, which takes in one noisy negative', scores: [0.9, 0.7, 0.6, 0.1], gold: [true, false, true, false], objective: 'f1' as const, threshold: 0.35 },
  ])('finds $threshold for $name', ({ scores, gold, objective, threshold }) => {
    expect(chooseThreshold(scores, gold, objective)).toBeCloseTo(threshold, 10);
  });
});
