import { deniable, rejectsOutright, statesGeneric, statesObligation } from '../compare/stance';
import type { FeatureContext } from './features';
import { textWordsOf, type TextWords } from './text-words';
import type { IndexGroup } from './group-layout';
import { JoinCounts } from './join-counts';
import { DEFAULT_BLOCKING, joinCandidates, type BlockingSettings } from './join-candidates';
import { joinDenialGroups } from './denial-groups';
import { averageLinkGroups, type ScoredPair } from './join-cluster';
import { ScoredPairs } from './scored-pairs';
import { denialLinkOf, featuresOf, idfOf, joinFeatures, joinSide, type Idf, type JoinFeatures, type JoinSide } from './join-features';
import { JoinTable } from './join-table';
import { JOIN_MODEL, joinProbability, type JoinModel } from './join-model';
import { isPointing } from './pointing-denials';
import { pointedTargets } from './pointed-targets';
import { discountCommon, sharedHolders } from './shared-holders';
import { overlapInReport, readTwice, sameSpeaker, type ReportPlace } from './statement-places';
import { relaysWhole } from './relayed-statement';
import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import { mergeByWording } from './wording-merge';
import { placeNamesOf, type PlaceNames } from './place-names';
import { isOrder } from './orders';
import { onePieceJudged } from './piece-accuracy';
import { oneClaimantDismissed } from './claimant-dismissals';
import { statesHelp } from './helping';
import { negateTwoThings } from './negated-apart';
import { ownVoices } from './own-voices';
import { speakersCounter } from './speakers-counter';

/** A statement as the join decision takes it: its text, whether it denies, where it was read, and the claim it was found to deny. */
export interface JoinItem extends ReportPlace {
  text: string;
  stance?: 'asserts' | 'denies' | undefined;
  /** Index of the claim the extractor found this denial to answer. */
  answers?: number | undefined;
  /** The story its report belongs to (see `reportStories`), when known: statements of two stories are never one group (see `keptApart`), and groups of one story may merge by their pooled words (see `mergeByWording`). */
  topic?: number | undefined;
  /** The statement's reporting verb, when known: a verb of urging with a hearer and an infinitive reports an order (see `isOrder`). */
  cue?: { lemma?: string | undefined } | null | undefined;
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
  /** The sides' words as ids, for the pairs' shared words (see `JoinTable`). */
  table: JoinTable;
}

/**
 * The join context of `items`. O(total words) plus the pointing look-up (see `pointedTargets`)
 * and the lexicon counts' vocabulary (see `JoinCounts`). `read`: the reader of the texts'
 * content words, when the caller has read them already (see `textWordsOf`).
 */
export function joinContext(items: readonly JoinItem[], ctx: FeatureContext, read: TextWords = textWordsOf(ctx)): JoinContext {
  const denies = items.map((x) => (x.stance === 'denies' ? 1 : 0));
  // Each word form is looked up once over all the statements (news reports repeat their words),
  // and each text read once with the caller's reader.
  const sides: JoinSide[] = items.map((x, i) => joinSide(x.text, denies[i] === 1, x, ctx, read));
  const hasPlaces = items.some((x) => x.report !== undefined);
  const targets = hasPlaces ? pointedTargets(items.map((x) => x.text), denies, items, ctx) : new Map<number, number>();
  items.forEach((x, i) => x.answers !== undefined && x.answers !== i && items[x.answers] !== undefined && targets.set(i, x.answers));
  const pointers = hasPlaces ? items.flatMap((x, i) => (denies[i] === 1 && isPointing(x.text, ctx) ? [i] : [])) : [];
  const idf = idfOf(sides);
  return { sides, idf, targets, pointers, counts: JoinCounts.of(sides, ctx.lexicon), table: JoinTable.of(sides, idf) };
}

