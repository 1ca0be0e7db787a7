import { deniable } from '../compare/stance';
import type { FeatureContext } from './features';
import type { IndexGroup } from './group-layout';
import { JoinCounts } from './join-counts';
import { DEFAULT_BLOCKING, joinCandidates, type BlockingSettings } from './join-candidates';
import { joinDenialGroups } from './denial-groups';
import { averageLinkGroups, type ScoredPair } from './join-cluster';
import { idfOf, joinFeatures, joinSide, type Idf, type JoinFeatures, type JoinSide } from './join-features';
import { JOIN_MODEL, joinProbability, type JoinModel } from './join-model';
import { isPointing, pointedTargets } from './pointing-denials';
import { discountCommon, sharedHolders } from './shared-holders';
import { overlapInReport, readTwice, sameSpeaker, type ReportPlace } from './statement-places';
import { mergeByWording } from './wording-merge';

/** A statement as the join decision takes it: its text, whether it denies, where it was read, and the claim it was found to deny. */
export interface JoinItem extends ReportPlace {
  text: string;
  stance?: 'asserts' | 'denies' | undefined;
  /** Index of the claim the extractor found this denial to answer. */
  answers?: number | undefined;
  /** The story its report belongs to (see `reportStories`), when known: groups of one story may merge by their pooled words (see `mergeByWording`). */
  topic?: number | undefined;
}

/** A candidate pair and its features; `points` when `i` only points at `j` (see `pointedTargets`). */
export interface PairFeatures {
  i: number;
  j: number;
  f: JoinFeatures;
  points?: boolean;
}

/**
 * What the decision reads of a set of statements: each one's side, the words' idf, who points
 * at whom, which denials only point, and the sides' lexicon counts.
 */
export interface JoinContext {
  sides: JoinSide[];
  idf: Idf;
  /** Each denial that answers a statement (found by the extractor, or pointed at: see `pointedTargets`), and that statement. */
  targets: Map<number, number>;
  /** The denials that only point ("This is pure fiction", see `isPointing`), answering something or not; none without places. */
  pointers: number[];
  /** The sides' lexicon counts, when the lexicon gives meaning keys (see `JoinCounts`). */
  counts?: JoinCounts | undefined;
}

/**
 * The join context of `items`. O(total words) plus the pointing look-up (see `pointedTargets`)
 * and the lexicon counts' vocabulary (see `JoinCounts`).
 */
export function joinContext(items: readonly JoinItem[], ctx: FeatureContext): JoinContext {
  const denies = items.map((x) => (x.stance === 'denies' ? 1 : 0));
  const sides: JoinSide[] = items.map((x, i) => joinSide(x.text, denies[i] === 1, x, ctx));
  const hasPlaces = items.some((x) => x.report !== undefined);
  const targets = hasPlaces ? pointedTargets(items.map((x) => x.text), denies, items, ctx) : new Map<number, number>();
  items.forEach((x, i) => x.answers !== undefined && x.answers !== i && items[x.answers] !== undefined && targets.set(i, x.answers));
  const pointers = hasPlaces ? items.flatMap((x, i) => (denies[i] === 1 && isPointing(x.text, ctx) ? [i] : [])) : [];
  return { sides, idf: idfOf(sides), targets, pointers, counts: JoinCounts.of(sides, ctx.lexicon) };
}

/** The features of any pair of the context (`i` pointing at `j` when it answers it). */
export function pairFeatures(jc: JoinContext, i: number, j: number, ctx: FeatureContext): JoinFeatures {
  const points = jc.targets.get(i) === j || jc.targets.get(j) === i;
  return joinFeatures(jc.sides[i] as JoinSide, jc.sides[j] as JoinSide, jc.idf, ctx, points, jc.counts);
}

/**
 * Every candidate pair of `items` with its features: pairs sharing rarer words (see
 * `joinCandidates`) and each denial with the statement it answers (see `JoinContext`).
 * Sorted by (i, j), a pointing denial first in its pair. O(candidates · w) array look-ups with
 * the context's `counts`, else O(candidates · w²) lexicon look-ups.
 */
export function candidateFeatures(items: readonly JoinItem[], ctx: FeatureContext, blocking: BlockingSettings = DEFAULT_BLOCKING, jc: JoinContext = joinContext(items, ctx)): PairFeatures[] {
  const key = (a: number, b: number): number => (a < b ? a * items.length + b : b * items.length + a);
  const pairs = new Map<number, [number, number]>();
  for (const [i, j] of joinCandidates(jc.sides, jc.idf, blocking, ctx.lexicon.meaningKeys?.bind(ctx.lexicon))) pairs.set(key(i, j), [i, j]);
  for (const [p, t] of jc.targets) pairs.set(key(p, t), [p, t]);
  return [...pairs.entries()].sort((x, y) => x[0] - y[0]).map(([, [i, j]]) => {
    const points = jc.targets.get(i) === j;
    return { i, j, f: pairFeatures(jc, i, j, ctx), ...(points ? { points } : {}) };
  });
}

