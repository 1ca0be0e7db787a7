import { mix32 } from './features';

/**
 * MinHash over typed arrays with a fixed seed: the same features give the same signature in
 * every process, so signatures (and the band keys made from them) can be computed by workers
 * or saved and compared later.
 *
 * Each of the `k` hash functions is `xorshift(imul(feature ^ seed_i, C))`: one xor, one 32-bit
 * multiplication and one shift per feature and function. Features are already well-mixed 32-bit
 * hashes, so this bijection is enough to order them independently per function; all in 32-bit
 * integer arithmetic (no precision is lost, unlike `(a·x + b) mod p` computed in doubles past
 * 2^53). The loop runs function by function so each minimum stays in a register.
 */
export interface MinHasher {
  readonly k: number;
  /** Writes the signature of `features` into `out[offset … offset + k)`. */
  signInto(features: Uint32Array, out: Uint32Array, offset: number): void;
  /** The same for the set `data[from … to)`, without a view per set. */
  signRange(data: Uint32Array, from: number, to: number, out: Uint32Array, offset: number): void;
  sign(features: Uint32Array): Uint32Array;
}

/** The seeds of the hash functions: splitmix32 from a fixed start, so they never change. */
export function minHashSeeds(k: number, seed = 0x5eed1e55): Uint32Array {
  const seeds = new Uint32Array(k);
  let s = seed >>> 0;
  for (let i = 0; i < k; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(s);
  }
  return seeds;
}

export function createMinHasher(k: number, seed?: number): MinHasher {
  const seeds = minHashSeeds(k, seed);
  const signRange = (data: Uint32Array, from: number, to: number, out: Uint32Array, offset: number): void => {
    for (let i = 0; i < k; i++) {
      const seed = seeds[i] as number;
      let min = 0xffffffff;
      for (let t = from; t < to; t++) {
        let h = Math.imul((data[t] as number) ^ seed, 0x85ebca6b);
        h = (h ^ (h >>> 15)) >>> 0;
        if (h < min) min = h;
      }
      out[offset + i] = min;
    }
  };
  const signInto = (features: Uint32Array, out: Uint32Array, offset: number): void => signRange(features, 0, features.length, out, offset);
  return {
    k,
    signInto,
    signRange,
    sign(features) {
      const out = new Uint32Array(k);
      signInto(features, out, 0);
      return out;
    },
  };
}

/** Share of equal positions of two signatures: an unbiased estimate of their Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/**
 * Band keys: one 32-bit hash per band of `rows` signature values. Written to `out[offset … + bands)`.
 * Two statements are LSH candidates when any band key is equal.
 */
export function bandKeysInto(signature: Uint32Array, sigOffset: number, bands: number, rows: number, out: Uint32Array, offset: number): void {
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x27d4eb2f);
    for (let r = 0; r < rows; r++) {
      h = Math.imul(h ^ (signature[sigOffset + b * rows + r] as number), 0x01000193);
      h ^= h >>> 15;
    }
    out[offset + b] = mix32(h);
  }
}
