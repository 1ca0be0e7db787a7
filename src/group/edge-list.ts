/** A verified pair of statements (by index) and how alike they are. */
export interface Edge {
  i: number;
  j: number;
  weight: number;
}

/**
 * Verified pairs as three growable typed arrays instead of one object per pair: at a million
 * statements there are about as many pairs, and objects would cost the garbage collector a
 * sixth of the run. Pairs are kept as given; `sortUnique` orders them by (i, j), once.
 */
export class EdgeList {
  i: Int32Array;
  j: Int32Array;
  weight: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.i = new Int32Array(capacity);
    this.j = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  static from(edges: readonly Edge[]): EdgeList {
    const list = new EdgeList(Math.max(16, edges.length));
    for (const e of edges) list.push(e.i, e.j, e.weight);
    return list;
  }

  /** Adds the pair (min, max) of `a` and `b`. */
  push(a: number, b: number, weight: number): void {
    if (this.length === this.i.length) this.grow(this.length * 2);
    const at = this.length++;
    this.i[at] = a < b ? a : b;
    this.j[at] = a < b ? b : a;
    this.weight[at] = weight;
  }

  /** Adds every pair of `other`. */
  append(other: EdgeList): void {
    if (this.length + other.length > this.i.length) this.grow(this.length + other.length);
    this.i.set(other.i.subarray(0, other.length), this.length);
    this.j.set(other.j.subarray(0, other.length), this.length);
    this.weight.set(other.weight.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  private grow(capacity: number): void {
    const [i, j, w] = [this.i, this.j, this.weight];
    this.i = new Int32Array(capacity);
    this.j = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.i.set(i.subarray(0, this.length));
    this.j.set(j.subarray(0, this.length));
    this.weight.set(w.subarray(0, this.length));
  }

  /**
   * Sorts the pairs by (i, j) and keeps one of each (the same pair may come from LSH and from
   * the prefix index, with the same weight). Indices below `n`. A counting sort by j, then a
   * stable one by i: O(E + n), no comparator calls.
   */
  sortUnique(n: number): void {
    const len = this.length;
    const count = new Int32Array(n + 1);
    const order = new Int32Array(len);
    const byJ = new Int32Array(len);
    for (let e = 0; e < len; e++) count[(this.j[e] as number) + 1] = (count[(this.j[e] as number) + 1] as number) + 1;
    for (let k = 0; k < n; k++) count[k + 1] = (count[k + 1] as number) + (count[k] as number);
    for (let e = 0; e < len; e++) {
      const b = this.j[e] as number;
      byJ[count[b] as number] = e;
      count[b] = (count[b] as number) + 1;
    }
    count.fill(0);
    for (let e = 0; e < len; e++) count[(this.i[e] as number) + 1] = (count[(this.i[e] as number) + 1] as number) + 1;
    for (let k = 0; k < n; k++) count[k + 1] = (count[k + 1] as number) + (count[k] as number);
    for (let t = 0; t < len; t++) {
      const e = byJ[t] as number;
      const a = this.i[e] as number;
      order[count[a] as number] = e;
      count[a] = (count[a] as number) + 1;
    }
    const i = new Int32Array(Math.max(16, len));
    const j = new Int32Array(Math.max(16, len));
    const w = new Float64Array(Math.max(16, len));
    let m = 0;
    for (let t = 0; t < len; t++) {
      const e = order[t] as number;
      const a = this.i[e] as number;
      const b = this.j[e] as number;
      if (m > 0 && i[m - 1] === a && j[m - 1] === b) continue;
      i[m] = a;
      j[m] = b;
      w[m] = this.weight[e] as number;
      m++;
    }
    [this.i, this.j, this.weight, this.length] = [i, j, w, m];
  }

  /**
   * The pairs of `a` and `b`, each sorted by (i, j) without repeats (as `sortUnique` leaves
   * them), as one such list: a merge, O(E), where sorting again costs two counting passes over
   * all the statements. A pair in both keeps `a`'s weight, as `sortUnique` over `a` then `b` would.
   */
  static merged(a: EdgeList, b: EdgeList): EdgeList {
    const out = new EdgeList(Math.max(16, a.length + b.length));
    let x = 0;
    let y = 0;
    while (x < a.length || y < b.length) {
      const fromA = y === b.length || (x < a.length && ((a.i[x] as number) < (b.i[y] as number) || ((a.i[x] as number) === (b.i[y] as number) && (a.j[x] as number) <= (b.j[y] as number))));
      const [list, at] = fromA ? [a, x++] : [b, y++];
      const i = list.i[at] as number;
      const j = list.j[at] as number;
      if (out.length > 0 && out.i[out.length - 1] === i && out.j[out.length - 1] === j) continue;
      out.push(i, j, list.weight[at] as number);
    }
    return out;
  }

  toEdges(): Edge[] {
    const out: Edge[] = [];
    for (let e = 0; e < this.length; e++) out.push({ i: this.i[e] as number, j: this.j[e] as number, weight: this.weight[e] as number });
    return out;
  }
}