/** The features of any pair of the context (`i` pointing at `j` when it answers it). */
export function pairFeatures(jc: JoinContext, i: number, j: number, ctx: FeatureContext): JoinFeatures {
  const points = jc.targets.get(i) === j || jc.targets.get(j) === i;
  const [a, b, counts] = [jc.sides[i] as JoinSide, jc.sides[j] as JoinSide, jc.counts];
  if (counts === undefined) return joinFeatures(a, b, jc.idf, ctx, points);
  // The counts and the table were made over these very sides: the same features as `joinFeatures`, read by index.
  const shared = jc.table.shared(i, j);
  const words = { shared: shared.count, sharedWeight: shared.weight, wa: jc.table.weight[i] as number, wb: jc.table.weight[j] as number, soft: counts.soft(a, b) };
  return featuresOf(a, b, words, points, () => denialLinkOf(a, b, ctx, counts));
}

/**
 * Every candidate pair of `items` with its features: pairs sharing rarer words (see
 * `joinCandidates`) and each denial with the statement it answers (see `JoinContext`).
 * Sorted by (i, j), a pointing denial first in its pair. O(candidates · w) array look-ups with
 * the context's `counts`, else O(candidates · w²) lexicon look-ups.
 */
export function candidateFeatures(items: readonly JoinItem[], ctx: FeatureContext, blocking: BlockingSettings = DEFAULT_BLOCKING, jc: JoinContext = joinContext(items, ctx)): PairFeatures[] {
  const out: PairFeatures[] = [];
  eachCandidate(items.length, ctx, blocking, jc, (i, j, f, points) => out.push({ i, j, f, ...(points ? { points } : {}) }));
  return out;
}

/**
 * `candidateFeatures` handed to `visit` one pair at a time, in the same order: the join
 * decision keeps only each pair's probability, so its hundred thousand feature records die
 * young instead of being held (and copied by the garbage collector) until the last is made.
 */
function eachCandidate(
  n: number, ctx: FeatureContext, blocking: BlockingSettings, jc: JoinContext, visit: (i: number, j: number, f: JoinFeatures, points: boolean) => void,
  kept: (i: number, j: number) => boolean = () => true, storyOf?: ArrayLike<number>,
): void {
  const key = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  // The few pointing pairs, sorted, are merged into the candidates (sorted already), the
  // pointing order winning where both hold a pair, rather than sorting all of them again.
  const pointing = new Map<number, [number, number]>();
  for (const [p, t] of jc.targets) pointing.set(key(p, t), [p, t]);
  const extra = [...pointing.entries()].sort((x, y) => x[0] - y[0]);
  const keys = extra.map(([at]) => at);
  const add = ([i, j]: readonly [number, number]): void => {
    if (kept(i, j)) visit(i, j, pairFeatures(jc, i, j, ctx), jc.targets.get(i) === j);
  };
  let k = 0;
  const next = (): readonly [number, number] => (extra[k++] as [number, [number, number]])[1];
  for (const pair of joinCandidates(jc.sides, jc.idf, blocking, ctx.lexicon.meaningKeys?.bind(ctx.lexicon), storyOf)) {
    const at = key(pair[0], pair[1]);
    while (k < keys.length && (keys[k] as number) < at) add(next());
    add(keys[k] === at ? next() : pair);
  }
  while (k < keys.length) add(next());
}

/**
 * Which two statements may never be one group, whatever the decision says: two of reports of
 * different stories (`topic`, when both are known: in a corpus of many stories, most pairs
 * joined across two were a topic's common words, "a marathon at a sprint rate" and "a marathon,
 * not a sprint"; the same words said again in another story make a group there), two overlapping
 * spans of one report (see `overlapInReport`) unless they are one sentence read twice with one
 * stance (see `readTwice`), two people's words of themselves (see `ownVoices`), a denial and a
 * claim of one voice (one voice does not deny itself; with `places`, a capital and its country
 * are one: see `placeNamesOf`), a denial and a claim of its speaker's own view ("he was not
 * surprised by reports that …", see `deniable`: it asserts nothing a denial denies, so it is a
 * statement of its own, not a wording of what it mentions), an order and any statement that is none ("urged
 * Kabul to take action against groups that use Afghan soil" against "talks failed because the
 * Taliban has not taken steps to stop militants": what is urged is neither true nor false, see
 * `isOrder`), a claim that its subject helped another do a thing and a claim that is none ("The
 * Norwegians had assisted the U.S. Navy in planting explosives" against "U.S. Navy divers planted
 * explosives beneath the pipelines": complicity and deed, see `statesHelp`), a generic claim and
 * one that is none ("militant networks often operate across borders" against "militant groups
 * operate from Afghan territory", see `statesGeneric`), two denials that negate two different
 * things when `ctx` is given ("I have not left Tehran with the team" against "Iran has not sent a
 * team to Muscat", see `negateTwoThings`), and, when `claimDenial` is off, any claim and denial.
 */
