import { compareValid } from '../compare/diff-claims';
import { GroupInputSchema, GroupOptionsSchema, type Group, type GroupInput, type GroupOptions } from '../schema/analysis';
import { ClaimdiffError, parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { findDenialLinks, findDenialPairs, type DenialLink } from './claim-denial';
import { clusterCentres, clusterEdges, clustersOf } from './cluster';
import { EdgeList } from './edge-list';
import { featureTable, type FeatureTable } from './features';
import { findPairs, type FoundPairs } from './find-pairs';
import { compareIds } from './natural-order';
import { resolveGroupSettings, type GroupSettings } from './settings';

/** Groups as lists of indices into the input, with the canonical index. */
export interface IndexGroup {
  canonical: number;
  members: number[];
}

export interface GroupingResult {
  groups: Group[];
  issues: Issue[];
}

/** Checks the argument cheaply (a corpus may hold millions) and names the first bad item. */
export function validateStatements(statements: unknown, where: string): GroupInput[] {
  if (!Array.isArray(statements)) parseArgument(GroupInputSchema.array(), statements, where, 'an array of statements { id, text }');
  const list = statements as unknown[];
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const s = list[i] as Partial<GroupInput> | null;
    const ok = s !== null && typeof s === 'object' && typeof s.id === 'string' && s.id !== '' && typeof s.text === 'string'
      && (s.stance === undefined || s.stance === 'asserts' || s.stance === 'denies');
    if (!ok) parseArgument(GroupInputSchema, s, `${where}[${i}]`, 'a statement { id, text, stance? }');
    if (ids.has((s as GroupInput).id)) throw new ClaimdiffError('invalid-argument', `${where}[${i}]: found duplicate id ${JSON.stringify((s as GroupInput).id)}, expected ids unique`);
    ids.add((s as GroupInput).id);
  }
  return list as GroupInput[];
}

/**
 * The canonical statement of each statement's group (itself when alone): the distinct feature
 * sets clustered over `edges` (see `clusterCentres`), then expanded to their statements.
 * O(n + E log n); typed arrays only, so it scales to millions of statements.
 */
export function canonicalsOf(found: FoundPairs, edges: EdgeList): Int32Array {
  const centre = clusterCentres(found.reps.length, edges, found.multiplicity);
  const n = found.repOf.length;
  const canonical = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = found.repOf[i] as number;
    canonical[i] = r < 0 ? i : (found.reps[centre[r] as number] as number);
  }
  return canonical;
}

/**
 * The grouping core over features alone, for corpora: candidate pairs, verification by the
 * exact overlap, clusters without chaining, as `groupIndices` with `coreMargin` 0 and no
 * claim–denial joining (both need the texts). Returns the canonical of each statement (see
 * `canonicalsOf`). Same cost and order guarantees as `groupIndices`.
 *
 * @param keys optional band keys of every statement (see `findPairs`), e.g. from workers.
 */
export function groupFeatureTable(table: FeatureTable, s: GroupSettings, keys?: Uint32Array): { canonical: Int32Array; issues: Issue[] } {
  const found = findPairs(table, { ...s, coreMargin: 0 }, keys);
  return { canonical: canonicalsOf(found, found.edges), issues: found.issues };
}

/**
 * The grouping itself over statements already in canonical order (sorted by id): features,
 * candidate pairs, verification (the pairwise core for pairs just below the threshold),
 * clusters without chaining, then denials of one proposition joined with the groups of the
 * claims they deny (see `joinDenials`): in a joined group each claim holds the proposition of a
 * denial in it, with negation and cue set aside, not necessarily the canonical's wording.
 *
 * O(n · f · k) hashing plus near-linear candidate work (see `findPairs`); O(n · (f + b)) memory.
 *
 * @param keys optional band keys of every statement (see `findPairs`), so a caller may compute
 *   the MinHash work in worker threads.
 */
export function groupIndices(items: readonly GroupInput[], s: GroupSettings, keys?: Uint32Array): { groups: IndexGroup[]; issues: Issue[] } {
  const found = findPairs(featureTable(items.map((x) => x.text), s.features), s, keys);
  let edges = found.edges;
  if (found.near.length > 0) {
    edges = new EdgeList(found.edges.length + found.near.length);
    edges.append(found.edges);
    const near = found.near;
    for (let e = 0; e < near.length; e++) {
      const a = items[found.reps[near.i[e] as number] as number] as GroupInput;
      const b = items[found.reps[near.j[e] as number] as number] as GroupInput;
      if ((a.stance ?? 'asserts') !== (b.stance ?? 'asserts')) continue;
      const relation = compareValid(a.text, b.text, s.diff).relation;
      if (relation === 'match' || relation === 'paraphrase') edges.push(near.i[e] as number, near.j[e] as number, near.weight[e] as number);
    }
    edges.sortUnique(found.reps.length);
  }
  // Groups in order of their first member, members ascending.
  const groups: IndexGroup[] = clustersOf(canonicalsOf(found, edges));
  if (s.claimDenial) joinDenials(items, groups, s);
  const kept = groups.filter((g) => g.members.length > 0);
  kept.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  return { groups: kept, issues: found.issues };
}

