import { restates } from '../compare/pair-core';
import {
  GroupOptionsSchema, IndexSnapshotSchema, type Group, type GroupInput, type IndexOptions, type IndexSnapshot,
} from '../schema/analysis';
import { ClaimdiffError, parseArgument } from '../schema/error';
import { clusterEdges } from './cluster';
import type { Edge } from './edge-list';
import { featuresOf, mix32 } from './features';
import { bandsFor } from './band-keys';
import { validateStatements } from './group-statements';
import { bandKeysInto, createMinHasher } from './minhash';
import { compareIds } from './natural-order';
import { resolveGroupSettings, serialisableOptions } from './settings';
import { edgeWeight, overlap, verdictOf } from './verify';

/** An index a service keeps: add today's statements to yesterday's groups without regrouping them. */
export interface StatementIndex {
  /** Adds statements (ids new to the index); returns the ids of the groups they went to. */
  add(statements: readonly GroupInput[]): string[];
  /** All groups, ordered by number (`g1`, `g2`, …); members in natural id order. */
  groups(): Group[];
  /** Statements held. */
  readonly size: number;
  toJSON(): IndexSnapshot;
}

interface Entry {
  id: string;
  text: string;
  stance: 'asserts' | 'denies' | undefined;
  features: Uint32Array;
  group: number;
}

/**
 * Creates an empty incremental index. Each `add` is O(m · (k·f + b + f·maxDf)) for m new
 * statements: their candidates come from the band buckets and word postings kept from earlier
 * adds (each capped at `maxBucket` / `maxDf`), so old statements are never grouped again.
 *
 * Ids are stable: an existing group keeps its id and members; a new statement joins the existing
 * group whose canonical it is closest to (verified as in `groupStatements`), and the new
 * statements left over are clustered among themselves into new groups numbered on from the last.
 * Within one `add`, the order of the statements does not matter (they are sorted by id first).
 * Claim–denial joining is done only by `groupStatements` / `analyze`, not here.
 */
export function createIndex(options: IndexOptions = {}): StatementIndex {
  return buildIndex(parseArgument(GroupOptionsSchema, options, 'createIndex(options)', 'index options (see IndexOptions)', 'invalid-options'));
}

