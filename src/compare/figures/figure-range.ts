import { APPROXIMATION_TOLERANCE, FIGURE_QUALIFIERS, RANGE_JOINERS } from '../../lexicon/numbers';
import { CONVERSION_TOLERANCE } from '../../lexicon/units';
import type { Token } from '../../text/tokens';
import { lookup } from './lookup';
import { readQuantity, sameAmount, type Quantity } from './quantity';

/**
 * The values a figure allows, as an interval: "70" written with one significant digit allows
 * [69.5, 70.5], "about 70" [63, 77], "more than 70" (70, ∞), "10 to 20" [9.5, 20.5]. Two
 * reports of one figure are consistent when their intervals meet.
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** Longest qualifier phrase, in words ("no fewer than"). */
const MAX_QUALIFIER_WORDS = 3;
/** First words of the qualifiers: most tokens start none, and are passed over at once. */
const QUALIFIER_STARTS = new Set(Object.keys(FIGURE_QUALIFIERS).map((q) => q.split(' ')[0] as string));
const JOINERS = new Set(RANGE_JOINERS);
/** Words before "X to Y" that make it a change from X to Y, not a range ("rose from 10 to 20"). */
const CHANGE_MARKERS = new Set(['from']);

/**
 * Reads the figure starting at `tokens[i]` with what bounds it: a qualifier before it ("more
 * than 1,500", "about 70", "no more than 5") or a second figure that makes a range ("10 to
 * 20", "two or three", "between 10 and 20 percent"). Dashes are not read as ranges: "2-1"
 * is as often a score or a vote. Null when no figure starts here.
 */
export function readFigure(tokens: readonly Token[], i: number): Quantity | null {
  const starts = QUALIFIER_STARTS.has(tokens[i]?.norm ?? '');
  for (let n = MAX_QUALIFIER_WORDS; starts && n >= 1; n--) {
    if (i + n >= tokens.length) continue;
    const phrase = tokens.slice(i, i + n).map((t) => t.norm).join(' ');
    const qualifier = lookup(FIGURE_QUALIFIERS, phrase);
    if (qualifier === undefined) continue;
    const q = readQuantity(tokens, i + n);
    if (q === null || q.ordinal) continue;
    return { ...q, qualifier, length: q.length + n };
  }
  if (tokens[i]?.norm === 'between') {
    const low = readQuantity(tokens, i + 1);
    const and = low === null ? undefined : tokens[i + 1 + low.length];
    if (low !== null && and?.norm === 'and') {
      const range = joinRange(low, readQuantity(tokens, i + 2 + low.length));
      if (range !== null) return { ...range, length: range.length + 1 };
    }
  }
  const q = readQuantity(tokens, i);
  if (q === null) return null;
  const joiner = tokens[i + q.length];
  if (joiner === undefined || !JOINERS.has(joiner.norm)) return q;
  if (CHANGE_MARKERS.has(tokens[i - 1]?.norm ?? '')) return q;
  return joinRange(q, readQuantity(tokens, i + q.length + 1)) ?? q;
}

/** "10 to 20 percent": the low end takes the high end's unit when it has none of its own. */
function joinRange(low: Quantity, high: Quantity | null): Quantity | null {
  if (high === null || low.ordinal || high.ordinal || high.qualifier !== undefined) return null;
  const bare = low.unit === '' && low.scale === 1;
  if (low.unit !== high.unit && !bare) return null;
  const value = bare ? low.value * high.scale : low.value;
  const precision = bare ? low.precision * high.scale : low.precision;
  if (!(high.value > value)) return null;
  return { ...high, value, precision, qualifier: 'range', upper: high.value, upperPrecision: high.precision, length: low.length + 1 + high.length };
}

