import type { IndexGroup } from './group-layout';
import { ScoredPairs, type ScoredPair } from './scored-pairs';

export type { ScoredPair };

/**
 * The cluster most answered by the pointers of cluster `from` (`attachments` whose `i` is in
 * it), ties to the first answered; -1 when they answer only their own cluster. O(attachments).
 */
function mostAnswered(attachments: readonly ScoredPair[], from: number, clusterOf: Int32Array): number {
  const votes = new Map<number, number>();
  for (const e of attachments) {
    const into = clusterOf[e.j] as number;
    if (clusterOf[e.i] === from && into !== from) votes.set(into, (votes.get(into) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [into, n] of votes) {
    if (n > most) {
      most = n;
      best = into;
    }
  }
  return best;
}

/**
 * Clusters statements by average link without chaining: pairs are taken from the most to the
 * least probable, and two clusters merge only when the mean probability over all their cross
 * pairs (a pair never scored counts 0, or not at all when one side is of `pointing`: "It is all
 * lies" shares words with nothing) reaches `cut` and no cross pair is kept `apart`. So A ~ B
 * and B ~ C put A with C only when A ~ C is likely too. The canonical of a group is the member
 * closest to the others (the largest summed `close`, else probability; ties to the lower
 * index): the wording most of the others share, not the odd one out with another figure. Then each
 * statement of `attachments` (`i`, a statement that only points at `j`) still alone, or in a
 * cluster of pointers only ("It is all lies" with "All of that is a lie": the `i` of
 * `attachments` and the statements of `pointing`, dismissals that answered nothing in their
 * report), joins with its cluster the group its cluster's pointers answer most (ties to the
 * first answered), over pairs whose probability reaches `cut`, when nothing there is kept
 * apart from them.
 * Groups come ordered by their first member. O(P log P + P · s² + A²) for P pairs, clusters of
 * size s and A attachments.
 */
export function averageLinkGroups(
  n: number, pairs: ScoredPairs, cut: number, apart: (a: number, b: number) => boolean, attachments: readonly ScoredPair[] = [],
  pointing: readonly number[] = [],
): IndexGroup[] {
  // One map from a pair to its slot in two arrays (a pair given twice keeps the larger of each).
  const slot = new Map<number, number>();
  const probs = new Float64Array(pairs.length);
  const closes = new Float64Array(pairs.length);
  const key = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  for (let e = 0; e < pairs.length; e++) {
    const k = key(pairs.i[e] as number, pairs.j[e] as number);
    let at = slot.get(k);
    if (at === undefined) slot.set(k, (at = slot.size));
    probs[at] = Math.max(pairs.p[e] as number, probs[at] as number);
    closes[at] = Math.max(pairs.close[e] as number, closes[at] as number);
  }
  const prob = { get: (k: number): number | undefined => { const at = slot.get(k); return at === undefined ? undefined : probs[at]; } };
  const closeness = { get: (k: number): number | undefined => { const at = slot.get(k); return at === undefined ? undefined : closes[at]; } };
  const clusterOf = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const dismissals = new Set(pointing);
  const pointers = new Set([...attachments.map((e) => e.i), ...pointing]);
  for (const e of byProbability(pairs, cut)) {
    const [a, b] = [clusterOf[pairs.i[e] as number] as number, clusterOf[pairs.j[e] as number] as number];
    if (a === b) continue;
    const [ma, mb] = [members[a] as number[], members[b] as number[]];
    let sum = 0;
    let counted = 0;
    let blocked = false;
    for (const x of ma) {
      for (const y of mb) {
        if (apart(x, y)) blocked = true;
        const p = prob.get(key(x, y));
        // A dismissal says nothing a third statement could share: its unscored pairs tell nothing either way.
        if (p === undefined && (dismissals.has(x) || dismissals.has(y))) continue;
        sum += p ?? 0;
        counted++;
      }
      if (blocked) break;
    }
    if (blocked || sum / counted < cut) continue;
    const [into, from] = a < b ? [a, b] : [b, a];
    for (const m of members[from] as number[]) clusterOf[m] = into;
    (members[into] as number[]).push(...(members[from] as number[]));
    members[from] = [];
  }
  // A statement that only points at another ("dismissed the report as false") says nothing a
  // third statement could share: left alone, or only with other pointers, it joins the group
  // its cluster's pointers answer most (see `mostAnswered`).
  const sure = attachments.filter((e) => e.p >= cut);
  for (const e of sure) {
    const from = clusterOf[e.i] as number;
    const moving = members[from] as number[];
    if (!moving.every((m) => pointers.has(m))) continue;
    const into = mostAnswered(sure, from, clusterOf);
    if (into < 0 || (members[into] as number[]).some((m) => moving.some((x) => apart(x, m)))) continue;
    for (const m of moving) clusterOf[m] = into;
    (members[into] as number[]).push(...moving);
    members[from] = [];
  }
  const groups: IndexGroup[] = [];
  for (const list of members) {
    if (list.length === 0) continue;
    list.sort((x, y) => x - y);
    let canonical = list[0] as number;
    let best = -1;
    for (const x of list) {
      let s = 0;
      for (const y of list) if (x !== y) s += closeness.get(key(x, y)) ?? 0;
      if (s > best) {
        best = s;
        canonical = x;
      }
    }
    groups.push({ canonical, members: list });
  }
  return groups.sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
}

/** The slots of `pairs` whose probability reaches `cut`, the most probable first (ties by `i`, then `j`, then slot). */
function byProbability(pairs: ScoredPairs, cut: number): Int32Array {
  const { i, j, p } = pairs;
  let kept = 0;
  const order = new Int32Array(pairs.length);
  for (let e = 0; e < pairs.length; e++) if ((p[e] as number) >= cut) order[kept++] = e;
  return order
    .subarray(0, kept)
    .sort((x, y) => (p[y] as number) - (p[x] as number) || (i[x] as number) - (i[y] as number) || (j[x] as number) - (j[y] as number) || x - y);
}
