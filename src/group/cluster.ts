/** A verified pair of statements (by index) and how alike they are. */
export interface Edge {
  i: number;
  j: number;
  weight: number;
}

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
  const mult = (i: number): number => (multiplicity ? (multiplicity[i] as number) : 1);
  const degree = new Int32Array(n + 1);
  for (const e of edges) {
    degree[e.i + 1] = (degree[e.i + 1] as number) + 1;
    degree[e.j + 1] = (degree[e.j + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) degree[i + 1] = (degree[i + 1] as number) + (degree[i] as number);
  const next = degree.slice(0, n);
  const adj = new Int32Array(2 * edges.length);
  const adjWeight = new Float64Array(2 * edges.length);
  for (const e of edges) {
    adj[next[e.i] as number] = e.j;
    adjWeight[next[e.i] as number] = e.weight;
    next[e.i] = (next[e.i] as number) + 1;
    adj[next[e.j] as number] = e.i;
    adjWeight[next[e.j] as number] = e.weight;
    next[e.j] = (next[e.j] as number) + 1;
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
      if (w > (bestWeight[i] as number) || (w === bestWeight[i] && o < (bestNeighbour[i] as number))) [bestWeight[i], bestNeighbour[i]] = [w, o];
    }
  }
  const placed = new Uint8Array(n);
  const heap = new MaxHeap();
  for (let i = 0; i < n; i++) if ((degree[i + 1] as number) > (degree[i] as number)) heap.push(i, score[i] as number);
  const clusters: Cluster[] = [];
  const lower = (i: number, by: number): void => {
    score[i] = (score[i] as number) - by;
    heap.push(i, score[i] as number);
  };
  const nearCentre = new Int32Array(n).fill(-1);
  while (heap.size > 0) {
    const [c, s] = heap.pop();
    if (placed[c] || s !== score[c]) continue;
    const members = [c];
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
    for (const m of members) {
      for (let p = degree[m] as number; p < (degree[m + 1] as number); p++) {
        const o = adj[p] as number;
        if (!placed[o]) lower(o, (adjWeight[p] as number) * mult(m));
      }
    }
    members.sort((a, b) => a - b);
    clusters.push({ canonical: c, members });
  }
  for (let i = 0; i < n; i++) if (!placed[i]) clusters.push({ canonical: i, members: [i] });
  attachLoners(clusters, degree, adj, adjWeight);
  const kept = clusters.filter((c) => c.members.length > 0);
  kept.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  return kept;
}

/**
 * A statement left alone because its strongest link went elsewhere joins the cluster of the
 * canonical it is most strongly linked to, if any: it is still close to that canonical.
 */
function attachLoners(clusters: Cluster[], degree: Int32Array, adj: Int32Array, adjWeight: Float64Array): void {
  const clusterOfCanonical = new Map<number, Cluster>();
  for (const c of clusters) if (c.members.length > 1) clusterOfCanonical.set(c.canonical, c);
  for (const c of clusters) {
    if (c.members.length !== 1) continue;
    let target: Cluster | undefined;
    let weight = -1;
    for (let p = degree[c.canonical] as number; p < (degree[c.canonical + 1] as number); p++) {
      const t = clusterOfCanonical.get(adj[p] as number);
      if (t && (adjWeight[p] as number) > weight) [target, weight] = [t, adjWeight[p] as number];
    }
    if (!target) continue;
    target.members.push(c.canonical);
    target.members.sort((a, b) => a - b);
    c.members = [];
  }
}

/** Max-heap of (index, score) with lazy deletion; ties pop the lower index first. */
class MaxHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  private above(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka > kb || (ka === kb && (this.items[a] as number) < (this.items[b] as number));
  }
  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
  }
  push(item: number, key: number): void {
    this.items.push(item);
    this.keys.push(key);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.items[0] as number, this.keys[0] as number];
    const lastItem = this.items.pop() as number;
    const lastKey = this.keys.pop() as number;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < this.items.length && this.above(l, best)) best = l;
        if (r < this.items.length && this.above(r, best)) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }
}
