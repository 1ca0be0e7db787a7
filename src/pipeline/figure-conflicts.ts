import { contentWords, type FeatureContext } from '../group/features';
import { FIGURE_QUALIFIERS, MULTIPLIERS, NUMBER_WORDS, PERCENT_WORDS } from '../lexicon/numbers';
import { UNITS } from '../lexicon/units';
import { figureOf, FIGURE_TOKEN } from '../text/stated-figures';
import type { Comparison, Topic } from '../schema/analysis';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import type { LinkSettings } from './claim-denial-pair';
import { compareValid } from '../compare/pair-core';
import { pairOptions, toComparison, type PublishedDays } from './compare-group';

/** Words either side of a figure that say what it counts ("killed 1,429 people"). */
const FIGURE_REACH = 3;
/** Content words two claims must share, the counted thing's among them, to be asked whether their figures conflict. */
const MIN_SHARED_WORDS = 2;
/** Pairs of claims one topic may compare for their figures, at most: the first in statement order. */
export const MAX_FIGURE_PAIRS = 100;


/**
 * Words next to a figure that say nothing of what it counts: its scale, unit or share ("3
 * million", "40 percent", "12 miles"), a spelled number, a qualifier ("nearly").
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MULTIPLIERS), ...Object.keys(NUMBER_WORDS), ...Object.keys(UNITS), ...PERCENT_WORDS, ...Object.keys(FIGURE_QUALIFIERS).flatMap((q) => q.split(' ')),
]);

/**
 * A claim's figures and the content words next to them (base forms), or null when it states no
 * figure. Capitalised words (names, "Clinton", "March", and a sentence's first word) and the
 * figure's own words (see `FIGURE_WORDS`) are not what it counts: every figure of a candidate's
 * story stands next to the candidate's name.
 */
function figuresOf(text: string, ctx: FeatureContext): { figures: Set<string>; near: Set<string>; words: Set<string> } | null {
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
  tokens.forEach((t, k) => {
    const figure = figureOf(t);
    if (figure === null) return;
    figures.add(figure);
    for (let j = Math.max(0, k - FIGURE_REACH); j <= Math.min(tokens.length - 1, k + FIGURE_REACH); j++) for (const c of wordsAt(j)) near.add(c);
  });
  return figures.size === 0 ? null : { figures, near, words: new Set(contentWords(text, ctx)) };
}

/** What the conflicts of a run read: the diff options, the days reports were published, the link settings, and the time budget. */
export interface FigureConflictSettings {
  diff: DiffOptions;
  published?: PublishedDays | undefined;
  link: LinkSettings;
  spent?: () => boolean;
}

type Claim = { s: Statement; k: number; group: string; fig: NonNullable<ReturnType<typeof figuresOf>> };

/** Whether two sets hold the same figures. */
const sameFigures = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size === y.size && [...x].every((f) => y.has(f));

/**
 * The pairs of claims (indices, `i < j`, ascending) of two groups that share a word next to a
 * figure, do not state the same figures, and share `MIN_SHARED_WORDS` content words: found
 * through an index of those words, so claims with nothing counted in common are never paired.
 * Checks `spent` as it goes; `null` once it is.
 */