function buildIndex(opts: IndexOptions, snapshot?: IndexSnapshot): StatementIndex {
  const s = resolveGroupSettings(opts);
  // An index is added to a few statements at a time: the small-input bands.
  const bands = bandsFor(s, 0);
  const rows = Math.max(1, Math.floor(s.hashes / bands));
  const hasher = createMinHasher(rows * bands);
  const signature = new Uint32Array(rows * bands);
  const keys = new Uint32Array(bands);
  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  const buckets = new Map<number, number[]>();
  const postings = new Map<number, number[]>();
  const canonicalOf: number[] = [];
  const groupIds: string[] = [];
  let nextGroup = 1;

  const bucketKeys = (f: Uint32Array): number[] => {
    hasher.signInto(f, signature, 0);
    bandKeysInto(signature, 0, bands, rows, keys, 0);
    return Array.from(keys, (k, b) => mix32(k ^ Math.imul(b + 1, 0x9e3779b1)));
  };
  const insert = (e: number): void => {
    const f = (entries[e] as Entry).features;
    if (f.length === 0) return;
    for (const k of bucketKeys(f)) {
      const list = buckets.get(k) ?? [];
      if (list.length < s.maxBucket) list.push(e);
      buckets.set(k, list);
    }
    for (const h of f) {
      const list = postings.get(h) ?? [];
      if (list.length <= s.maxDf) list.push(e);
      postings.set(h, list);
    }
  };
  const candidates = (e: number): number[] => {
    const f = (entries[e] as Entry).features;
    const found = new Set<number>();
    if (f.length === 0) return [];
    for (const k of bucketKeys(f)) for (const o of buckets.get(k) ?? []) found.add(o);
    for (const h of f) {
      const list = postings.get(h);
      if (list && list.length <= s.maxDf) for (const o of list) found.add(o);
    }
    found.delete(e);
    return [...found].sort((x, y) => x - y);
  };
  /** Weight of a verified pair, or -1 when the pair is not the same statement. */
  const verify = (x: number, y: number): number => {
    const a = entries[x] as Entry;
    const b = entries[y] as Entry;
    const o = overlap(a.features, b.features);
    const v = verdictOf(o, s);
    if (v === 'same') return edgeWeight(o);
    if (v === 'near' && (a.stance ?? 'asserts') === (b.stance ?? 'asserts')) {
      if (restates(a.text, b.text, s.diff)) return edgeWeight(o);
    }
    return -1;
  };
  const newGroup = (canonical: number): number => {
    groupIds.push(`g${nextGroup++}`);
    canonicalOf.push(canonical);
    return groupIds.length - 1;
  };
  const push = (x: GroupInput, group: number): number => {
    const e = entries.length;
    entries.push({ id: x.id, text: x.text, stance: x.stance, features: featuresOf(x.text, s.features), group });
    byId.set(x.id, e);
    return e;
  };

  const index: StatementIndex = {
    get size() {
      return entries.length;
    },
    add(statements) {
      const list = validateStatements(statements, 'StatementIndex.add(statements)');
      for (const x of list) if (byId.has(x.id)) throw new ClaimdiffError('invalid-argument', `StatementIndex.add(statements): found id ${JSON.stringify(x.id)} already in the index, expected new ids`);
      const first = entries.length;
      const added = [...list].sort((a, b) => compareIds(a.id, b.id)).map((x) => push(x, -1));
      const leftover: number[] = [];
      const edges: Edge[] = [];
      const localOf = new Map<number, number>();
      for (const e of added) {
        let best = -1;
        let bestWeight = -1;
        for (const o of candidates(e)) {
          if (o >= first) continue;
          const g = (entries[o] as Entry).group;
          if (canonicalOf[g] !== o) continue;
          const w = verify(e, o);
          if (w > bestWeight) [best, bestWeight] = [g, w];
        }
        if (best >= 0) (entries[e] as Entry).group = best;
        else {
          localOf.set(e, leftover.length);
          leftover.push(e);
        }
        insert(e);
      }
      for (const e of leftover) {
        for (const o of candidates(e)) {
          if (o <= e || !localOf.has(o)) continue;
          const w = verify(e, o);
          if (w >= 0) edges.push({ i: localOf.get(e) as number, j: localOf.get(o) as number, weight: w });
        }
      }
      edges.sort((x, y) => x.i - y.i || x.j - y.j);
      for (const c of clusterEdges(leftover.length, edges)) {
        const g = newGroup(leftover[c.canonical] as number);
        for (const m of c.members) (entries[leftover[m] as number] as Entry).group = g;
      }
      return [...new Set(added.map((e) => groupIds[(entries[e] as Entry).group] as string))].sort(compareIds);
    },
    groups() {
      const members: string[][] = groupIds.map(() => []);
      for (const e of entries) (members[e.group] as string[]).push(e.id);
      return groupIds.map((id, g) => ({
        id,
        members: (members[g] as string[]).sort(compareIds),
        canonical: (entries[canonicalOf[g] as number] as Entry).id,
      }));
    },
    toJSON() {
      return {
        version: 1,
        options: serialisableOptions(opts),
        statements: entries.map((e) => ({ id: e.id, text: e.text, ...(e.stance ? { stance: e.stance } : {}), group: groupIds[e.group] as string })),
        groups: groupIds.map((id, g) => ({ id, canonical: (entries[canonicalOf[g] as number] as Entry).id })),
        nextGroup,
      };
    },
  };
  const restore = (snapshot: IndexSnapshot): void => {
    const groupNumber = new Map(snapshot.groups.map((g, k) => [g.id, k]));
    for (const g of snapshot.groups) {
      groupIds.push(g.id);
      canonicalOf.push(-1);
    }
    for (const st of snapshot.statements) {
      const g = groupNumber.get(st.group);
      if (g === undefined) throw new ClaimdiffError('invalid-input', `indexFromJSON(snapshot): found group ${JSON.stringify(st.group)} of statement ${JSON.stringify(st.id)}, expected one listed in groups`);
      insert(push({ id: st.id, text: st.text, ...(st.stance ? { stance: st.stance } : {}) }, g));
    }
    snapshot.groups.forEach((g, k) => {
      const c = byId.get(g.canonical);
      if (c === undefined) throw new ClaimdiffError('invalid-input', `indexFromJSON(snapshot): found canonical ${JSON.stringify(g.canonical)} of ${g.id}, expected a statement of the snapshot`);
      canonicalOf[k] = c;
    });
    nextGroup = snapshot.nextGroup;
  };
  if (snapshot) restore(snapshot);
  return index;
}

/**
 * Rebuilds an index from `toJSON()` output, with the same groups and ids; hooks (`lexicon`,
 * `diff`) are not saved and may be passed again in `hooks`.
 *
 * @throws ClaimdiffError when the snapshot is not one `toJSON` wrote.
 */
export function indexFromJSON(snapshot: IndexSnapshot, hooks: Pick<IndexOptions, 'lexicon' | 'diff'> = {}): StatementIndex {
  const data = parseArgument(IndexSnapshotSchema, snapshot, 'indexFromJSON(snapshot)', 'a snapshot from StatementIndex.toJSON()', 'invalid-input');
  const options = parseArgument(GroupOptionsSchema, { ...data.options, ...hooks }, 'indexFromJSON(snapshot).options', 'index options (see IndexOptions)', 'invalid-input');
  return buildIndex(options, data);
}
