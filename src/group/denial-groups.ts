import type { IndexGroup } from './group-layout';
import type { ScoredPair } from './join-cluster';

/**
 * Each group of denials alone (no claim in it) joins the group of the claim that one of its
 * denials only points at ("this is utterly false", resolved to the claim it answers, see
 * `pointedTargets`): `links` are those pointer → claim pairs, the most probable first, taken
 * when the probability reaches `cut` and nothing of the two groups is kept `apart`.
 * `averageLinkGroups` moves only a cluster made of pointers alone; but a pointer often
 * clustered first with its speaker's other denials ("the report is a complete fiction", "we
 * were not involved"), whose words the claim's five wordings share too little for the average
 * link, so the denials made a group of their own and never met the statement they deny. The
 * pointer says which statement that is. Only pointers: a denial that merely shares a topic's
 * words with a claim carried denial groups into topic groups of a day's wire (PolNeAR).
 * No chaining: a denial group joins at most one claim group, and two claim groups never join
 * through it. The claim group's canonical stays the canonical. Groups come ordered by their
 * first member. O(L log L + L · s²) for L links and groups of size s.
 */
export function joinDenialGroups(
  groups: readonly IndexGroup[], links: readonly ScoredPair[], cut: number, denies: (i: number) => boolean, apart: (a: number, b: number) => boolean,
): IndexGroup[] {
  const out = groups.map((g) => ({ canonical: g.canonical, members: [...g.members] }));
  const groupOf = new Map<number, number>();
  out.forEach((g, k) => g.members.forEach((m) => groupOf.set(m, k)));
  const denialsOnly = out.map((g) => g.members.every(denies));
  const order = links.filter((e) => e.p >= cut && denies(e.i) !== denies(e.j)).sort((x, y) => y.p - x.p || x.i - y.i || x.j - y.j);
  for (const e of order) {
    const [d, c] = denies(e.i) ? [e.i, e.j] : [e.j, e.i];
    const [from, into] = [groupOf.get(d), groupOf.get(c)];
    if (from === undefined || into === undefined || from === into || !denialsOnly[from]) continue;
    const [moving, staying] = [(out[from] as IndexGroup).members, (out[into] as IndexGroup).members];
    if (staying.some((m) => moving.some((x) => apart(x, m)))) continue;
    for (const m of moving) groupOf.set(m, into);
    staying.push(...moving);
    (out[from] as IndexGroup).members = [];
    denialsOnly[from] = false;
  }
  return out
    .filter((g) => g.members.length > 0)
    .map((g) => ({ canonical: g.canonical, members: g.members.sort((x, y) => x - y) }))
    .sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
}
