/**
 * A fitted merge of whole groups of one story, after `linkedGroups`, as scripts/fit-group-merge.ts
 * measures it: tried as the replacement of `mergeByWording`'s hand conditions and not shipped
 * (by leave-one-story-out it does not beat them; see docs/accuracy.md, "A fitted merge of whole
 * groups"), so it lives beside its fitting script and not in the library.
 */
import type { IndexGroup } from '../src/group/group-layout';
import type { Idf } from '../src/group/join-features';
import type { ScoredPair } from '../src/group/join-cluster';
import { bagOf, cosine, namesOf, type Bag, type Side } from '../src/group/wording-merge';

/** What a fitted merge of two whole groups of one story reads of them (see `groupPairs`). */
export interface GroupPairFeatures {
  /** Cosine of the two groups' pooled, idf-weighted words. */
  cosine: number;
  /** The most probable cross pair the join decision scored (0 when none). */
  maxJoin: number;
  /** The mean join probability over all cross pairs, a pair never scored counting 0. */
  meanJoin: number;
  /** The larger and the smaller of the two groups' shares of denials. */
  denialShareMax: number;
  denialShareMin: number;
  /** 1 when one group is mostly claims and the other mostly denials. */
  claimDenial: number;
  /** 1 when a speaker's very name is found in both. */
  sharedName: number;
  /** log(1 + reports) of the group with fewer reports, and of the other. */
  reportsMin: number;
  reportsMax: number;
  /** 1 when a denial of one answers a statement of the other (found by the extractor or pointed at). */
  answersAcross: number;
  /** The cosine where a speaker's name is found in both, else 0; and where one group mostly denies, else 0. */
  cosineNamed: number;
  cosineDenied: number;
  /** 1 when each group holds statements of at least two reports. */
  severalReports: number;
  /** Cosine of one group's pooled denied propositions with the other's pooled claims (the larger of the two ways). */
  deniedCosine: number;
}

export const GROUP_PAIR_FEATURE_KEYS: readonly (keyof GroupPairFeatures)[] = [
  'cosine', 'maxJoin', 'meanJoin', 'denialShareMax', 'denialShareMin', 'claimDenial', 'sharedName', 'reportsMin', 'reportsMax', 'answersAcross', 'cosineNamed', 'cosineDenied', 'severalReports', 'deniedCosine',
];

/** A logistic decision over `GroupPairFeatures`: two groups of one story are one statement when the probability reaches the cut. */
export interface GroupMergeModel {
  readonly weights: Readonly<Record<keyof GroupPairFeatures, number>>;
  readonly bias: number;
  readonly cut: number;
  /** A story of more groups than this merges none (a day's roundup is many statements), and bounds the O(g³) merging. */
  readonly maxGroups: number;
}

/** What the merge reads of a story's groups: the statements' sides, the pairs the join decision scored, and what answers what. */
export interface MergeInput {
  sides: readonly Side[];
  idf: Idf;
  /** Every pair the join decision was asked about, with its probability. */
  pairs: readonly ScoredPair[];
  /** Each denial and the statement it answers. */
  targets: ReadonlyMap<number, number>;
  /** The story of a statement (undefined for none): only groups of one story merge. */
  topicOf: (i: number) => number | undefined;
  /** Two statements that may never be in one group: a hard constraint, not a feature. */
  apart: (a: number, b: number) => boolean;
}

/** A group as the merge weighs it: its members, pooled words, reports and denials. */
interface Weighed {
  members: number[];
  bag: Bag;
  claims: Bag;
  denied: Bag;
  reports: number;
  denials: number;
  names: Set<string>;
}

/** The pooled words the denials of `members` deny, each weighted by its idf once per denial. */
function deniedBag(members: readonly number[], sides: readonly Side[], idf: Idf): Bag {
  const bag: Bag = new Map();
  for (const m of members) for (const w of new Set(sides[m]?.denied?.proposition ?? [])) bag.set(w, (bag.get(w) ?? 0) + idf(w));
  return bag;
}

function weigh(members: number[], input: MergeInput): Weighed {
  const { sides } = input;
  return {
    members,
    bag: bagOf(members, sides, input.idf),
    claims: bagOf(members.filter((m) => sides[m]?.denied === undefined), sides, input.idf),
    denied: deniedBag(members, sides, input.idf),
    reports: new Set(members.map((m) => sides[m]?.place.report)).size,
    denials: members.filter((m) => sides[m]?.denied !== undefined).length,
    names: namesOf(members, sides),
  };
}

/** The join probabilities by pair (a · n + b, a < b), the larger where a pair was given twice. */
function probabilities(pairs: readonly ScoredPair[], n: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of pairs) {
    const k = e.i < e.j ? e.i * n + e.j : e.j * n + e.i;
    out.set(k, Math.max(e.p, out.get(k) ?? 0));
  }
  return out;
}

