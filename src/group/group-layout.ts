import type { Group } from '../schema/analysis';
import type { StatementColumns } from './collect';
/** Groups as lists of indices into the input, with the canonical index. */
export interface IndexGroup {
  canonical: number;
  members: number[];
}

/**
 * Groups over typed arrays: group g holds `members[start[g] … start[g + 1])`, ascending, and its
 * canonical is `canonical[g]`; groups are ordered by their first member. Three arrays whatever
 * the number of groups, so a million statements make no million objects, and groups can be
 * written out one by one.
 */
export interface GroupLayout {
  canonical: Int32Array;
  start: Int32Array;
  members: Int32Array;
}

/** The layout of a centre array (each index's canonical, see `clusterCentres`). O(n), two passes. */
export function layoutOf(centre: Int32Array): GroupLayout {
  const n = centre.length;
  const groupOf = new Int32Array(n).fill(-1);
  const size: number[] = [];
  const canonical: number[] = [];
  const slot = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = centre[i] as number;
    // A centre's group is numbered when its first member comes: groups come by first member.
    let g = groupOf[c] as number;
    if (g < 0) {
      g = size.length;
      groupOf[c] = g;
      size.push(0);
      canonical.push(c);
    }
    slot[i] = g;
    size[g] = (size[g] as number) + 1;
  }
  const start = new Int32Array(size.length + 1);
  for (let g = 0; g < size.length; g++) start[g + 1] = (start[g] as number) + (size[g] as number);
  const fill = start.slice(0, size.length);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = slot[i] as number;
    members[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }
  return { canonical: Int32Array.from(canonical), start, members };
}

/** Groups as objects, in layout order. */
export function groupsOfLayout(layout: GroupLayout): IndexGroup[] {
  const out: IndexGroup[] = [];
  for (let g = 0; g + 1 < layout.start.length; g++) {
    out.push({ canonical: layout.canonical[g] as number, members: Array.from(layout.members.subarray(layout.start[g] as number, layout.start[g + 1] as number)) });
  }
  return out;
}

/** The layout of groups given as objects (none empty, members ascending), ordered by first member. */
export function layoutOfGroups(groups: readonly IndexGroup[], n: number): GroupLayout {
  const sorted = [...groups].sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
  const start = new Int32Array(sorted.length + 1);
  const members = new Int32Array(n);
  sorted.forEach((g, k) => {
    members.set(g.members, start[k] as number);
    start[k + 1] = (start[k] as number) + g.members.length;
  });
  return { canonical: Int32Array.from(sorted, (g) => g.canonical), start, members };
}

/** Group `k` of a layout as output: `g{k+1}`, member ids in natural order, the canonical's id. */
export function groupAt(cols: Pick<StatementColumns, 'ids'>, layout: GroupLayout, k: number): Group {
  const members: string[] = [];
  for (let t = layout.start[k] as number; t < (layout.start[k + 1] as number); t++) members.push(cols.ids[layout.members[t] as number] as string);
  return { id: `g${k + 1}`, members, canonical: cols.ids[layout.canonical[k] as number] as string };
}

/** Groups of a layout as objects. */
export function groupsOf(cols: Pick<StatementColumns, 'ids'>, layout: GroupLayout): Group[] {
  return Array.from({ length: layout.canonical.length }, (_, k) => groupAt(cols, layout, k));
}