export function keptApart(items: readonly JoinItem[], claimDenial = true, places?: PlaceNames, ctx?: FeatureContext): (a: number, b: number) => boolean {
  const twoNegations = ctx === undefined ? undefined : negateTwoThings(items, ctx);
  const lexicon = ctx?.lexicon ?? builtInLexicon();
  const overlapping = overlapInReport(items);
  // `deniable` of each claim, one voice or not, by a verdict or not, read once: clustering asks of many pairs with the same claim.
  const known = new Int8Array(items.length * 4);
  const deniableAt = (claim: number, oneVoice: boolean, verdict: boolean): boolean => {
    const k = claim * 4 + (oneVoice ? 1 : 0) + (verdict ? 2 : 0);
    if (known[k] === 0) known[k] = deniable((items[claim] as JoinItem).text, oneVoice, verdict) ? 2 : 1;
    return known[k] === 2;
  };
  // Whether a verdict can matter: only against a claim of what ought to be (see `deniable`).
  const obligations = items.map((x) => x.stance !== 'denies' && statesObligation(x.text));
  const orders = items.map((x) => isOrder(x.text, x.cue?.lemma ?? undefined));
  // A claim of complicity, or of what happens as a rule, is another statement than a claim of the deed.
  const helps = items.map((x) => x.stance !== 'denies' && statesHelp(x.text));
  const generic = items.map((x) => x.stance !== 'denies' && statesGeneric(x.text));
  return (a, b) => {
    const x = items[a] as JoinItem;
    const y = items[b] as JoinItem;
    if (twoStories(x, y) || orders[a] !== orders[b] || ownVoices(x, y, places)) return true;
    const differ = (x.stance === 'denies') !== (y.stance === 'denies');
    if (differ) {
      const [claim, denial] = x.stance === 'denies' ? [b, a] : [a, b];
      const verdict = obligations[claim] === true && rejectsOutright((items[denial] as JoinItem).text, (items[claim] as JoinItem).text);
      return overlapping(a, b) || !claimDenial || !deniableAt(claim, sameSpeaker(x.speaker, y.speaker, places), verdict);
    }
    if ((helps[a] !== helps[b] || generic[a] !== generic[b]) && x.stance !== 'denies') return true;
    if (x.stance === 'denies' && twoNegations !== undefined && twoNegations(a, b)) return true;
    return overlapping(a, b) && !readTwice(x, y) && !relaysWhole(x, y, lexicon) && !relaysWhole(y, x, lexicon);
  };
}

