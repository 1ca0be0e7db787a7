import { EdgeList, type Edge } from './edge-list';

export interface Cluster {
  /** Index of the canonical statement: the centre the others were verified against. */
  canonical: number;
  /** Indices, ascending; the canonical among them. */
  members: number[];
}

/**
 * Clusters verified pairs without chaining: a statement joins a cluster only when it was
 * verified against the cluster's canonical statement, so A ~ B ~ C never puts A with C
 * unless A ~ C too.
 *
 * Greedy centres: the statement with the largest total weight to statements not yet placed
 * (`weight · multiplicity` of each neighbour, plus its own multiplicity − 1: a wording repeated
 * by many reports is central) becomes a canonical and takes its unplaced neighbours, except one
 * whose strongest link is to an unplaced statement the canonical is not linked to; the totals of their neighbours drop,
 * and the next centre is taken. Ties go to the lower index. A statement left alone at the end
 * joins the cluster of the canonical it is most strongly linked to.
 *
 * O((n + E) log n) time with a binary heap, O(n + E) memory. Input order does not matter: the
 * result depends only on the set of edges and the indices (callers give indices in a canonical
 * order, e.g. sorted by id), and clusters come out sorted by their smallest member.
 *
 * @param multiplicity how many statements each index stands for (exact duplicates folded in)
 */
export function clusterEdges(n: number, edges: readonly Edge[], multiplicity?: ArrayLike<number>): Cluster[] {
  const list = EdgeList.from(edges);
  list.sortUnique(n);
  return clustersOf(clusterCentres(n, list, multiplicity));
}

/** The clusters of a centre array (see `clusterCentres`), sorted by their smallest member. O(n). */
export function clustersOf(centre: Int32Array): Cluster[] {
  const byCentre = new Map<number, Cluster>();
  const clusters: Cluster[] = [];
  for (let i = 0; i < centre.length; i++) {
    const c = centre[i] as number;
    let cluster = byCentre.get(c);
    if (!cluster) {
      cluster = { canonical: c, members: [] };
      byCentre.set(c, cluster);
      clusters.push(cluster);
    }
    cluster.members.push(i);
  }
  return clusters;
}

/**
 * `clusterEdges` over typed arrays: the centre (canonical) of each index, itself when alone.
 * Same algorithm, cost and order guarantees; no object per pair or per cluster.
 *
 * @param edges pairs sorted by (i, j), each once (see `EdgeList.sortUnique`)
 */
