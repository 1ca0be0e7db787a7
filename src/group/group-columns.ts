import type { Issue } from '../schema/issue';
import { clusterCentres } from './cluster';
import { ensureTexts, type StatementColumns } from './collect';
import { EdgeList } from './edge-list';
import { findFoldedPairs, foldDuplicates, type FoldedTable, type FoundPairs } from './find-pairs';
import { groupsOfLayout, layoutOf, layoutOfGroups, type GroupLayout } from './group-layout';
import { joinDenials } from './join-denials';
import { edgesNotApart } from './statement-places';
import type { Idf } from './join-features';
import { idfOfFrequencies, nearRows, textsJoined, wordFrequencies } from './near-join';
import type { GroupSettings } from './settings';

/** What the near-pair check reads: each statement's text and whether it is a denial. */
export type NearInput = Pick<StatementColumns, 'texts' | 'denies'>;

/**
 * Which pairs just below the threshold (`found.near`, positions `from … to`) are joined: 1 for two
 * statements of one stance found to report one statement, by the fitted join decision where it is
 * sure, else by the pairwise core (see `textsJoined`). Pairs `apart` keeps apart (see `repsApart`) are not asked: their edge is dropped anyway.
 * Pure, over any slice, so workers may each take one; the answers do not depend on the split.
 * O(pairs · w²) lexicon look-ups.
 */
export function nearAccepted(found: Pick<FoundPairs, 'near' | 'reps'>, cols: NearInput, idf: Idf, s: Pick<GroupSettings, 'features' | 'diff'>, from = 0, to = found.near.length, apart?: (i: number, j: number) => boolean): Uint8Array {
  const out = new Uint8Array(to - from);
  const { asked, a, b } = nearTexts(found, cols, from, to, apart);
  const yes = textsJoined(a, b, idf, s.features, s.diff);
  asked.forEach((e, k) => (out[e - from] = yes[k] as number));
  return out;
}

/** The near pairs (positions `from … to`) worth asking, of one stance and not kept apart, with their texts. */
export function nearTexts(found: Pick<FoundPairs, 'near' | 'reps'>, cols: NearInput, from = 0, to = found.near.length, apart?: (i: number, j: number) => boolean): { asked: number[]; a: string[]; b: string[] } {
  const { near, reps } = found;
  const asked: number[] = [];
  const a: string[] = [];
  const b: string[] = [];
  for (let e = from; e < to; e++) {
    const x = reps[near.i[e] as number] as number;
    const y = reps[near.j[e] as number] as number;
    if (cols.denies[x] !== cols.denies[y] || apart?.(near.i[e] as number, near.j[e] as number) === true) continue;
    asked.push(e);
    a.push(cols.texts[x] as string);
    b.push(cols.texts[y] as string);
  }
  return { asked, a, b };
}

/** The statements of the pairs just below the threshold: the texts the near-pair check reads. */
export function nearStatements(found: Pick<FoundPairs, 'near' | 'reps'>): Set<number> {
  const out = new Set<number>();
  for (let e = 0; e < found.near.length; e++) {
    out.add(found.reps[found.near.i[e] as number] as number);
    out.add(found.reps[found.near.j[e] as number] as number);
  }
  return out;
}

/**
 * The groups from verified pairs of one stance and the near pairs accepted (see `nearAccepted`): clusters
 * without chaining over the distinct feature sets (see `clusterCentres`), expanded to their
 * statements, then denials joined with the groups of the claims they deny (see `joinDenials`).
 * O(n + E log n) plus the denial work. Depends on input order only through the indices.
 * `apart`: `repsApart` of `found`, when the caller made it already.
 */
export function groupsFromPairs(cols: StatementColumns, found: FoundPairs, accepted: Uint8Array, s: GroupSettings, apart = repsApart(found, cols)): GroupLayout {
  let edges = found.edges;
  if (found.near.length > 0) {
    // Both lists are sorted and unique already (see `mergePairs`): merged, not sorted again.
    const { near } = found;
    const kept = new EdgeList(Math.max(16, near.length));
    for (let e = 0; e < near.length; e++) if (accepted[e] === 1) kept.push(near.i[e] as number, near.j[e] as number, near.weight[e] as number);
    edges = EdgeList.merged(found.edges, kept);
  }
  // The overlap of words joins statements of one stance; a claim joins a denial only through
  // the fitted link (`joinDenials`), which asks that the denial deny what the claim states.
  if (apart !== undefined) edges = edgesNotApart(edges, apart);
  const layout = layoutOf(canonicalsOf(found, edges));
  if (!s.claimDenial || !cols.denies.includes(1)) return layout;
  const groups = groupsOfLayout(layout);
  joinDenials(cols, groups, s);
  return layoutOfGroups(groups.filter((g) => g.members.length > 0), cols.ids.length);
}

/**
 * Which two distinct feature sets (positions in `found.reps`) shared words may not join: two
 * with no stance in common (a set stands for all its statements, a claim and a denial in the
 * same words among them). Undefined when there is no denial: nothing is kept apart. O(n) to
 * make, O(1) a pair.
 */
export function repsApart(found: Pick<FoundPairs, 'reps' | 'repOf'>, cols: Pick<StatementColumns, 'denies'>): ((i: number, j: number) => boolean) | undefined {
  if (!cols.denies.includes(1)) return undefined;
  // Bit 1: the set holds a claim; bit 2: a denial.
  const stances = new Uint8Array(found.reps.length);
  found.repOf.forEach((r, k) => {
    if (r >= 0) stances[r] = (stances[r] as number) | (cols.denies[k] === 1 ? 2 : 1);
  });
  return (i, j) => ((stances[i] as number) & (stances[j] as number)) === 0;
}

/**
 * The canonical statement of each statement's group (itself when alone): the distinct feature
 * sets clustered over `edges` (see `clusterCentres`), then expanded to their statements.
 * O(n + E log n); typed arrays only, so it scales to millions of statements.
 */
export function canonicalsOf(found: Pick<FoundPairs, 'reps' | 'repOf' | 'multiplicity'>, edges: EdgeList): Int32Array {
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
 * The distinct feature sets of the columns; the full table is let go (the columns keep an empty
 * one), since from here only the distinct sets are read and at a million statements the table
 * is a tenth of the memory. O(F).
 */
export function foldTable(cols: StatementColumns): FoldedTable {
  const folded = foldDuplicates(cols.table);
  cols.table = { offsets: new Int32Array(1), data: new Uint32Array(0) };
  return folded;
}

/**
 * The whole grouping on one thread, over statements already collected in canonical order:
 * candidate pairs (see `findPairs`), the near-pair check for pairs just below the threshold
 * (`coreMargin`, see `nearAccepted`; idf from the words' document frequencies, see `wordFrequencies`), clusters, denials. The same steps the worker-thread path of the command
 * splits up, so the groups are the same. O(n · f · k) hashing plus near-linear candidate work.
 */
export function groupColumns(cols: StatementColumns, s: GroupSettings): { layout: GroupLayout; issues: Issue[] } {
  const folded = foldTable(cols);
  const found = findFoldedPairs(folded, s);
  const idf = idfOfFrequencies(wordFrequencies(folded.repTable, folded.counts, false, nearRows(found.near)));
  ensureTexts(cols, nearStatements(found));
  const apart = repsApart(found, cols);
  return { layout: groupsFromPairs(cols, found, nearAccepted(found, cols, idf, s, 0, found.near.length, apart), s, apart), issues: found.issues };
}
