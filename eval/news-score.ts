/**
 * Scoring of one newsbench story, exactly as the newsbench README scores: a labelled statement is
 * found when an extracted statement of its report covers at least half of its anchor; speaker,
 * stance, grouping and contradicts are then read over the statements found. Pure functions over
 * plain data, so each figure can be checked by hand-made cases in the tests.
 */
import type { Analysis } from '../src/schema/analysis';
import type { Statement } from '../src/schema/statement';
import { scoreGrouping, type GroupingScores } from './group';

export interface NewsStatement {
  readonly id: string;
  readonly report: string;
  readonly anchor: string;
  readonly kind: string;
  readonly speaker: readonly string[];
  readonly stance: 'asserts' | 'denies';
  readonly prop: string;
}

export interface NewsStory {
  readonly id: string;
  readonly reports: readonly { id: string; text: string; publishedAt?: string | null; source?: string }[];
  readonly statements: readonly NewsStatement[];
  readonly props: Readonly<Record<string, string>>;
  readonly contradict: readonly (readonly [string, string])[];
}

type Span = readonly [number, number];

/** Share of the anchor's characters that the span covers (0 for an empty anchor). */
export function anchorCoverage(anchor: Span, span: Span): number {
  const length = anchor[1] - anchor[0];
  if (length <= 0) return 0;
  return Math.max(0, Math.min(anchor[1], span[1]) - Math.max(anchor[0], span[0])) / length;
}

/**
 * The extracted statement of the report that covers at least half of the anchor, the one covering
 * most; on a tie the one of the labelled stance, then the shorter span (the more specific one).
 */
export function findStatement(anchor: Span, stance: string, candidates: readonly Statement[]): Statement | undefined {
  let best: Statement | undefined;
  let bestKey: [number, number, number] = [0.5, -1, 0];
  for (const s of candidates) {
    const key: [number, number, number] = [anchorCoverage(anchor, [s.start, s.end]), s.stance === stance ? 1 : 0, -(s.end - s.start)];
    if (key[0] < 0.5) continue;
    if (best === undefined || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = s;
      bestKey = key;
    }
  }
  return best;
}

/** The README's speaker test: the extracted name contains, or is contained in, an accepted name (case folded). */
export function speakerMatches(name: string | undefined, accepted: readonly string[]): boolean {
  if (name === undefined || name.trim() === '') return false;
  const got = name.toLowerCase();
  return accepted.some((a) => {
    const want = a.toLowerCase();
    return want !== '' && (got.includes(want) || want.includes(got));
  });
}

/** A labelled statement and the extracted one that found it. */
export interface FoundStatement {
  readonly gold: NewsStatement;
  readonly statement: Statement;
}

/** Unordered pair key of two labelled ids. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface StoryScore {
  readonly labelled: number;
  readonly found: readonly FoundStatement[];
  readonly missed: readonly NewsStatement[];
  readonly speakerWrong: readonly FoundStatement[];
  readonly stanceWrong: readonly FoundStatement[];
  /** Pairs of found statements: same group vs same prop. */
  readonly groupPairs: { tp: number; fp: number; fn: number };
  readonly wrongGroupPairs: readonly { a: FoundStatement; b: FoundStatement; grouped: boolean }[];
  readonly grouping: GroupingScores;
  readonly contradictPairs: { tp: number; fp: number; fn: number };
  /** Predicted contradicts the list does not hold, and listed ones not predicted. */
  readonly falseContradicts: readonly { a: FoundStatement; b: FoundStatement; sameProp: boolean }[];
  readonly missedContradicts: readonly { a: FoundStatement; b: FoundStatement; grouped: boolean }[];
  /** Predicted contradicts between two statements of different props that the list does not hold. */
  readonly crossPropContradicts: number;
}

/** Statement-id pairs (either order) that some group compares, or some topic finds in conflict (see `Topic.conflicts`), with relation `contradict`. */
export function contradictIds(analysis: Pick<Analysis, 'groups'> & Partial<Pick<Analysis, 'topics'>>): Set<string> {
  const out = new Set<string>();
  const comparisons = [...analysis.groups.flatMap((g) => g.comparisons ?? []), ...(analysis.topics ?? []).flatMap((t) => t.conflicts ?? [])];
  for (const c of comparisons) if (c.relation === 'contradict') out.add(pairKey(c.a, c.b));
  return out;
}

