import type { Comparison, Topic } from '../schema/analysis';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { propositionText } from '../schema/proposition';
import type { Statement } from '../schema/statement';
import type { LinkSettings } from './claim-denial-pair';
import { compareValid } from '../compare/pair-core';
import { pairOptions, toComparison, type PublishedDays } from './compare-group';
import { contradictsByNumber, mayCountOne, statedFigures, type StatedFigures } from './stated-counts';

/** Pairs of claims one topic may compare for their figures, at most: the first in statement order. */
export const MAX_FIGURE_PAIRS = 100;

/** What the conflicts of a run read: the diff options, the days reports were published, the link settings, and the time budget. */
export interface FigureConflictSettings {
  diff: DiffOptions;
  published?: PublishedDays | undefined;
  link: LinkSettings;
  spent?: () => boolean;
}

type Claim = { s: Statement; k: number; group: string; fig: StatedFigures };

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
        if (x.group !== y.group && mayCountOne(x.fig, y.fig)) pairs.push([i, j]);
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
    const fig = statedFigures(propositionText(s), settings.link.features);
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
      if (!contradictsByNumber(d)) continue;
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
