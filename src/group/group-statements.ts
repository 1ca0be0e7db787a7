import { compareValid } from '../compare/diff-claims';
import { GroupInputSchema, GroupOptionsSchema, type Group, type GroupInput, type GroupOptions } from '../schema/analysis';
import { ClaimdiffError, parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { findDenialLinks } from './claim-denial';
import { clusterEdges, type Edge } from './cluster';
import { featureTable, type FeatureTable } from './features';
import { findPairs } from './find-pairs';
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
 * The grouping itself over statements already in canonical order (sorted by id): features,
 * candidate pairs, verification (the pairwise core for pairs just below the threshold),
 * clusters without chaining, then each group of denials joined to the group of the claim it
 * denies. A group of denials joins at most one claim group (the best link), so denials never
 * chain two claim groups together; in a joined group the denials are close to a claim in it
 * with the stance set aside, not necessarily to the canonical.
 *
 * O(n · f · k) hashing plus near-linear candidate work (see `findPairs`); O(n · (f + b)) memory.
 *
 * @param signatures optional band keys of the distinct feature sets (see `findPairs`), so a
 *   caller may compute the MinHash work in worker threads.
 */
export function groupIndices(
  items: readonly GroupInput[],
  s: GroupSettings,
  signatures?: (repTable: FeatureTable) => Uint32Array,
): { groups: IndexGroup[]; issues: Issue[] } {
  const found = findPairs(featureTable(items.map((x) => x.text), s.features), s, signatures);
  const edges: Edge[] = [...found.edges];
  for (const e of found.near) {
    const a = items[found.reps[e.i] as number] as GroupInput;
    const b = items[found.reps[e.j] as number] as GroupInput;
    if ((a.stance ?? 'asserts') !== (b.stance ?? 'asserts')) continue;
    const relation = compareValid(a.text, b.text, s.diff).relation;
    if (relation === 'match' || relation === 'paraphrase') edges.push(e);
  }
  edges.sort((x, y) => x.i - y.i || x.j - y.j);
  const clusters = clusterEdges(found.reps.length, edges, found.multiplicity);
  // Expand reps to their statements; statements without features stay alone.
  const byRep: number[][] = found.reps.map(() => []);
  const groups: IndexGroup[] = [];
  items.forEach((_, i) => {
    const r = found.repOf[i] as number;
    if (r < 0) groups.push({ canonical: i, members: [i] });
    else (byRep[r] as number[]).push(i);
  });
  for (const c of clusters) {
    const members = c.members.flatMap((r) => byRep[r] as number[]).sort((a, b) => a - b);
    groups.push({ canonical: found.reps[c.canonical] as number, members });
  }
  if (s.claimDenial) joinDenials(items, groups, s);
  const kept = groups.filter((g) => g.members.length > 0);
  kept.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  return { groups: kept, issues: found.issues };
}

function joinDenials(items: readonly GroupInput[], groups: IndexGroup[], s: GroupSettings): void {
  const index = new Map(items.map((x, i) => [x.id, i]));
  const inputs = items.map((x) => ({
    text: x.text,
    stance: x.stance,
    denies: typeof x['denies'] === 'string' ? index.get(x['denies']) : undefined,
  }));
  const groupOf = new Int32Array(items.length);
  groups.forEach((g, gi) => g.members.forEach((m) => (groupOf[m] = gi)));
  const onlyDenials = (g: IndexGroup): boolean => g.members.every((m) => items[m]?.stance === 'denies');
  const joined = new Set<number>();
  for (const link of findDenialLinks(inputs, s.features, s.denialThreshold, s.maxDf, s.minContainedFeatures)) {
    const from = groupOf[link.denial] as number;
    const to = groupOf[link.claim] as number;
    const source = groups[from] as IndexGroup;
    if (from === to || joined.has(from) || !onlyDenials(source)) continue;
    const target = groups[to] as IndexGroup;
    target.members = [...target.members, ...source.members].sort((a, b) => a - b);
    for (const m of source.members) groupOf[m] = to;
    source.members = [];
    joined.add(from);
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