function featuresOf(a: Weighed, b: Weighed, prob: ReadonlyMap<number, number>, n: number, targets: ReadonlyMap<number, number>): GroupPairFeatures {
  let max = 0;
  let sum = 0;
  for (const x of a.members) {
    for (const y of b.members) {
      const p = prob.get(x < y ? x * n + y : y * n + x) ?? 0;
      sum += p;
      if (p > max) max = p;
    }
  }
  const [da, db] = [a.denials / a.members.length, b.denials / b.members.length];
  const inB = new Set(b.members);
  const inA = new Set(a.members);
  const across = a.members.some((m) => inB.has(targets.get(m) ?? -1)) || b.members.some((m) => inA.has(targets.get(m) ?? -1));
  const [ra, rb] = [Math.log1p(a.reports), Math.log1p(b.reports)];
  const c = cosine(a.bag, b.bag);
  const named = [...a.names].some((x) => b.names.has(x));
  return {
    cosine: c,
    cosineNamed: named ? c : 0,
    deniedCosine: Math.max(cosine(a.denied, b.claims), cosine(b.denied, a.claims)),
    cosineDenied: Math.max(da, db) > 0.5 ? c : 0,
    severalReports: Math.min(a.reports, b.reports) >= 2 ? 1 : 0,
    maxJoin: max,
    meanJoin: sum / (a.members.length * b.members.length),
    denialShareMax: Math.max(da, db),
    denialShareMin: Math.min(da, db),
    claimDenial: Math.min(da, db) <= 0.5 && Math.max(da, db) > 0.5 ? 1 : 0,
    sharedName: named ? 1 : 0,
    reportsMin: Math.min(ra, rb),
    reportsMax: Math.max(ra, rb),
    answersAcross: across ? 1 : 0,
  };
}

/** The model's probability that two groups are one statement. */
export function groupMergeProbability(f: GroupPairFeatures, model: GroupMergeModel): number {
  let z = model.bias;
  for (const k of GROUP_PAIR_FEATURE_KEYS) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}

/** The groups of each story, by index into `groups`: only stories of 2 to `maxGroups` groups. */
function storiesOf(groups: readonly IndexGroup[], topicOf: (i: number) => number | undefined, maxGroups: number): number[][] {
  const byTopic = new Map<number, number[]>();
  groups.forEach((g, k) => {
    const t = topicOf(g.canonical);
    if (t === undefined) return;
    const list = byTopic.get(t);
    if (list === undefined) byTopic.set(t, [k]);
    else list.push(k);
  });
  return [...byTopic.values()].filter((list) => list.length >= 2 && list.length <= maxGroups);
}

const keptApartGroups = (a: Weighed, b: Weighed, apart: (x: number, y: number) => boolean): boolean => a.members.some((x) => b.members.some((y) => apart(x, y)));

/**
 * Every pair of groups of one story (see `storiesOf`) with no member kept apart, and its
 * features: the rows a fitting script labels. O(g² · s²) per story of g groups of size s.
 */
export function groupPairs(groups: readonly IndexGroup[], input: MergeInput, maxGroups: number): { a: number; b: number; f: GroupPairFeatures }[] {
  const n = input.sides.length;
  const prob = probabilities(input.pairs, n);
  const weighed = groups.map((g) => weigh([...g.members], input));
  const out: { a: number; b: number; f: GroupPairFeatures }[] = [];
  for (const list of storiesOf(groups, input.topicOf, maxGroups)) {
    for (const a of list) {
      for (const b of list) {
        if (b <= a || keptApartGroups(weighed[a] as Weighed, weighed[b] as Weighed, input.apart)) continue;
        out.push({ a, b, f: featuresOf(weighed[a] as Weighed, weighed[b] as Weighed, prob, n, input.targets) });
      }
    }
  }
  return out;
}

/**
 * Groups of one story merged by ONE fitted decision over whole groups (`model` over
 * `GroupPairFeatures`), greedily, the most probable pair first, while its probability reaches
 * the cut and no member of one is kept `apart` from a member of the other; each merge weighs
 * the merged group again against the others. The merged group keeps the canonical of the
 * larger (ties: the first). Groups come ordered by their first member. O(g³ · s²) per story.
 */
export function mergeByModel(groups: readonly IndexGroup[], input: MergeInput, model: GroupMergeModel): IndexGroup[] {
  const n = input.sides.length;
  const prob = probabilities(input.pairs, n);
  const out = groups.map((g) => ({ canonical: g.canonical, members: [...g.members] }));
  const weighed = out.map((g) => weigh(g.members, input));
  const p = (a: number, b: number): number =>
    keptApartGroups(weighed[a] as Weighed, weighed[b] as Weighed, input.apart) ? 0 : groupMergeProbability(featuresOf(weighed[a] as Weighed, weighed[b] as Weighed, prob, n, input.targets), model);
  for (const list of storiesOf(out, input.topicOf, model.maxGroups)) {
    const live = new Set(list);
    const score = new Map<number, number>();
    const key = (a: number, b: number): number => (a < b ? a * out.length + b : b * out.length + a);
    for (const a of list) for (const b of list) if (a < b) score.set(key(a, b), p(a, b));
    for (;;) {
      let best: [number, number] | undefined;
      let most = model.cut;
      for (const a of live) {
        for (const b of live) {
          const s = b > a ? (score.get(key(a, b)) as number) : -1;
          if (s >= most) [best, most] = [[a, b], s];
        }
      }
      if (best === undefined) break;
      const [a, b] = best;
      const [ga, gb] = [out[a] as IndexGroup, out[b] as IndexGroup];
      ga.canonical = gb.members.length > ga.members.length ? gb.canonical : ga.canonical;
      ga.members.push(...gb.members);
      gb.members = [];
      live.delete(b);
      weighed[a] = weigh(ga.members, input);
      for (const c of live) if (c !== a) score.set(key(a, c), p(a, c));
    }
  }
  return out
    .filter((g) => g.members.length > 0)
    .map((g) => ({ canonical: g.canonical, members: g.members.sort((x, y) => x - y) }))
    .sort((x, y) => (x.members[0] as number) - (y.members[0] as number));
}
