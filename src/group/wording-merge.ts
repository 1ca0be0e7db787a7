import type { IndexGroup } from './group-layout';
import { indicesBy } from './indices-by';
import type { Idf, JoinSide } from './join-features';

/** When groups of one story merge by their pooled words (see `mergeByWording`). */
export interface WordingMergeSettings {
  /** Cosine of two groups' pooled, idf-weighted words at or above which they merge. */
  threshold: number;
  /** A story of more groups than this merges none: a day's roundup is many statements, not one told often. */
  maxGroups: number;
  /** Least number of reports each of the two groups must hold: pooled words say more than a pair's only over several outlets' wordings. */
  minReports: number;
}

/** The threshold is the middle of the range that gives the same groups on newsbench dev (0.25–0.37; see docs/accuracy.md). */
export const WORDING_MERGE_DEFAULTS: WordingMergeSettings = { threshold: 0.3, maxGroups: 64, minReports: 2 };

export type Side = Pick<JoinSide, 'words' | 'denied' | 'place'>;
export type Bag = Map<string, number>;

/** The pooled words of some statements: each word weighted by its idf once per statement holding it. */
export function bagOf(members: readonly number[], sides: readonly Side[], idf: Idf): Bag {
  const bag: Bag = new Map();
  for (const m of members) for (const w of (sides[m] as Side).words) bag.set(w, (bag.get(w) ?? 0) + idf(w));
  return bag;
}

export function cosine(x: Bag, y: Bag): number {
  const norm = (bag: Bag): number => Math.sqrt([...bag.values()].reduce((s, v) => s + v * v, 0));
  const [small, large] = x.size < y.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [w, v] of small) dot += v * (large.get(w) ?? 0);
  const n = norm(x) * norm(y);
  return n === 0 ? 0 : dot / n;
}

/** The speakers' names of a group's members, lower case. */
export const namesOf = (members: readonly number[], sides: readonly Side[]): Set<string> =>
  new Set(members.flatMap((m) => {
    const name = sides[m]?.place.speaker?.name;
    return name ? [name.toLowerCase()] : [];
  }));

/** Whether most of a group's members deny. */
const mostlyDenials = (members: readonly number[], sides: readonly Side[]): boolean => members.filter((m) => sides[m]?.denied !== undefined).length * 2 > members.length;

/**
 * Groups of one story (`topicOf` of the canonical; undefined for none) merged while the two most
 * alike by their pooled words reach `threshold`, when most of one group's members deny, each
 * group holds statements of at least `minReports` reports, a speaker's name is found in both
 * (the very name: `sameSpeaker` would take "the ministry" and its spokesman as one voice, which is
 * right for a pair, but here would carry a whole group of one voice's other denials), and no
 * member of one is kept `apart` from a member of the other.
 * The join decision asks two statements at a time, and a denial reworded by several outlets
 * often shares too little with the claim's wordings for it; pooled, the denials of one claim
 * repeat its rare words many times over. It is the word-level counterpart of
 * `joinDenialGroups` (a group of denials joins the claim its pointer answers): a group of
 * denials joins the group whose words it repeats. Two groups of claims never merge here (in a
 * day's wire they share a topic's words: "support Ted Cruz"), nor two groups of single
 * reports (a pair's words were weighed already), nor groups of no common voice (a rejection of
 * another claim of the story). The merged group keeps the canonical of the larger (ties: the
 * first). Only stories of at most `maxGroups` groups: O(g³) cosines for g groups of a story.
 * Groups come ordered by their first member.
 */
export function mergeByWording(
  groups: readonly IndexGroup[], sides: readonly Side[], idf: Idf, topicOf: (i: number) => number | undefined,
  apart: (a: number, b: number) => boolean, settings: WordingMergeSettings = WORDING_MERGE_DEFAULTS,
): IndexGroup[] {
  const out = groups.map((g) => ({ canonical: g.canonical, members: [...g.members] }));
  const reports = (k: number): number => new Set((out[k] as IndexGroup).members.map((m) => sides[m]?.place.report)).size;
  const byTopic = indicesBy(out, (g, k) => {
    const t = topicOf(g.canonical);
    return t === undefined || reports(k) < settings.minReports ? [] : [t];
  });
  const mayMerge = (a: IndexGroup, b: IndexGroup): boolean =>
    (mostlyDenials(a.members, sides) || mostlyDenials(b.members, sides)) &&
    [...namesOf(a.members, sides)].some((n) => namesOf(b.members, sides).has(n)) &&
    !a.members.some((x) => b.members.some((y) => apart(x, y)));
  for (const list of byTopic.values()) {
    if (list.length < 2 || list.length > settings.maxGroups) continue;
    const bags = new Map(list.map((k) => [k, bagOf((out[k] as IndexGroup).members, sides, idf)]));
    const live = new Set(list);
    for (;;) {
      let best: [number, number] | undefined;
      let most = settings.threshold;
      for (const a of live) {
        for (const b of live) {
          if (b <= a) continue;
          const c = cosine(bags.get(a) as Bag, bags.get(b) as Bag);
          if (c >= most && mayMerge(out[a] as IndexGroup, out[b] as IndexGroup)) [best, most] = [[a, b], c];
        }
      }
      if (best === undefined) break;
      const [ga, gb] = [out[best[0]] as IndexGroup, out[best[1]] as IndexGroup];
      ga.canonical = gb.members.length > ga.members.length ? gb.canonical : ga.canonical;
      ga.members.push(...gb.members);
      gb.members = [];
      live.delete(best[1]);
      bags.set(best[0], bagOf(ga.members, sides, idf));
    }
  }
  return out
    .filter((g) => g.members.length > 0)
    .map((g) => ({ canonical: g.canonical, members: g.members.sort((x, y) => x - y) }))
    .sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
}
