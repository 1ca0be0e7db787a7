import { findDenialLinks, findDenialPairs } from './claim-denial';
import { clusterEdges } from './cluster';
import { ensureTexts, type StatementColumns } from './collect';
import type { IndexGroup } from './group-layout';
import type { GroupSettings } from './settings';

/** Share of the smaller of two denied propositions that two denials of one proposition share. */
const DENIAL_PAIR_SHARE = 0.4;

/**
 * Claim–denial joining. Denials are clustered by their denied propositions (without chaining:
 * each member is close to the cluster's centre, see `clusterEdges`); each cluster then brings
 * together its own groups and the group of every claim one of its denials is linked to (the
 * claim holds that denial's proposition, see `findDenialLinks`). A group joins at most one
 * denial cluster, the first in index order, so two clusters never chain their claims together.
 * The joined group keeps the canonical of its part with the most claims. Emptied groups stay
 * in `groups` with no members.
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
  const thresholds = { maxDf: s.maxDf };
  const pairs = findDenialPairs(inputs, s.features, { ...thresholds, threshold: DENIAL_PAIR_SHARE, minShared: 2 });
  const edges = pairs.map((p) => ({ i: local.get(p.denial) as number, j: local.get(p.claim) as number, weight: p.score }));
  edges.sort((x, y) => x.i - y.i || x.j - y.j);
  const linked: number[][] = denials.map(() => []);
  for (const l of findDenialLinks(inputs, s.features, { ...thresholds, threshold: s.denialThreshold, minShared: 3 })) (linked[local.get(l.denial) as number] as number[]).push(l.claim);
  const groupOf = new Int32Array(cols.ids.length);
  groups.forEach((g, gi) => g.members.forEach((m) => (groupOf[m] = gi)));
  const taken = new Uint8Array(groups.length);
  const claimsIn = (g: IndexGroup): number => g.members.reduce((n, m) => n + (cols.denies[m] === 1 ? 0 : 1), 0);
  for (const cluster of clusterEdges(denials.length, edges)) {
    const parts = new Set<number>();
    for (const k of cluster.members) {
      parts.add(groupOf[denials[k] as number] as number);
      for (const c of linked[k] as number[]) parts.add(groupOf[c] as number);
    }
    const free = [...parts].filter((g) => !taken[g]).sort((a, b) => a - b);
    if (free.length === 0) continue;
    for (const g of free) taken[g] = 1;
    if (free.length === 1) continue;
    let target = free[0] as number;
    for (const g of free) if (claimsIn(groups[g] as IndexGroup) > claimsIn(groups[target] as IndexGroup)) target = g;
    const into = groups[target] as IndexGroup;
    for (const g of free) {
      if (g === target) continue;
      into.members.push(...(groups[g] as IndexGroup).members);
      (groups[g] as IndexGroup).members = [];
    }
    into.members.sort((a, b) => a - b);
  }
}
