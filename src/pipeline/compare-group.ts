import { compareValid } from '../compare/pair-core';
import { alignGroup } from '../group/align-group';
import { placeNamesOf } from '../group/place-names';
import { judgesAccuracy, sidesWithPiece } from '../group/piece-accuracy';
import { namesFigure, pointsAt } from '../group/pointing-denials';
import { statesCount } from '../text/stated-figures';
import { sameSpeaker } from '../group/statement-places';
import { oneAccount, onePersonsAccount } from './accounts';
import type { AlignmentTable, Comparison } from '../schema/analysis';
import type { ClaimDiff, Reason, Relation, Segment, Span } from '../schema/diff';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { propositionText, reportSpan } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import { answeredClaims } from './answered-claims';
import { negationOnly } from './negation-only';
import { pieceVerdict } from './piece-verdict';
import { defaultLinkSettings, judgeClaimDenial, type LinkSettings } from './claim-denial-pair';
import { isBlank, trimmed } from './spans';
import { judgeTwoClaims } from './two-claims';
import { judgeTwoDenials } from './two-denials';
import { contradictsByNumber, figurePairs } from './stated-counts';

/** The bounds of the comparisons in one group; see `AnalyzeOptions` for what each means. */
export interface CompareLimits {
  readonly maxGroupComparisons: number;
  readonly maxDenialPairs: number;
  /** Whether the run's time budget (`timeBudget`) is spent: then no more full comparisons. */
  readonly spent?: () => boolean;
}

export const DEFAULT_COMPARE_LIMITS: CompareLimits = { maxGroupComparisons: 50, maxDenialPairs: 200 };

/** A span of a statement's proposition text as a span of its report. */
const shift = (span: Span | null, s: Statement): Span | null => (span === null ? null : reportSpan(s, span));

/** When each report was published, by report id: dates like "on Friday" are read against it. */
export type PublishedDays = ReadonlyMap<string, string>;

/** The pairwise options for two statements: the caller's, with the days their reports were published. */
export function pairOptions(a: Statement, b: Statement, diff: DiffOptions, published: PublishedDays | undefined): DiffOptions {
  const pa = published?.get(a.report);
  const pb = published?.get(b.report);
  if (pa === undefined && pb === undefined) return diff;
  return { ...diff, publishedAt: { ...(pa === undefined ? {} : { a: pa }), ...(pb === undefined ? {} : { b: pb }) } };
}

/** Compares two statements and moves the segment spans from statement offsets to report offsets. */
function comparison(a: Statement, b: Statement, diff: DiffOptions, published: PublishedDays | undefined, link: LinkSettings | undefined, via?: Statement): Comparison & { issues: Issue[] } {
  const d = compareValid(propositionText(a), propositionText(b), pairOptions(a, b, diff, published));
  return toComparison(a, b, d, link, via);
}

/**
 * A pairwise result as a comparison of two statements: spans moved from statement offsets to
 * report offsets, confidence kept; a claim against a denial is a `contradict` (reason `stance`)
 * only when the denial denies what the claim states, with the denied content aligned on both
 * sides (see `judgeClaimDenial`), else it keeps the pairwise relation; two denials never
 * contradict each other (see `judgeTwoDenials`), and two claims contradict by a negation only
 * when they align more than names (see `judgeTwoClaims`). `via`: the claim a denial that only points
 * answers (see `answeredClaims`), when the caller found the claim of this pair to reword it:
 * the denial is then read as pointing at this claim too, and the comparison names `via`.
 */
