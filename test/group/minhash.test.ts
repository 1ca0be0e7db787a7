import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../src/group/band-keys';
import { bandCandidates } from '../../src/group/lsh';
import { BINS, bandKeysInto, createMinHasher, estimateJaccard, minHashSeeds } from '../../src/group/minhash';

/** The signature as the scheme states it: per round, the minimum hash per bin, empty bins from the next non-empty one to the right (circularly) shifted by the distance, positions interleaved by round. */
function signedAsStated(features: Uint32Array, k: number): number[] {
  const rounds = Math.ceil(k / BINS);
  const seeds = minHashSeeds(rounds);
  const bins: number[][] = [];
  for (let q = 0; q < rounds; q++) {
    const min = new Array<number>(BINS).fill(Infinity);
    for (const f of features) {
      let h = Math.imul(f ^ (seeds[q] as number), 0x85ebca6b);
      h ^= h >>> 15;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 13)) >>> 0;
      const bin = Math.floor(((h >>> 16) * BINS) / 65536);
      min[bin] = Math.min(min[bin] as number, h);
    }
    bins.push(min.map((v, b) => {
      if (v !== Infinity || min.every((x) => x === Infinity)) return v === Infinity ? 0xffffffff : v;
      let d = 1;
      while (min[(b + d) % BINS] === Infinity) d++;
      return ((min[(b + d) % BINS] as number) + Math.imul(d, 0x9e3779b1)) >>> 0;
    }));
  }
  return Array.from({ length: k }, (_, i) => bins[i % rounds]![Math.floor(i / rounds)] as number);
}

/** Pairs as banding defines them: equal keys in a band whose bucket is within the cap, reported at the first band they are equal in. */
function pairsAsDefined(keys: Uint32Array, n: number, bands: number, maxBucket: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const first = Array.from({ length: bands }, (_, b) => b).find((b) => keys[b * n + i] === keys[b * n + j]);
      if (first === undefined) continue;
      const bucket = Array.from({ length: n }, (_, x) => x).filter((x) => keys[first * n + x] === keys[first * n + i]).length;
      if (bucket <= maxBucket) out.push(`${i}-${j}`);
    }
  }
  return out;
}

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

  it('signs a set as the scheme states it, empty bins and all', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 0xffffffff }), { maxLength: 30 }), fc.constantFrom(24, 32, 96), (features, k) => {
        const set = Uint32Array.from(features).sort();
        const out = new Uint32Array(k + 3);
        createMinHasher(k).signRange(Uint32Array.of(7, ...set, 9), 1, 1 + set.length, out, 3);
        expect(Array.from(out.subarray(3))).toEqual(signedAsStated(set, k));
      }),
    );
  });

  it('reports the pairs banding defines, each once, with keys whose low bits agree where the keys do not', () => {
    // 40 bands: the first ones are compared in each set's row, the later ones in the key columns.
    const key = fc.constantFrom(1, 2, 0x101, 0x201, 0x10001, 3, 0x400001, 0x800001, 0xc00002);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2, max: 6 }), fc.array(key, { minLength: 360, maxLength: 360 }), (n, bands, maxBucket, pool) => {
        const keys = Uint32Array.from(pool.slice(0, n * bands));
        const pairs: string[] = [];
        bandCandidates(keys, n, bands, maxBucket, (i, j) => pairs.push(`${i}-${j}`));
        expect(pairs.sort()).toEqual(pairsAsDefined(keys, n, bands, maxBucket).sort());
      }),
    );
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
