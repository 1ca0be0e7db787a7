import { contentWords, type FeatureContext } from '../group/features';
import { FIGURE_QUALIFIERS, MULTIPLIERS, NUMBER_WORDS, PERCENT_WORDS } from '../lexicon/numbers';
import { UNITS } from '../lexicon/units';
import type { Comparison, Topic } from '../schema/analysis';
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

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*/gu;

/**
 * Words next to a figure that say nothing of what it counts: its scale, unit or share ("3
 * million", "40 percent", "12 miles"), a spelled number, a qualifier ("nearly").
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MULTIPLIERS), ...Object.keys(NUMBER_WORDS), ...Object.keys(UNITS), ...PERCENT_WORDS, ...Object.keys(FIGURE_QUALIFIERS).flatMap((q) => q.split(' ')),
]);

/**
 * A claim's figures and the content words next to them (base forms), or null when it states no
 * figure. Names ("Clinton", "March") and the figure's own words (see `FIGURE_WORDS`) are not
 * what it counts: every figure of a candidate's story stands next to the candidate's name.
 */
function figuresOf(text: string, ctx: FeatureContext): { figures: Set<string>; near: Set<string>; words: Set<string> } | null {
  if (!/\d/.test(text)) return null;
  const tokens = [...text.matchAll(TOKEN)].map((m) => m[0]);
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
    if (!/\d/.test(t)) return;
    figures.add(t.replace(/[,.\s]/g, ''));
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

/**
 * The claims of two groups of one topic that give two figures for one count ("forces killed
 * 1,429 people" against "the attack had killed 355"): a statement's groups hold its wordings
 * and denials, so two claims that contradict each other by a figure are in two groups, where no
 * group comparison meets them. Candidates are two claims of two groups of the topic that both
 * state figures, not all the same, with a content word next to a figure in common (what is
 * counted, or the verb: "killed"); each is compared in full (`diffClaims`' core), and kept when
 * it is a `contradict` for another number. At most `MAX_FIGURE_PAIRS` candidates a topic, in
 * statement order, and none once the time budget is spent. Each topic's comparisons in
 * statement order; topics without any are not in the map.
 */
export function figureConflicts(topics: readonly Topic[], groups: readonly { id: string; members: string[] }[], statements: readonly Statement[], settings: FigureConflictSettings): Map<string, Comparison[]> {
  const byId = new Map(statements.map((s, k) => [s.id, { s, k }]));
  const membersOf = new Map(groups.map((g) => [g.id, g.members]));
  const out = new Map<string, Comparison[]>();
  for (const topic of topics) {
    const claims: { s: Statement; k: number; group: string; fig: NonNullable<ReturnType<typeof figuresOf>> }[] = [];
    for (const gid of topic.groups) {
      for (const id of membersOf.get(gid) ?? []) {
        const at = byId.get(id);
        if (at === undefined || at.s.stance !== 'asserts') continue;
        const fig = figuresOf(propositionText(at.s), settings.link.features);
        if (fig !== null) claims.push({ ...at, group: gid, fig });
      }
    }
    claims.sort((x, y) => x.k - y.k);
    const found: Comparison[] = [];
    let asked = 0;
    for (let i = 0; i < claims.length && asked < MAX_FIGURE_PAIRS; i++) {
      for (let j = i + 1; j < claims.length && asked < MAX_FIGURE_PAIRS; j++) {
        const [x, y] = [claims[i] as (typeof claims)[number], claims[j] as (typeof claims)[number]];
        if (x.group === y.group || [...x.fig.figures].every((f) => y.fig.figures.has(f)) || ![...x.fig.near].some((w) => y.fig.near.has(w))) continue;
        if ([...x.fig.words].filter((w) => y.fig.words.has(w)).length < MIN_SHARED_WORDS) continue;
        if (settings.spent?.() === true) break;
        asked++;
        const d = compareValid(propositionText(x.s), propositionText(y.s), pairOptions(x.s, y.s, settings.diff, settings.published));
        const byNumber = d.relation === 'contradict' && d.segments.some((s) => s.label === 'contradict' && s.reasons.includes('number'));
        if (!byNumber) continue;
        const { issues: _issues, ...c } = toComparison(x.s, y.s, d, settings.link);
        found.push(c);
      }
    }
    if (found.length > 0) out.set(topic.id, found);
  }
  return out;
}