export function toComparison(a: Statement, b: Statement, d: ClaimDiff, link?: LinkSettings, via?: Statement): Comparison & { issues: Issue[] } {
  if (a.stance !== b.stance) {
    const [claim, denial, side] = a.stance === 'asserts' ? [a, b, 'a' as const] : [b, a, 'b' as const];
    const settings = link ?? defaultLinkSettings();
    const denied = propositionText(denial);
    const answered = via ?? (denial.denies === claim.id ? claim : undefined);
    const points = answered !== undefined && pointsAt(denied, answered.speaker, settings.features);
    const oneVoice = sameSpeaker(claim.speaker, denial.speaker, placeNamesOf(settings.features.lexicon));
    const stated = propositionText(claim);
    // One side of an outlet's piece against the other ("We stand by our reporting", "its report was inaccurate"): no words in common to align.
    const onPiece = !oneVoice && judgesAccuracy(stated) && judgesAccuracy(denied) && sidesWithPiece(stated, 'asserts') !== sidesWithPiece(denied, 'denies');
    const v = onPiece ? pieceVerdict(stated, denied, side) : judgeClaimDenial(stated, denied, d, side, settings, oneVoice, points, negationOnly(denial));
    const through = points && v.relation === 'contradict' && answered !== claim ? { via: (answered as Statement).id } : {};
    return { ...moved(a, b, { ...d, relation: v.relation, segments: v.segments }, v.reasons), ...through };
  }
  const ctx = (link ?? defaultLinkSettings()).features;
  return moved(a, b, a.stance === 'denies' ? judgeTwoDenials(d) : judgeTwoClaims(propositionText(a), propositionText(b), d, ctx, oneAccount(a, b)));
}

function moved(a: Statement, b: Statement, d: ClaimDiff, reasons?: Reason[]): Comparison & { issues: Issue[] } {
  const segments: Segment[] = d.segments.map((s) => ({
    label: s.label, a: shift(s.a, a), b: shift(s.b, b), reasons: s.reasons, ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
  }));
  const base = {
    a: a.id, b: b.id, score: d.score, segments, issues: d.issues.map((i) => ({ ...i, report: b.report })),
    ...(d.confidence === undefined ? {} : { confidence: d.confidence }),
  };
  return { ...base, relation: d.relation, reasons: reasons ?? [] };
}

/** Lower-cased words split at blanks: enough for the share of words in common. */
const wordSet = (text: string): Set<string> => new Set(text.toLowerCase().split(/\s+/u).filter((w) => w !== ''));

/**
 * The cheap comparison used past `maxGroupComparisons`: the common start and end (cut back to
 * a blank, so no word is split) match, the middle is removed and added, the score is the
 * Jaccard similarity of the words, and the relation is the grouping's verdict: `match` for the
 * same text, else `paraphrase`; across stances `differ`, since nothing here aligns the denied
 * content and a difference of stance alone is no contradiction. O(n) in the two lengths, where
 * the full comparison may try every pair of words in a long unaligned middle.
 */
export function cheapComparison(a: Statement, b: Statement, aWords: ReadonlySet<string> = wordSet(a.text)): Comparison {
  const x = a.text;
  const y = b.text;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  if (!(isBlank(x[p]) && isBlank(y[p])) && !(p > 0 && isBlank(x[p - 1]))) while (p > 0 && !isBlank(x[p - 1])) p--;
  let q = 0;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  if (!(isBlank(x[x.length - 1 - q]) && isBlank(y[y.length - 1 - q])) && !(q > 0 && isBlank(x[x.length - q]))) {
    while (q > 0 && !isBlank(x[x.length - q])) q--;
  }
  const segments: Segment[] = [];
  const head = trimmed(x, 0, p, a.start);
  if (head !== null) segments.push({ label: 'match', a: head, b: trimmed(y, 0, p, b.start), reasons: ['identical'] });
  const removed = trimmed(x, p, x.length - q, a.start);
  if (removed !== null) segments.push({ label: 'removed', a: removed, b: null, reasons: [] });
  const added = trimmed(y, p, y.length - q, b.start);
  if (added !== null) segments.push({ label: 'added', a: null, b: added, reasons: [] });
  const tail = trimmed(x, x.length - q, x.length, a.start);
  if (tail !== null) segments.push({ label: 'match', a: tail, b: trimmed(y, y.length - q, y.length, b.start), reasons: ['identical'] });
  const wb = wordSet(y);
  let shared = 0;
  for (const w of aWords) if (wb.has(w)) shared++;
  const union = aWords.size + wb.size - shared;
  const score = union === 0 ? 1 : Math.round((1000 * shared) / union) / 1000;
  if (a.stance !== b.stance) return { a: a.id, b: b.id, relation: 'differ', score, segments, reasons: [] };
  return { a: a.id, b: b.id, relation: x === y ? 'match' : 'paraphrase', score, segments, reasons: [] };
}