/** Scores one story against the `analyze` output for its reports. */
export function scoreStory(story: NewsStory, analysis: Pick<Analysis, 'statements' | 'groups'> & Partial<Pick<Analysis, 'topics'>>): StoryScore {
  const texts = new Map(story.reports.map((r) => [r.id, r.text]));
  const byReport = new Map<string, Statement[]>();
  for (const s of analysis.statements) byReport.set(s.report, [...(byReport.get(s.report) ?? []), s]);
  const found: FoundStatement[] = [];
  const missed: NewsStatement[] = [];
  for (const gold of story.statements) {
    const at = (texts.get(gold.report) ?? '').indexOf(gold.anchor);
    const statement = at < 0 ? undefined : findStatement([at, at + gold.anchor.length], gold.stance, byReport.get(gold.report) ?? []);
    if (statement === undefined) missed.push(gold);
    else found.push({ gold, statement });
  }
  const groupOf = new Map<string, string>();
  for (const g of analysis.groups) for (const m of g.members) groupOf.set(m, g.id);
  const contradicts = contradictIds(analysis);
  const listed = new Set(story.contradict.map(([a, b]) => pairKey(a, b)));
  const groupPairs = { tp: 0, fp: 0, fn: 0 };
  const contradictPairs = { tp: 0, fp: 0, fn: 0 };
  const wrongGroupPairs: StoryScore['wrongGroupPairs'][number][] = [];
  const falseContradicts: StoryScore['falseContradicts'][number][] = [];
  const missedContradicts: StoryScore['missedContradicts'][number][] = [];
  let crossPropContradicts = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i] as FoundStatement;
      const b = found[j] as FoundStatement;
      const sameProp = a.gold.prop === b.gold.prop;
      const grouped = groupOf.get(a.statement.id) === groupOf.get(b.statement.id);
      if (grouped && sameProp) groupPairs.tp++;
      else if (grouped || sameProp) {
        if (grouped) groupPairs.fp++;
        else groupPairs.fn++;
        wrongGroupPairs.push({ a, b, grouped });
      }
      const said = contradicts.has(pairKey(a.statement.id, b.statement.id));
      const gold = listed.has(pairKey(a.gold.id, b.gold.id));
      if (said && gold) contradictPairs.tp++;
      else if (said) {
        contradictPairs.fp++;
        falseContradicts.push({ a, b, sameProp });
        if (!sameProp) crossPropContradicts++;
      } else if (gold) {
        contradictPairs.fn++;
        missedContradicts.push({ a, b, grouped });
      }
    }
  }
  const predicted = new Map(found.map((f) => [f.gold.id, groupOf.get(f.statement.id) ?? f.statement.id]));
  const props = new Map(found.map((f) => [f.gold.id, f.gold.prop]));
  return {
    labelled: story.statements.length,
    found,
    missed,
    speakerWrong: found.filter((f) => !speakerMatches(f.statement.speaker?.name, f.gold.speaker)),
    stanceWrong: found.filter((f) => f.statement.stance !== f.gold.stance),
    groupPairs,
    wrongGroupPairs,
    grouping: scoreGrouping(predicted, props),
    contradictPairs,
    falseContradicts,
    missedContradicts,
    crossPropContradicts,
  };
}

/** Contradict comparisons whose two sides share no aligned piece, and those with no aligned `contradict` piece. */
export function unalignedContradicts(analysis: Pick<Analysis, 'groups'>): { noAlignedSegment: number; noContradictSegment: number; contradicts: number } {
  const out = { noAlignedSegment: 0, noContradictSegment: 0, contradicts: 0 };
  for (const g of analysis.groups) {
    for (const c of g.comparisons ?? []) {
      if (c.relation !== 'contradict') continue;
      out.contradicts++;
      const aligned = c.segments.filter((s) => s.a !== null && s.b !== null);
      if (aligned.length === 0) out.noAlignedSegment++;
      if (!aligned.some((s) => s.label === 'contradict')) out.noContradictSegment++;
    }
  }
  return out;
}
