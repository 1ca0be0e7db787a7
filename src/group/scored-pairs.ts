/** A pair the join decision was asked about, with its probability of being one statement. */
export interface ScoredPair {
  i: number;
  j: number;
  p: number;
  /** How close the two wordings are, for choosing a group's canonical (`p` when absent). */
  close?: number;
}

/**
 * Scored pairs as four parallel typed arrays (`i`, `j`, `p`, `close`), filled by `push`. The
 * join decision scores about a hundred thousand candidate pairs over PolNeAR's 924 articles and
 * keeps them all until they are clustered: as an object per pair they survived every young
 * collection of the candidate walk and were copied into the old generation; typed arrays keep
 * them off the collected heap. Only the first `length` slots are pairs; the arrays grow by
 * doubling.
 */
export class ScoredPairs implements Iterable<ScoredPair> {
  private iAt: Int32Array;
  private jAt: Int32Array;
  private pAt: Float64Array;
  private closeAt: Float64Array;
  private count = 0;

  /** Room for `capacity` pairs before the first growth (at least one; a capacity that is no count gets the default). */
  constructor(capacity = 64) {
    const size = Number.isFinite(capacity) && capacity >= 1 ? Math.floor(capacity) : 64;
    this.iAt = new Int32Array(size);
    this.jAt = new Int32Array(size);
    this.pAt = new Float64Array(size);
    this.closeAt = new Float64Array(size);
  }

  /** How many pairs were pushed: only the first `length` slots of the arrays are pairs. */
  get length(): number {
    return this.count;
  }

  /** The first statements of the pairs: the store itself, to read (pairs are added by `push` only). */
  get i(): Int32Array {
    return this.iAt;
  }

  get j(): Int32Array {
    return this.jAt;
  }

  get p(): Float64Array {
    return this.pAt;
  }

  /** `p` where no closeness was given. */
  get close(): Float64Array {
    return this.closeAt;
  }

  /** `pairs` as typed arrays, in their order. */
  static of(pairs: Iterable<ScoredPair>): ScoredPairs {
    const out = new ScoredPairs();
    for (const e of pairs) out.push(e.i, e.j, e.p, e.close);
    return out;
  }

  /** Adds the pair (`i`, `j`), statement indices, with probability `p` and closeness `close` (`p` when absent). */
  push(i: number, j: number, p: number, close: number = p): void {
    if (this.count === this.iAt.length) this.grow();
    const at = this.count++;
    this.iAt[at] = i;
    this.jAt[at] = j;
    this.pAt[at] = p;
    this.closeAt[at] = close;
  }

  /** The pairs as records, for callers reading a few (the fitting scripts). */
  *[Symbol.iterator](): IterableIterator<ScoredPair> {
    for (let k = 0; k < this.count; k++) yield { i: this.iAt[k] as number, j: this.jAt[k] as number, p: this.pAt[k] as number, close: this.closeAt[k] as number };
  }

  private grow(): void {
    const size = this.iAt.length * 2;
    this.iAt = copied(this.iAt, new Int32Array(size));
    this.jAt = copied(this.jAt, new Int32Array(size));
    this.pAt = copied(this.pAt, new Float64Array(size));
    this.closeAt = copied(this.closeAt, new Float64Array(size));
  }
}

/** `into` with `from` copied to its start. */
function copied<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