/**
 * For a claim and a denial of one group, the claim the denial answers when it only points (see
 * `answeredClaims`; of several, the pair's claim itself, else the first it rewords, else the
 * first of its account) and the claim of the pair is that claim, a wording of it (the two claims
 * compare as `match` or `paraphrase`) or another claim of the same account (see `oneAccount`,
 * and `onePersonsAccount` across reports).
 * The relation is read off the comparison with the canonical when one of them is the canonical
 * and it was made in full; else the two are compared once, in the direction answered → claim,
 * when both may be compared in full (`full`: neither is past `maxGroupComparisons`) and the
 * time budget is not spent; else they are taken not to reword each other, as the caps leave
 * such pairs unread. That check's own issues are not reported: the
 * comparisons of the group report those of its members. Topic is not enough: "the report is
 * utterly false" denies the claims that reword the one it answers, not every claim of its group.
 */
function answersThrough(
  canonical: Statement, withCanonical: ReadonlyMap<string, Relation>, answered: ReadonlyMap<string, readonly Statement[]>,
  full: (s: Statement) => boolean, spent: () => boolean, diff: DiffOptions, published: PublishedDays | undefined,
): (claim: Statement, denial: Statement) => Statement | undefined {
  const known = new Map<string, boolean>();
  const rewords = (target: Statement, claim: Statement): boolean => {
    const key = `${target.id} ${claim.id}`;
    let yes = known.get(key);
    if (yes === undefined) {
      let relation = target === canonical ? withCanonical.get(claim.id) : claim === canonical ? withCanonical.get(target.id) : undefined;
      if (relation === undefined && full(target) && full(claim) && !spent()) {
        relation = compareValid(propositionText(target), propositionText(claim), pairOptions(target, claim, diff, published)).relation;
      }
      known.set(key, (yes = relation === 'match' || relation === 'paraphrase'));
    }
    return yes;
  };
  return (claim, denial) => {
    const targets = answered.get(denial.id) ?? [];
    return targets.find((t) => t === claim) ?? targets.find((t) => rewords(t, claim)) ?? targets.find((t) => oneAccount(t, claim) || onePersonsAccount(t, claim)) ??
      (countsOfOne(claim, denial) ? targets.find((t) => t.speaker !== null && sameSpeaker(t.speaker, claim.speaker)) : undefined);
  };
}

/**
 * Whether a pointer at a figure ("the number Kerry mentioned was fake", see `namesFigure`) may
 * answer `claim` through another claim of its speaker: the claim states a count ("the US now
 * had the facts, which showed 1,429 people had been killed", "the attack … killed 1425 people").
 * The number the speaker gave is whichever wording of it a report carries.
 */
function countsOfOne(claim: Statement, denial: Statement): boolean {
  return claim.speaker !== null && namesFigure(propositionText(denial)) && statesCount(propositionText(claim));
}

export interface ComparedGroup {
  comparisons: Comparison[];
  table?: AlignmentTable;
  issues: Issue[];
  /** Comparisons made cheaply, and claim–denial or figure comparisons left out, because the time budget was spent. */
  overBudget: { cheap: number; left: number };
}

/**
 * The comparisons of one group of two or more: each member against the canonical (the first
 * `maxGroupComparisons` in full, the rest with `cheapComparison`, with one
 * `comparisons-capped` issue), then each claim against each denial, at most `maxDenialPairs`
 * (`denial-pairs-capped` counts the rest), then two claims of the group (not the canonical, not
 * past `maxGroupComparisons`) that may give two figures for one count (see `figurePairs`; the
 * first `maxDenialPairs`, `figure-pairs-capped` counting the rest), kept only when they contradict
 * by a number. Once `limits.spent()` says the run's time budget is spent, members get the cheap
 * comparison and claim–denial and figure pairs are left out, counted in `overBudget`. A denial
 * that only points is read, in whichever loop meets it with a claim, through the claim it answers
 * (`answersThrough`), so the canonical's pairs too. O(m + c·d + f) pairwise comparisons for m
 * members, c claims, d denials and f figure pairs (at most c²), each bounded by the alignment caps.
 */
