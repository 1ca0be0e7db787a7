import { describe, expect, it } from 'vitest';
import { overlap, verdictOf } from '../../src/group/verify';

const set = (...xs: number[]) => Uint32Array.from([...new Set(xs)].sort((a, b) => a - b));
const T = { threshold: 0.5, containment: 0.9, minContainedFeatures: 3, coreMargin: 0.15 };

describe('overlap and verdict', () => {
  it.each([
    ['identical sets are the same', set(1, 2, 3), set(1, 2, 3), 1, 'same'],
    ['disjoint sets are apart', set(1, 2, 3), set(4, 5, 6), 0, 'apart'],
    ['an excerpt wholly inside a longer set is the same by containment', set(1, 2, 3), set(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.3, 'same'],
    ['a two-word excerpt is too short to join by containment', set(1, 2), set(1, 2, 3, 4, 5, 6, 7, 8), 0.25, 'apart'],
    ['a pair just below the threshold is near', set(1, 2, 3, 4, 5, 6), set(1, 2, 3, 4, 7, 8, 9), 4 / 9, 'near'],
  ])('%s', (_name, a, b, jaccard, verdict) => {
    const o = overlap(a, b);
    expect(o.jaccard).toBeCloseTo(jaccard, 5);
    expect(verdictOf(o, T)).toBe(verdict);
  });

  it('asks two shared words to be half of all the words, at a lower threshold', () => {
    const low = { ...T, threshold: 0.4, coreMargin: 0 };
    expect(verdictOf(overlap(set(1, 2), set(1, 2, 3, 4, 5)), low)).toBe('apart');
    expect(verdictOf(overlap(set(1, 2), set(1, 2, 3, 4)), low)).toBe('same');
    expect(verdictOf(overlap(set(1, 2, 3), set(1, 2, 3, 4, 5, 6, 7)), low)).toBe('same');
  });
});
