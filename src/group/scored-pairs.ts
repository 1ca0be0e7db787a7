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
  i: Int32Array;
  j: Int32Array;
  p: Float64Array;
  /** `p` where no closeness was given. */
  close: Float64Array;
  length = 0;

  constructor(capacity = 64) {
    const size = Math.max(1, capacity);
    this.i = new Int32Array(size);
    this.j = new Int32Array(size);
    this.p = new Float64Array(size);
    this.close = new Float64Array(size);
  }

  /** `pairs` as typed arrays, in their order. */
  static of(pairs: Iterable<ScoredPair>): ScoredPairs {
    const out = new ScoredPairs();
    for (const e of pairs) out.push(e.i, e.j, e.p, e.close);
    return out;
  }

  /** Adds the pair (`i`, `j`), statement indices, with probability `p` and closeness `close` (`p` when absent). */
  push(i: number, j: number, p: number, close: number = p): void {
    if (this.length === this.i.length) this.grow();
    const at = this.length++;
    this.i[at] = i;
    this.j[at] = j;
    this.p[at] = p;
    this.close[at] = close;
  }

  /** The pairs as records, for callers reading a few (the fitting scripts). */
  *[Symbol.iterator](): IterableIterator<ScoredPair> {
    for (let k = 0; k < this.length; k++) yield { i: this.i[k] as number, j: this.j[k] as number, p: this.p[k] as number, close: this.close[k] as number };
  }

  private grow(): void {
    const size = this.i.length * 2;
    this.i = copied(this.i, new Int32Array(size));
    this.j = copied(this.j, new Int32Array(size));
    this.p = copied(this.p, new Float64Array(size));
    this.close = copied(this.close, new Float64Array(size));
  }
}

/** `into` with `from` copied to its start. */
function copied<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
