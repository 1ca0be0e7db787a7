/**
 * What a claim counts, read for the figure conflicts: its figures, the words next to them, and
 * whether two claims may give two figures for one count. Read by `figureConflicts` (claims of two
 * groups) and `compareGroup` (two claims of one group).
 */
import { contentWords, type FeatureContext } from '../group/features';
import { FIGURE_QUALIFIERS, MULTIPLIERS, NUMBER_WORDS, PERCENT_WORDS } from '../lexicon/numbers';
import { UNITS } from '../lexicon/units';
import { MONTHS, WEEKDAYS } from '../lexicon/dates';
import type { ClaimDiff } from '../schema/diff';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import { figureOf, FIGURE_TOKEN } from '../text/stated-figures';

/** Words either side of a figure that say what it counts ("killed 1,429 people"). */
const FIGURE_REACH = 3;
/** Content words two claims must share, the counted thing's among them, to be asked whether their figures conflict. */
export const MIN_SHARED_WORDS = 2;

/**
 * Words next to a figure that say nothing of what it counts: its scale, unit or share ("3
 * million", "40 percent", "12 miles"), a spelled number, a qualifier ("nearly").
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MULTIPLIERS), ...Object.keys(NUMBER_WORDS), ...Object.keys(UNITS), ...PERCENT_WORDS, ...Object.keys(FIGURE_QUALIFIERS).flatMap((q) => q.split(' ')),
]);

/** A claim's figures, the content words next to them and all its content words (base forms). */
export interface StatedFigures {
  figures: Set<string>;
  near: Set<string>;
  words: Set<string>;
  /** Names next to a figure (capitalised words past the first, not a month or weekday): where or whose the count is ("130 people in Paris"). */
  names: Set<string>;
}

/**
 * A claim's figures and the content words next to them (base forms), or null when it states no
 * figure. Capitalised words (names, "Clinton", "March", and a sentence's first word) and the
 * figure's own words (see `FIGURE_WORDS`) are not what it counts: every figure of a candidate's
 * story stands next to the candidate's name.
 */
export function statedFigures(text: string, ctx: FeatureContext): StatedFigures | null {
  if (!/\d/.test(text)) return null;
  const tokens = [...text.matchAll(FIGURE_TOKEN)].map((m) => m[0]);
  const figures = new Set<string>();
  const near = new Set<string>();
  // Each token's content words, read once: the windows of two figures overlap.
  const words = new Map<number, string[]>();
  const wordsAt = (k: number): string[] => {
    let w = words.get(k);
    if (w === undefined) {
      const t = tokens[k] as string;
      w = /\d/.test(t) || /^\p{Lu}/u.test(t) || FIGURE_WORDS.has(t.toLowerCase()) ? [] : contentWords(t, ctx);
      words.set(k, w);
    }
    return w;
  };
  const names = new Set<string>();
  tokens.forEach((t, k) => {
    const figure = figureOf(t);
    if (figure === null) return;
    figures.add(figure);
    for (let j = Math.max(0, k - FIGURE_REACH); j <= Math.min(tokens.length - 1, k + FIGURE_REACH); j++) {
      for (const c of wordsAt(j)) near.add(c);
      const w = tokens[j] as string;
      if (j > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !(w.toLowerCase() in MONTHS) && !(w.toLowerCase() in WEEKDAYS)) names.add(w);
    }
  });
  return figures.size === 0 ? null : { figures, near, words: new Set(contentWords(text, ctx)), names };
}

/** Whether two sets hold the same figures. */
const sameFigures = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size === y.size && [...x].every((f) => y.has(f));

/**
 * Whether two claims may give two figures for one count, and so are worth comparing in full:
 * they do not state the same figures, share a content word next to a figure (what is counted,
 * or the verb: "killed") and `MIN_SHARED_WORDS` content words in all, and do not name two
 * places or parties next to their figures and none in common.
 */
export function mayCountOne(x: StatedFigures, y: StatedFigures): boolean {
  if (sameFigures(x.figures, y.figures) || ![...x.near].some((w) => y.near.has(w))) return false;
  // Counts of two places or parties ("killed 130 people in Paris" / "150,000 in Syria") are two counts.
  if (x.names.size > 0 && y.names.size > 0 && ![...x.names].some((n) => y.names.has(n))) return false;
  let shared = 0;
  for (const w of x.words) if (y.words.has(w) && ++shared >= MIN_SHARED_WORDS) return true;
  return false;
}

/** Whether a comparison of two claims is a `contradict` for another number: some contradicting segment gives the reason `number`. */
export function contradictsByNumber(d: Pick<ClaimDiff, 'relation' | 'segments'>): boolean {
  return d.relation === 'contradict' && d.segments.some((seg) => seg.label === 'contradict' && seg.reasons.includes('number'));
}

/**
 * The pairs of `claims` (in their order) that may give two figures for one count (see
 * `mayCountOne`): a group holds the wordings of one statement, and two of them with two tolls is
 * a contradiction the group's canonical comparisons can miss. O(c²) `mayCountOne` tests for the c
 * claims that state figures.
 */
export function figurePairs(claims: readonly Statement[], ctx: FeatureContext): [Statement, Statement][] {
  const stated = claims.flatMap((s) => {
    const fig = statedFigures(propositionText(s), ctx);
    return fig === null ? [] : [{ s, fig }];
  });
  const out: [Statement, Statement][] = [];
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const [x, y] = [stated[i] as (typeof stated)[number], stated[j] as (typeof stated)[number]];
      if (mayCountOne(x.fig, y.fig)) out.push([x.s, y.s]);
    }
  }
  return out;
}