export function clusterCentres(n: number, edges: EdgeList, multiplicity?: ArrayLike<number>): Int32Array {
  const mult = (i: number): number => (multiplicity ? (multiplicity[i] as number) : 1);
  const E = edges.length;
  const ei = edges.i;
  const ej = edges.j;
  const ew = edges.weight;
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < E; e++) {
    degree[(ei[e] as number) + 1] = (degree[(ei[e] as number) + 1] as number) + 1;
    degree[(ej[e] as number) + 1] = (degree[(ej[e] as number) + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) degree[i + 1] = (degree[i + 1] as number) + (degree[i] as number);
  const next = degree.slice(0, n);
  const adj = new Int32Array(2 * E);
  const adjWeight = new Float64Array(2 * E);
  for (let e = 0; e < E; e++) {
    const a = ei[e] as number;
    const b = ej[e] as number;
    const w = ew[e] as number;
    adj[next[a] as number] = b;
    adjWeight[next[a] as number] = w;
    next[a] = (next[a] as number) + 1;
    adj[next[b] as number] = a;
    adjWeight[next[b] as number] = w;
    next[b] = (next[b] as number) + 1;
  }
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = mult(i) - 1;
    for (let p = degree[i] as number; p < (degree[i + 1] as number); p++) s += (adjWeight[p] as number) * mult(adj[p] as number);
    score[i] = s;
  }
  // Each statement's strongest link: a centre takes a neighbour only if it is that neighbour's
  // strongest link (or the other end is already placed), so a weak link does not steal it.
  const bestWeight = new Float64Array(n);
  const bestNeighbour = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let p = degree[i] as number; p < (degree[i + 1] as number); p++) {
      const w = adjWeight[p] as number;
      const o = adj[p] as number;
      if (w > (bestWeight[i] as number) || (w === bestWeight[i] && o < (bestNeighbour[i] as number))) {
        bestWeight[i] = w;
        bestNeighbour[i] = o;
      }
    }
  }
  const placed = new Uint8Array(n);
  const centre = new Int32Array(n);
  for (let i = 0; i < n; i++) centre[i] = i;
  const isCentre = new Uint8Array(n);
  const heap = new MaxHeap();
  for (let i = 0; i < n; i++) if ((degree[i + 1] as number) > (degree[i] as number)) heap.push(i, score[i] as number);
  const lower = (i: number, by: number): void => {
    score[i] = (score[i] as number) - by;
    heap.push(i, score[i] as number);
  };
  const nearCentre = new Int32Array(n).fill(-1);
  const members: number[] = [];
  while (heap.size > 0) {
    const c = heap.topItem;
    const s = heap.pop();
    if (placed[c] || s !== score[c]) continue;
    members.length = 0;
    members.push(c);
    placed[c] = 1;
    for (let p = degree[c] as number; p < (degree[c + 1] as number); p++) nearCentre[adj[p] as number] = c;
    for (let p = degree[c] as number; p < (degree[c + 1] as number); p++) {
      const m = adj[p] as number;
      if (placed[m]) continue;
      const best = bestNeighbour[m] as number;
      // Its strongest link goes to a statement this centre does not reach: leave it for that one.
      if ((adjWeight[p] as number) < (bestWeight[m] as number) && best !== c && !placed[best] && nearCentre[best] !== c) continue;
      placed[m] = 1;
      members.push(m);
    }
    if (members.length > 1) isCentre[c] = 1;
    for (const m of members) {
      centre[m] = c;
      for (let p = degree[m] as number; p < (degree[m + 1] as number); p++) {
        const o = adj[p] as number;
        if (!placed[o]) lower(o, (adjWeight[p] as number) * mult(m));
      }
    }
  }
  // A statement left alone because its strongest link went elsewhere joins the cluster of the
  // canonical it is most strongly linked to, if any: it is still close to that canonical.
  const alone = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (centre[i] === i && !isCentre[i]) alone[i] = 1;
  for (let i = 0; i < n; i++) {
    if (!alone[i]) continue;
    let weight = -1;
    for (let p = degree[i] as number; p < (degree[i + 1] as number); p++) {
      const o = adj[p] as number;
      if (isCentre[o] && (adjWeight[p] as number) > weight) {
        weight = adjWeight[p] as number;
        centre[i] = o;
      }
    }
  }
  return centre;
}

/** Max-heap of (index, score) with lazy deletion, over growable typed arrays; ties pop the lower index first. */
class MaxHeap {
  private items = new Int32Array(1024);
  private keys = new Float64Array(1024);
  size = 0;

  private above(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka > kb || (ka === kb && (this.items[a] as number) < (this.items[b] as number));
  }

  private place(at: number, item: number, key: number): void {
    this.items[at] = item;
    this.keys[at] = key;
  }

  get topItem(): number {
    return this.items[0] as number;
  }

  push(item: number, key: number): void {
    if (this.size === this.items.length) {
      const items = new Int32Array(this.size * 2);
      const keys = new Float64Array(this.size * 2);
      items.set(this.items);
      keys.set(this.keys);
      this.items = items;
      this.keys = keys;
    }
    let i = this.size++;
    this.place(i, item, key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      const pi = this.items[parent] as number;
      const pk = this.keys[parent] as number;
      this.place(parent, item, key);
      this.place(i, pi, pk);
      i = parent;
    }
  }

  /** Removes the top; returns its key. */
  pop(): number {
    const top = this.keys[0] as number;
    const last = --this.size;
    if (last > 0) {
      this.place(0, this.items[last] as number, this.keys[last] as number);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < last && this.above(l, best)) best = l;
        if (r < last && this.above(r, best)) best = r;
        if (best === i) break;
        const bi = this.items[best] as number;
        const bk = this.keys[best] as number;
        this.place(best, this.items[i] as number, this.keys[i] as number);
        this.place(i, bi, bk);
        i = best;
      }
    }
    return top;
  }
}
