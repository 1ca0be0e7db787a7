import { findDenialLinks, findDenialPairs, type DenialLink } from './claim-denial';
import { clusterEdges } from './cluster';
import { ensureTexts, type StatementColumns } from './collect';
import type { IndexGroup } from './group-layout';
import type { GroupSettings } from './settings';

/**
 * Claim–denial joining. Denials are clustered by their denied propositions (without chaining:
 * each member is close to the cluster's centre, see `clusterEdges`); each cluster then brings
 * together its own groups and one group of claims: the one its denials are most surely linked
 * to (the summed link probabilities of `findDenialLinks`, ties to the lower group), so a denial
 * whose few proposition words reach claims of several statements does not join them into one
 * topic. A group of denials joins at most one denial cluster, the first in index order; a group
 * of claims may take several, as the one statement is denied in several wordings (the word
 * overlap joins statements of one stance only, so denial groups bring no claims to chain).
 * The joined group keeps the canonical of its part with the most claims. Emptied groups stay in `groups` with no members.
 *
 * O(d² + d · c) proposition comparisons for d denials and c claims when small, else through
 * word postings capped at `maxDf`; nothing beyond one pass when there is no denial.
 * Order-independent as the grouping.
 */
export function joinDenials(cols: StatementColumns, groups: IndexGroup[], s: GroupSettings): void {
  const denials: number[] = [];
  cols.denies.forEach((d, i) => d === 1 && denials.push(i));
  if (denials.length === 0) return;
  ensureTexts(cols, cols.ids.keys());
  const index = new Map(cols.ids.map((id, i) => [id, i]));
  const inputs = cols.texts.map((text, i) => {
    const denied = cols.deniedIds.get(i);
    return { text, stance: cols.denies[i] === 1 ? ('denies' as const) : undefined, denies: denied === undefined ? undefined : index.get(denied) };
  });
  const local = new Map(denials.map((d, k) => [d, k]));
  const thresholds = { maxDf: s.maxDf, threshold: s.denialThreshold };
  const pairs = findDenialPairs(inputs, s.features, thresholds);
  const edges = pairs.map((p) => ({ i: local.get(p.denial) as number, j: local.get(p.claim) as number, weight: p.score }));
  edges.sort((x, y) => x.i - y.i || x.j - y.j);
  const linked: DenialLink[][] = denials.map(() => []);
  for (const l of findDenialLinks(inputs, s.features, thresholds)) (linked[local.get(l.denial) as number] as DenialLink[]).push(l);
  const groupOf = new Int32Array(cols.ids.length);
  groups.forEach((g, gi) => g.members.forEach((m) => (groupOf[m] = gi)));
  const taken = new Uint8Array(groups.length);
  const claimsIn = (g: IndexGroup): number => g.members.reduce((n, m) => n + (cols.denies[m] === 1 ? 0 : 1), 0);
  for (const cluster of clusterEdges(denials.length, edges)) {
    const parts = new Set<number>();
    const support = new Map<number, number>();
    for (const k of cluster.members) {
      parts.add(groupOf[denials[k] as number] as number);
      for (const l of linked[k] as DenialLink[]) {
        const g = groupOf[l.claim] as number;
        if (!taken[g] || claimsIn(groups[g] as IndexGroup) > 0) support.set(g, (support.get(g) ?? 0) + l.score);
      }
    }
    let best = -1;
    for (const [g, w] of support) if (best < 0 || w > (support.get(best) as number) || (w === support.get(best) && g < best)) best = g;
    const free = [...parts].filter((g) => !taken[g] && g !== best).sort((a, b) => a - b);
    if (best >= 0) free.push(best);
    if (free.length === 0) continue;
    for (const g of free) taken[g] = 1;
    if (free.length === 1) continue;
    let target = free[0] as number;
    for (const g of free) if (claimsIn(groups[g] as IndexGroup) > claimsIn(groups[target] as IndexGroup)) target = g;
    const into = groups[target] as IndexGroup;
    for (const g of free) {
      if (g === target) continue;
      for (const m of (groups[g] as IndexGroup).members) groupOf[m] = target;
      into.members.push(...(groups[g] as IndexGroup).members);
      (groups[g] as IndexGroup).members = [];
    }
    into.members.sort((a, b) => a - b);
  }
}
