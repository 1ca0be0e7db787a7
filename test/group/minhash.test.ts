import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../src/group/band-keys';
import { bandCandidates } from '../../src/group/lsh';
import { bandKeysInto, createMinHasher, estimateJaccard, minHashSeeds } from '../../src/group/minhash';

const range = (lo: number, hi: number) => Uint32Array.from({ length: hi - lo }, (_, i) => (lo + i) * 2654435761 >>> 0).sort();

describe('minhash', () => {
  it('gives the same seeds and signatures in every run', () => {
    expect(Array.from(minHashSeeds(4))).toEqual(Array.from(minHashSeeds(4)));
    expect(Array.from(createMinHasher(32).sign(range(0, 20)))).toEqual(Array.from(createMinHasher(32).sign(range(0, 20))));
  });

  it.each([
    [range(0, 100), range(0, 100), 1],
    [range(0, 100), range(50, 150), 50 / 150],
    [range(0, 100), range(100, 200), 0],
  ])('estimates the Jaccard similarity within 0.1 (case %#)', (a, b, jaccard) => {
    const h = createMinHasher(256);
    expect(Math.abs(estimateJaccard(h.sign(a), h.sign(b)) - jaccard)).toBeLessThan(0.1);
  });

  it('reports each candidate pair once, and not pairs that share no band', () => {
    const h = createMinHasher(32);
    const sets = [range(0, 30), range(0, 30), range(1, 30), range(500, 530)];
    const keys = new Uint32Array(sets.length * 8);
    sets.forEach((s, i) => bandKeysInto(h.sign(s), 0, 8, 4, keys, i, sets.length));
    const pairs: string[] = [];
    bandCandidates(keys, sets.length, 8, 100, (i, j) => pairs.push(`${i}-${j}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain('0-1');
    expect(pairs.some((p) => p.includes('3'))).toBe(false);
  });

  it('finds the same pairs, each once, when the bands are split between two calls', () => {
    const h = createMinHasher(24);
    const sets = Array.from({ length: 40 }, (_, k) => range(k % 7, (k % 7) + 12 + (k % 3)));
    const keys = new Uint32Array(sets.length * 12);
    sets.forEach((s, i) => bandKeysInto(h.sign(s), 0, 12, 2, keys, i, sets.length));
    const whole: string[] = [];
    bandCandidates(keys, sets.length, 12, 100, (i, j) => whole.push(`${i}-${j}`));
    const split: string[] = [];
    bandCandidates(keys, sets.length, 12, 100, (i, j) => split.push(`${i}-${j}`), 0, 5);
    bandCandidates(keys, sets.length, 12, 100, (i, j) => split.push(`${i}-${j}`), 5, 12);
    expect(new Set(whole).size).toBe(whole.length);
    expect(split.sort()).toEqual(whole.sort());
  });

  it.each([
    [{ hashes: 96, bands: undefined }, 10, 48],
    [{ hashes: 96, bands: undefined }, 100_000, 32],
    [{ hashes: 96, bands: 24 }, 10, 24],
  ])('uses 2-row bands for small inputs and 3-row bands for large ones (%o, %d statements)', (s, n, bands) => {
    expect(bandsFor(s, n)).toBe(bands);
  });

  it('skips a bucket larger than maxBucket and says how many statements were in it', () => {
    const keys = new Uint32Array(5).fill(7);
    const pairs: number[] = [];
    const r = bandCandidates(keys, 5, 1, 3, (i) => pairs.push(i));
    expect(pairs).toEqual([]);
    expect(r).toEqual({ skippedBuckets: 1, skippedStatements: 5 });
  });
});