export function compareGroup(
  groupId: string,
  canonical: Statement,
  members: readonly Statement[],
  diff: DiffOptions,
  limits: CompareLimits,
  table: boolean,
  published?: PublishedDays,
  link?: LinkSettings,
): ComparedGroup {
  const issues: Issue[] = [];
  const comparisons: Comparison[] = [];
  const add = (c: Comparison & { issues: Issue[] }): void => {
    const { issues: found, ...rest } = c;
    issues.push(...found);
    comparisons.push(rest);
  };
  const others = members.filter((m) => m !== canonical);
  const spent = limits.spent ?? ((): boolean => false);
  const overBudget = { cheap: 0, left: 0 };
  let canonicalWords: Set<string> | undefined;
  // The relation of each member compared in full with the canonical (a cheap comparison's relation says nothing).
  const withCanonical = new Map<string, Relation>();
  // The members past `maxGroupComparisons`: compared with the canonical cheaply, and with no one in full.
  const past = new Set(others.slice(limits.maxGroupComparisons));
  const answered = members.some((m) => m.stance === 'denies') ? answeredClaims(members, (link ?? defaultLinkSettings()).features) : new Map<string, Statement[]>();
  const via = answersThrough(canonical, withCanonical, answered, (s) => !past.has(s), spent, diff, published);
  const viaOf = (x: Statement, y: Statement): Statement | undefined => (x.stance === y.stance ? undefined : x.stance === 'asserts' ? via(x, y) : via(y, x));
  for (const m of others) {
    const capped = past.has(m);
    if (!capped && spent()) overBudget.cheap++;
    if (!capped && overBudget.cheap === 0) {
      const c = comparison(canonical, m, diff, published, link, viaOf(canonical, m));
      withCanonical.set(m.id, c.relation);
      add(c);
    }
    else comparisons.push(cheapComparison(canonical, m, (canonicalWords ??= wordSet(canonical.text))));
  }
  if (others.length > limits.maxGroupComparisons) {
    issues.push({
      code: 'comparisons-capped',
      message: `group ${groupId}: ${others.length - limits.maxGroupComparisons} of ${others.length} members were compared with the canonical wording only by their common start and end and shared words (maxGroupComparisons ${limits.maxGroupComparisons})`,
    });
  }
  const claims = others.filter((s) => s.stance === 'asserts');
  const denials = others.filter((s) => s.stance === 'denies');
  const pairs = claims.length * denials.length;
  let made = 0;
  for (const c of claims) {
    for (const d of denials) {
      if (made >= limits.maxDenialPairs) break;
      made++;
      if (spent()) overBudget.left++;
      else add(comparison(c, d, diff, published, link, viaOf(c, d)));
    }
  }
  if (pairs > limits.maxDenialPairs) {
    issues.push({ code: 'denial-pairs-capped', message: `group ${groupId}: ${pairs - limits.maxDenialPairs} of ${pairs} claim–denial comparisons left out (maxDenialPairs ${limits.maxDenialPairs})` });
  }
  // Two claims of the group that give two figures for one count ("1,429 people had been killed",
  // "killed 1425 people") contradict each other, though each may reword the canonical: only the
  // canonical's pairs were compared above.
  const features = (link ?? defaultLinkSettings()).features;
  const figures = figurePairs(claims.filter((c) => !past.has(c)), features);
  if (figures.length > limits.maxDenialPairs) {
    issues.push({ code: 'figure-pairs-capped', message: `group ${groupId}: ${figures.length} pairs of claims might give two figures for one count; the first ${limits.maxDenialPairs} were compared (maxDenialPairs)` });
  }
  for (const [x, y] of figures.slice(0, limits.maxDenialPairs)) {
    if (spent()) {
      overBudget.left++;
      continue;
    }
    const c = comparison(x, y, diff, published, link);
    if (contradictsByNumber(c)) add(c);
  }
  if (!table) return { comparisons, issues, overBudget };
  const rows = comparisons.filter((c) => c.a === canonical.id).map((c) => ({ statement: c.b, segments: c.segments }));
  return { comparisons, issues, overBudget, table: alignGroup({ statement: canonical.id, span: [canonical.start, canonical.end] }, rows) };
}