/** Whether two statements are of reports of two stories, both known (see `JoinItem.topic`). */
function twoStories(x: Pick<JoinItem, 'topic'>, y: Pick<JoinItem, 'topic'>): boolean {
  return x.topic !== undefined && y.topic !== undefined && x.topic !== y.topic;
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

/** The groups of `linkedGroups`, with what a merge of whole groups reads of them. */
export interface LinkedGroups {
  groups: IndexGroup[];
  /** The groups of the average link alone, before `joinDenialGroups` (what a fitted merge of whole groups was tried on). */
  clustered: IndexGroup[];
  context: JoinContext;
  /** The candidate pairs the decision was asked about, with their probabilities (typed arrays: they live until the groups are made). */
  scored: ScoredPairs;
  /** The pointer pairs (a denial that only points, and what it answers), with their probabilities. */
  attachments: ScoredPair[];
  /** Which two statements may never be in one group when whole groups merge (see `keptApartInMerge`). */
  apart: (a: number, b: number) => boolean;
}

/**
 * The groups of `joinGroups` before groups of one story merge by their pooled words: ONE
 * fitted decision per candidate pair (`JOIN_MODEL` over `JoinFeatures`, discounted when the
 * words a pair shares are held by more statements, or said by more speakers, than one
 * proposition ever held where it was fitted: see `discountCommon`), clustered by average link without chaining (see
 * `averageLinkGroups`) under the constraints of `keptApart`, the statements of one story that
 * judge the accuracy of an outlet's piece as one (see `onePieceJudged`); then a group of denials alone
 * joins the claim group one of its pointing denials answers (see `joinDenialGroups`).
 */
export function linkedGroups(
  items: readonly JoinItem[], ctx: FeatureContext, options: { model?: JoinModel; claimDenial?: boolean; blocking?: BlockingSettings; context?: JoinContext } = {},
): LinkedGroups {
  const model = options.model ?? JOIN_MODEL;
  const jc = options.context ?? joinContext(items, ctx);
  const scored = new ScoredPairs();
  const attachments: ScoredPair[] = [];
  const holders = model.reach === undefined ? undefined : sharedHolders(jc.sides, model.reach);
  const voices = model.speakerReach === undefined ? undefined : sharedHolders(jc.sides, model.speakerReach, speakersCounter(items));
  // Two stories' statements are kept apart whatever their pair's probability (see `keptApart`): not weighed at all.
  const oneStory = (i: number, j: number): boolean => !twoStories(items[i] as JoinItem, items[j] as JoinItem);
  const storyOf = items.every((x) => x.topic !== undefined) ? Int32Array.from(items, (x) => x.topic as number) : undefined;
  eachCandidate(items.length, ctx, options.blocking ?? DEFAULT_BLOCKING, jc, (i, j, f, points) => {
    // A pointer resolved to another voice's denial (its report quotes no claim) is that denial
    // by the resolution alone: the decision was fitted on pointers answering claims.
    const sure = points && items[j]?.stance === 'denies';
    // Words shared with dozens of statements make a topic: their evidence is discounted (a pointer is joined by what it answers, not by words).
    const p = sure ? 1 : joinProbability(f, model);
    let discounted = points || holders === undefined ? p : discountCommon(p, holders(i, j), model.reach as number);
    // … and so do words many voices say ("the presumptive Republican nominee"): one statement has few.
    if (!points && voices !== undefined) discounted = discountCommon(discounted, voices(i, j), model.speakerReach as number);
    if (points) attachments.push({ i, j, p: discounted, close: f.weightedJaccard });
    else scored.push(i, j, discounted, f.weightedJaccard);
  }, oneStory, storyOf);
  const apart = keptApart(items, options.claimDenial ?? true, placeNamesOf(ctx.lexicon), ctx);
  // Verdicts on one story's piece ("its report was inaccurate", "We stand by our reporting") are one statement, whatever their words.
  for (const [i, j] of onePieceJudged(items, apart)) scored.push(i, j, 1, 1);
  // Dismissals of all one claimant said ("Kerry's claims were fabricated", "all what Kerry mentioned … is lies") are one statement too;
  // closeness 0, so that they never outweigh a claim's wordings as the group's canonical.
  for (const [i, j] of oneClaimantDismissed(items, apart)) scored.push(i, j, 1, 0);
  // Dismissals that answered nothing in their report still travel with a like dismissal that did.
  const groups = averageLinkGroups(items.length, scored, model.cut, apart, attachments, jc.pointers);
  const joined = joinDenialGroups(groups, attachments, model.cut, (i) => items[i]?.stance === 'denies', apart);
  return { groups: joined, clustered: groups, context: jc, scored, attachments, apart: keptApartInMerge(items, apart) };
}

/**
 * Groups of statements that report one statement (see `linkedGroups`); the canonical is the
 * member whose words weigh most in common with the others' (idf-weighted Jaccard). Claims and
 * the denials of them come together through the same decision, and groups of one small story
 * merge while their pooled words are alike (see `mergeByWording`). Deterministic for a given
 * order of `items`. `context`: the `joinContext` of `items`, when the caller made it already.
 */
export function joinGroups(
  items: readonly JoinItem[], ctx: FeatureContext, options: { model?: JoinModel; claimDenial?: boolean; blocking?: BlockingSettings; context?: JoinContext } = {},
): IndexGroup[] {
  const linked = linkedGroups(items, ctx, options);
  return mergeByWording(linked.groups, linked.context.sides, linked.context.idf, (i) => items[i]?.topic, linked.apart);
}