/**
 * Which two statements may never be one group, whatever the decision says: two overlapping
 * spans of one report (see `overlapInReport`) unless they are one sentence read twice with one
 * stance (see `readTwice`), a denial and a claim of one voice (one voice does not deny
 * itself), a denial and a claim of its speaker's own view ("he was not surprised by reports
 * that …", see `deniable`: it asserts nothing a denial denies, so it is a statement of
 * its own, not a wording of what it mentions), and, when `claimDenial` is off, any claim and
 * denial.
 */
export function keptApart(items: readonly JoinItem[], claimDenial = true): (a: number, b: number) => boolean {
  const overlapping = overlapInReport(items);
  return (a, b) => {
    const x = items[a] as JoinItem;
    const y = items[b] as JoinItem;
    const differ = (x.stance === 'denies') !== (y.stance === 'denies');
    if (differ) return overlapping(a, b) || !claimDenial || !deniable((x.stance === 'denies' ? y : x).text, sameSpeaker(x.speaker, y.speaker));
    return overlapping(a, b) && !readTwice(x, y);
  };
}

/**
 * `apart` for merging whole groups by their words (see `mergeByWording`), but for a denial and
 * the claim the extractor found it to answer ("rejected reports that P" and the P read inside
 * it): `keptApart` keeps those two overlapping spans apart pair by pair, as their shared words
 * prove nothing; merged only when their groups' pooled words are alike, they are one statement
 * and its denial.
 */
function keptApartInMerge(items: readonly JoinItem[], apart: (a: number, b: number) => boolean): (a: number, b: number) => boolean {
  return (a, b) => {
    const [x, y] = [items[a] as JoinItem, items[b] as JoinItem];
    const answered = (x.stance === 'denies') !== (y.stance === 'denies') && (x.answers === b || y.answers === a);
    return !answered && apart(a, b);
  };
}

/**
 * Groups of statements that report one statement, by ONE fitted decision per candidate pair
 * (`JOIN_MODEL` over `JoinFeatures`, discounted when the words a pair shares are held by more
 * statements than one proposition ever held where it was fitted: see `discountCommon`),
 * clustered by average link without chaining (see `averageLinkGroups`) under the constraints of `keptApart`; the canonical is the member whose
 * words weigh most in common with the others' (idf-weighted Jaccard). Claims and the denials of them come
 * together through the same decision; a group of denials alone then joins the claim group one
 * of its pointing denials answers (see `joinDenialGroups`), and groups of one small story merge
 * while their pooled words are alike (see `mergeByWording`). Deterministic for a given order of `items`. `context`:
 * the `joinContext` of `items`, when the caller made it already.
 */
export function joinGroups(
  items: readonly JoinItem[], ctx: FeatureContext, options: { model?: JoinModel; claimDenial?: boolean; blocking?: BlockingSettings; context?: JoinContext } = {},
): IndexGroup[] {
  const model = options.model ?? JOIN_MODEL;
  const jc = options.context ?? joinContext(items, ctx);
  const scored: ScoredPair[] = [];
  const attachments: ScoredPair[] = [];
  const holders = model.reach === undefined ? undefined : sharedHolders(jc.sides, model.reach);
  for (const c of candidateFeatures(items, ctx, options.blocking, jc)) {
    // A pointer resolved to another voice's denial (its report quotes no claim) is that denial
    // by the resolution alone: the decision was fitted on pointers answering claims.
    const sure = c.points === true && items[c.j]?.stance === 'denies';
    // Words shared with dozens of statements make a topic: their evidence is discounted (a pointer is joined by what it answers, not by words).
    const p = sure ? 1 : joinProbability(c.f, model);
    const discounted = c.points || holders === undefined ? p : discountCommon(p, holders(c.i, c.j), model.reach as number);
    (c.points ? attachments : scored).push({ i: c.i, j: c.j, p: discounted, close: c.f.weightedJaccard });
  }
  const apart = keptApart(items, options.claimDenial ?? true);
  // Dismissals that answered nothing in their report still travel with a like dismissal that did.
  const groups = averageLinkGroups(items.length, scored, model.cut, apart, attachments, jc.pointers);
  const joined = joinDenialGroups(groups, attachments, model.cut, (i) => items[i]?.stance === 'denies', apart);
  return mergeByWording(joined, jc.sides, jc.idf, (i) => items[i]?.topic, keptApartInMerge(items, apart));
}
