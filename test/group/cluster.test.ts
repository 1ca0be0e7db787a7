import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterCentres, clusterEdges, clustersOf } from '../../src/group/cluster';
import { EdgeList } from '../../src/group/edge-list';

describe('clusterEdges', () => {
  it('keeps near-duplicates in one cluster when a member\'s strongest link goes to another member', () => {
    // 0 is close to 1, 2 and 3; 2 and 3 are closest to each other but both close to 0 too.
    const edges = [{ i: 0, j: 1, weight: 0.8 }, { i: 0, j: 2, weight: 0.6 }, { i: 0, j: 3, weight: 0.6 }, { i: 2, j: 3, weight: 0.9 }];
    expect(clusterEdges(4, edges).map((c) => c.members)).toEqual([[0, 1, 2, 3]]);
  });

  it('does not chain A ~ B ~ C into one cluster when A and C are not close', () => {
    const clusters = clusterEdges(3, [{ i: 0, j: 1, weight: 0.6 }, { i: 1, j: 2, weight: 0.6 }]);
    expect(clusters.map((c) => c.members)).toEqual([[0, 1, 2]]);
    const apart = clusterEdges(4, [{ i: 0, j: 1, weight: 0.9 }, { i: 1, j: 2, weight: 0.5 }, { i: 2, j: 3, weight: 0.9 }]);
    for (const c of apart) for (const m of c.members) if (m !== c.canonical) expect(c.members.length).toBeGreaterThan(1);
    expect(apart.map((c) => c.members)).toEqual([[0, 1], [2, 3]]);
  });

  it('makes the most central statement canonical', () => {
    const [c] = clusterEdges(4, [{ i: 0, j: 3, weight: 0.8 }, { i: 1, j: 3, weight: 0.8 }, { i: 2, j: 3, weight: 0.8 }]);
    expect(c?.canonical).toBe(3);
  });

  it('places every index in exactly one cluster, each member joined to its canonical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0.1, max: 1, noNaN: true })), { maxLength: 60 }))), ([n, raw]) => {
        const seen = new Set<string>();
        const edges = raw.filter(([i, j]) => i !== j).map(([i, j, weight]) => ({ i: Math.min(i, j), j: Math.max(i, j), weight })).filter((e) => !seen.has(`${e.i}-${e.j}`) && seen.add(`${e.i}-${e.j}`));
        const clusters = clusterEdges(n, edges);
        const all = clusters.flatMap((c) => c.members).sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
        const linked = new Set(edges.map((e) => `${e.i}-${e.j}`));
        for (const c of clusters) for (const m of c.members) if (m !== c.canonical) expect(linked.has(`${Math.min(m, c.canonical)}-${Math.max(m, c.canonical)}`)).toBe(true);
      }),
    );
  });

  it('gives the same clusters over typed arrays (clusterCentres) as over edge objects', () => {
    const edges = [{ i: 0, j: 1, weight: 0.9 }, { i: 1, j: 2, weight: 0.5 }, { i: 2, j: 3, weight: 0.9 }, { i: 3, j: 5, weight: 0.45 }];
    const list = EdgeList.from(edges);
    list.sortUnique(6);
    expect(clustersOf(clusterCentres(6, list))).toEqual(clusterEdges(6, edges));
  });
});