/**
 * Claim–denial joining. Denials are clustered by their denied propositions (without chaining:
 * each member is close to the cluster's centre, see `clusterEdges`); each cluster then brings
 * together its own groups and one group of claims: the one its denials are most surely linked
 * to (the summed link probabilities of `findDenialLinks`, ties to the lower group), so a denial
 * whose few proposition words reach claims of several statements does not join them into one
 * topic. A group joins at most one denial cluster, the first in index order, so two clusters
 * never chain their claims together. The joined group keeps the canonical of its part with the
 * most claims.
 *
 * O(d² + d · c) proposition comparisons for d denials and c claims when small, else through
 * word postings capped at `maxDf`; order-independent as `groupIndices`.
 */
function joinDenials(items: readonly GroupInput[], groups: IndexGroup[], s: GroupSettings): void {
  const index = new Map(items.map((x, i) => [x.id, i]));
  const inputs = items.map((x) => ({
    text: x.text,
    stance: x.stance,
    denies: typeof x['denies'] === 'string' ? index.get(x['denies']) : undefined,
  }));
  const denials: number[] = [];
  items.forEach((x, i) => x.stance === 'denies' && denials.push(i));
  if (denials.length === 0) return;
  const local = new Map(denials.map((d, k) => [d, k]));
  const thresholds = { maxDf: s.maxDf, threshold: s.denialThreshold };
  const pairs = findDenialPairs(inputs, s.features, thresholds);
  const edges = pairs.map((p) => ({ i: local.get(p.denial) as number, j: local.get(p.claim) as number, weight: p.score }));
  edges.sort((x, y) => x.i - y.i || x.j - y.j);
  const linked: DenialLink[][] = denials.map(() => []);
  for (const l of findDenialLinks(inputs, s.features, thresholds)) (linked[local.get(l.denial) as number] as DenialLink[]).push(l);
  const groupOf = new Int32Array(items.length);
  groups.forEach((g, gi) => g.members.forEach((m) => (groupOf[m] = gi)));
  const taken = new Uint8Array(groups.length);
  const claimsIn = (g: IndexGroup): number => g.members.reduce((n, m) => n + (items[m]?.stance === 'denies' ? 0 : 1), 0);
  for (const cluster of clusterEdges(denials.length, edges)) {
    const parts = new Set<number>();
    const support = new Map<number, number>();
    for (const k of cluster.members) {
      parts.add(groupOf[denials[k] as number] as number);
      for (const l of linked[k] as DenialLink[]) {
        const g = groupOf[l.claim] as number;
        if (!taken[g]) support.set(g, (support.get(g) ?? 0) + l.score);
      }
    }
    let best = -1;
    for (const [g, w] of support) if (best < 0 || w > (support.get(best) as number) || (w === support.get(best) && g < best)) best = g;
    if (best >= 0) parts.add(best);
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

/**
 * Groups statements that report the same underlying statement, with the issues met (capped
 * buckets, skipped frequent words). Groups are `g1`, `g2`, … ordered by their first member;
 * members are in natural id order ("s4" before "s17"). Input order does not matter.
 *
 * @throws ClaimdiffError when `statements` is not an array of `{ id, text }` with unique ids, or an option is invalid.
 */
export function groupStatementsWithIssues(statements: readonly GroupInput[], options: GroupOptions = {}): GroupingResult {
  const list = validateStatements(statements, 'groupStatements(statements)');
  const opts = parseArgument(GroupOptionsSchema, options, 'groupStatements(statements, options)', 'group options (see GroupOptions)', 'invalid-options');
  const items = [...list].sort((a, b) => compareIds(a.id, b.id));
  const { groups, issues } = groupIndices(items, resolveGroupSettings(opts));
  return {
    groups: groups.map((g, k) => ({
      id: `g${k + 1}`,
      members: g.members.map((m) => (items[m] as GroupInput).id),
      canonical: (items[g.canonical] as GroupInput).id,
    })),
    issues,
  };
}

/** Groups statements that report the same underlying statement; see `groupStatementsWithIssues`. */
export function groupStatements(statements: readonly GroupInput[], options: GroupOptions = {}): Group[] {
  return groupStatementsWithIssues(statements, options).groups;
}
