import { relaterOf, type RelateContext, type TermRelation } from './term-relation';
import type { Term } from './terms';

/** A pairing of one term of A with one term of B, by index into the full term lists. */
export interface TermPair {
  readonly x: number;
  readonly y: number;
  readonly rel: TermRelation;
}

/** Above this many candidate pairs a run is not searched term by term: it is too long to be one replacement. */
export const MAX_BLOCK_PAIRS = 4096;

function related(a: readonly Term[], b: readonly Term[], xs: readonly number[], ys: readonly number[], ctx: RelateContext): TermPair[] {
  const out: TermPair[] = [];
  for (const x of xs) {
    const tx = a[x] as Term;
    const relate = relaterOf(tx, ctx);
    for (const y of ys) {
      const ty = b[y] as Term;
      // Function words pair only with the same function word: "the" is no synonym of "a".
      if ((tx.fn || ty.fn) && tx.key !== ty.key) continue;
      const rel = relate(ty);
      if (rel !== null) out.push({ x, y, rel });
    }
  }
  return out;
}

/**
 * Pairs terms regardless of order (to see reordering and voice changes): strongest relation
 * first, then the pair nearest in relative position, then by index, so the result is
 * deterministic. O(p log p) for p related pairs; callers bound p by MAX_BLOCK_PAIRS.
 */
export function matchUnordered(a: readonly Term[], b: readonly Term[], xs: readonly number[], ys: readonly number[], ctx: RelateContext): TermPair[] {
  const x0 = xs[0] ?? 0;
  const y0 = ys[0] ?? 0;
  const pairs = related(a, b, xs, ys, ctx).sort(
    (p, q) => q.rel.strength - p.rel.strength || Math.abs(p.x - x0 - (p.y - y0)) - Math.abs(q.x - x0 - (q.y - y0)) || p.x - q.x || p.y - q.y,
  );
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const chosen: TermPair[] = [];
  for (const p of pairs) {
    if (usedX.has(p.x) || usedY.has(p.y)) continue;
    usedX.add(p.x);
    usedY.add(p.y);
    chosen.push(p);
  }
  return chosen.sort((p, q) => p.x - q.x);
}

/**
 * Pairs terms in order (a weighted longest common subsequence over relations), for runs
 * that are only partly related: the unpaired stretches between pairs become their own
 * segments. O(|xs|·|ys|) time and memory; callers bound it by MAX_BLOCK_PAIRS.
 */
export function matchOrdered(a: readonly Term[], b: readonly Term[], xs: readonly number[], ys: readonly number[], ctx: RelateContext): TermPair[] {
  const n = xs.length;
  const m = ys.length;
  const rel = new Map<number, TermPair>();
  for (const p of related(a, b, xs, ys, ctx)) rel.set(xs.indexOf(p.x) * m + ys.indexOf(p.y), p);
  const score = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => score[i * (m + 1) + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const p = rel.get(i * m + j);
      const take = p === undefined ? -1 : p.rel.strength + at(i + 1, j + 1);
      score[i * (m + 1) + j] = Math.max(take, at(i + 1, j), at(i, j + 1));
    }
  }
  const out: TermPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const p = rel.get(i * m + j);
    if (p !== undefined && at(i, j) === p.rel.strength + at(i + 1, j + 1)) {
      out.push(p);
      i++;
      j++;
    } else if (at(i, j) === at(i + 1, j)) i++;
    else j++;
  }
  return out;
}