/** The values a figure allows (see Interval). */
export function intervalOf(q: Quantity, tolerance = 0): Interval {
  // A figure of one significant digit is exact ("four" is not 3.5); a rounded one covers half
  // its last place either way ("1,600" covers 1,550 to 1,650).
  const slack = (value: number, precision: number): number => Math.max(precision === 1 ? 0 : precision / 2, tolerance * Math.abs(value));
  const v = q.value;
  const around = slack(v, q.precision);
  const approx = Math.max(around, APPROXIMATION_TOLERANCE * Math.abs(v));
  // A bound converted from another unit is as loose as the conversion ("more than 90 miles"
  // against "150 km"): its end moves outwards by the tolerance.
  const give = tolerance * Math.abs(v);
  switch (q.qualifier) {
    case undefined: return { lo: v - around, hi: v + around, loOpen: false, hiOpen: false };
    case 'approx': return { lo: v - approx, hi: v + approx, loOpen: false, hiOpen: false };
    case 'nearly': return { lo: v - approx, hi: v + give, loOpen: false, hiOpen: false };
    case 'above': return { lo: v - give, hi: Infinity, loOpen: give === 0, hiOpen: true };
    case 'atLeast': return { lo: v - give, hi: Infinity, loOpen: false, hiOpen: true };
    case 'below': return { lo: -Infinity, hi: v + give, loOpen: true, hiOpen: give === 0 };
    case 'atMost': return { lo: -Infinity, hi: v + give, loOpen: true, hiOpen: false };
    case 'range': {
      const upper = q.upper ?? v;
      return { lo: v - around, hi: upper + slack(upper, q.upperPrecision ?? q.precision), loOpen: false, hiOpen: false };
    }
  }
}

/**
 * No value lies in both. Ends that touch part the two only when both are open: "fewer than
 * 100" and "more than 100" never meet, while "more than 70" against "70" is read as loose
 * wording rather than a contradiction.
 */
function disjoint(x: Interval, y: Interval): boolean {
  const apart = (p: Interval, q: Interval): boolean => p.hi < q.lo || (p.hi === q.lo && p.hiOpen && q.loOpen);
  return apart(x, y) || apart(y, x);
}

/** Whether `inner` is a finite interval lying within `outer`, open ends excluded. */
function within(inner: Interval, outer: Interval): boolean {
  if (!Number.isFinite(inner.lo) || !Number.isFinite(inner.hi)) return false;
  const lo = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
  const hi = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
  return lo && hi;
}

/**
 * How two figures of one unit relate. Plain figures: the same amount (rounding allowed) or
 * not. With a bound, an estimate or a range: `same` when one allows only values the other
 * allows ("1,600" within "more than 1,500", "72" within "about 70"), `contradict` when no
 * value satisfies both ("fewer than 100" ~ "more than 200", "between 10 and 20" ~ "30"), and
 * null when they overlap without one containing the other: both may be true ("more than
 * 1,000" ~ "more than 1,500"), neither restates the other. Null across units or ordinals.
 */
export function compareFigures(x: Quantity, y: Quantity): 'same' | 'contradict' | null {
  if (x.unit !== y.unit || x.ordinal !== y.ordinal) return null;
  if (x.qualifier === undefined && y.qualifier === undefined) return sameAmount(x, y) ? 'same' : 'contradict';
  // One bound on one amount, written in other units ("about 90 miles" ~ "about 150 km").
  if (x.qualifier === y.qualifier && x.qualifier !== 'range' && sameAmount(x, y)) return 'same';
  const tolerance = x.scale !== y.scale ? CONVERSION_TOLERANCE : 0;
  const ix = intervalOf(x, tolerance);
  const iy = intervalOf(y, tolerance);
  if (disjoint(ix, iy)) return 'contradict';
  if (within(ix, iy) || within(iy, ix)) return 'same';
  // Two estimates, each centred within the other ("about 2 million" ~ "about 2.1 million").
  const estimate = (q: Quantity): boolean => q.qualifier === 'approx' || q.qualifier === 'nearly';
  const holds = (i: Interval, value: number): boolean => value >= i.lo && value <= i.hi;
  return estimate(x) && estimate(y) && holds(ix, y.value) && holds(iy, x.value) ? 'same' : null;
}

/** The comparison key of a figure: its value, unit and bound ("#>1500", "#10..20%"). */
export function figureKey(q: Quantity): string {
  if (q.qualifier === 'range') return `#${q.value}..${q.upper ?? q.value}${q.unit}`;
  const mark = q.qualifier === undefined ? '' : `${q.qualifier}:`;
  return `#${mark}${q.value}${q.unit}`;
}