function candidatePairs(claims: readonly Claim[], spent: () => boolean): [number, number][] | null {
  const holders = new Map<string, number[]>();
  claims.forEach((c, k) => {
    for (const w of c.fig.near) {
      const list = holders.get(w);
      if (list === undefined) holders.set(w, [k]);
      else list.push(k);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of holders.values()) {
    if (spent()) return null;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = [list[a] as number, list[b] as number];
        const key = i * claims.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const [x, y] = [claims[i] as Claim, claims[j] as Claim];
        if (x.group === y.group || sameFigures(x.fig.figures, y.fig.figures)) continue;
        if ([...x.fig.words].filter((w) => y.fig.words.has(w)).length >= MIN_SHARED_WORDS) pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * The claims of two groups in the reports of one topic that give two figures for one count
 * ("forces killed 1,429 people" against "the attack had killed 355"): a statement's groups hold
 * its wordings and denials, so two claims that contradict each other by a figure are in two
 * groups, where no group comparison meets them. Candidates are two claims of two groups, both
 * read in the topic's reports (a group goes to the topic of most of its members, but each of its
 * claims was read in one report of one story), that both state figures (a year is a date, not a count), not the same ones, with a content word next
 * to a figure in common (what is counted, or the verb: "killed") and `MIN_SHARED_WORDS` in all;
 * each is compared in full (`diffClaims`' core), and kept when it is a `contradict` for another
 * number. At most `MAX_FIGURE_PAIRS` candidates a topic, in statement order (a
 * `figure-pairs-capped` issue says how many were left), and none once the time budget is spent.
 * Each topic's comparisons in statement order; topics without any are not in the map. The same
 * for any order of the inputs but the statements' (statement order decides which pairs a cap
 * keeps). O(c · h) for c claims with figures and h claims holding a word next to a figure.
 */
export function figureConflicts(topics: readonly Topic[], groups: readonly { id: string; members: string[] }[], statements: readonly Statement[], settings: FigureConflictSettings): { conflicts: Map<string, Comparison[]>; issues: Issue[] } {
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const id of g.members) groupOf.set(id, g.id);
  // The claims stating figures, by report: a topic's are those of its reports, wherever their groups went.
  const byReport = new Map<string, Claim[]>();
  statements.forEach((s, k) => {
    const group = groupOf.get(s.id);
    if (group === undefined || s.stance !== 'asserts') return;
    const fig = figuresOf(propositionText(s), settings.link.features);
    if (fig === null) return;
    const list = byReport.get(s.report);
    if (list === undefined) byReport.set(s.report, [{ s, k, group, fig }]);
    else list.push({ s, k, group, fig });
  });
  const spent = settings.spent ?? ((): boolean => false);
  const out = new Map<string, Comparison[]>();
  const issues: Issue[] = [];
  for (const topic of topics) {
    if (spent()) break;
    const claims = topic.reports.flatMap((r) => byReport.get(r) ?? []);
    claims.sort((x, y) => x.k - y.k);
    const pairs = claims.length < 2 ? [] : candidatePairs(claims, spent);
    if (pairs === null) break;
    if (pairs.length > MAX_FIGURE_PAIRS) {
      issues.push({ code: 'figure-pairs-capped', message: `topic ${topic.id}: ${pairs.length} pairs of claims might give two figures for one count; the first ${MAX_FIGURE_PAIRS} were compared` });
    }
    const found: Comparison[] = [];
    for (const [i, j] of pairs.slice(0, MAX_FIGURE_PAIRS)) {
      if (spent()) break;
      const [x, y] = [claims[i] as Claim, claims[j] as Claim];
      const d = compareValid(propositionText(x.s), propositionText(y.s), pairOptions(x.s, y.s, settings.diff, settings.published));
      const byNumber = d.relation === 'contradict' && d.segments.some((seg) => seg.label === 'contradict' && seg.reasons.includes('number'));
      if (!byNumber) continue;
      // The pair core's own issues (an alignment capped) belong to the comparison, which is kept whole.
      const { issues: _issues, ...c } = toComparison(x.s, y.s, d, settings.link);
      found.push(c);
    }
    if (found.length > 0) out.set(topic.id, found);
  }
  return { conflicts: out, issues };
}

/**
 * The topics, each with its conflicting claims (`conflicts`, `[]` when none; see
 * `figureConflicts`), and the issues of finding them: what `analyze` and `findTopics` give.
 */
export function withFigureConflicts(topics: readonly Topic[], groups: readonly { id: string; members: string[] }[], statements: readonly Statement[], settings: FigureConflictSettings): { topics: Topic[]; issues: Issue[] } {
  const found = figureConflicts(topics, groups, statements, settings);
  return { topics: topics.map((t) => ({ ...t, conflicts: found.conflicts.get(t.id) ?? [] })), issues: found.issues };
}
