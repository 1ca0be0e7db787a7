import type { Analysis, Comparison } from '../schema/analysis';
import type { Reason, Relation } from '../schema/diff';
import type { Stance, StatementKind } from '../schema/statement';

/**
 * One statement as a flat row: where it is (`report`, `[start, end)`), what was said, by whom,
 * and the group it is in. `topic` is the group's topic when the analysis has topics, else null,
 * so every row has the same columns.
 */
export interface StatementRecord {
  type: 'statement';
  id: string;
  report: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  stance: Stance;
  kind: StatementKind;
  group: string;
  topic: string | null;
}

/** What a row of two statements compared holds (their segments left out). */
interface PairRecord {
  a: string;
  b: string;
  relation: Relation;
  score: number;
  confidence: number | null;
  reasons: Reason[];
}

/** One comparison of two statements of a group as a flat row. */
export interface ComparisonRecord extends PairRecord {
  type: 'comparison';
  group: string;
  /** The claim a denial that only points answers, when this pair's claim rewords it (see `Comparison.via`); else null. */
  via: string | null;
}

/** Two claims of two groups, read in one topic's reports, whose figures for one count conflict (see `Topic.conflicts`), as a flat row. */
export interface ConflictRecord extends PairRecord {
  type: 'conflict';
  topic: string;
}

const pairOf = (c: Comparison): PairRecord => ({ a: c.a, b: c.b, relation: c.relation, score: c.score, confidence: c.confidence ?? null, reasons: c.reasons });

export type AnalysisRecord = StatementRecord | ComparisonRecord | ConflictRecord;

/**
 * The analysis as flat records for a data frame: every statement, in statement order, then
 * every comparison, in group order, then each topic's conflicting claims, in topic order.
 * O(statements + comparisons + conflicts).
 */
export function analysisRecords(analysis: Analysis): AnalysisRecord[] {
  const topicOf = new Map<string, string>();
  for (const t of analysis.topics ?? []) for (const g of t.groups) topicOf.set(g, t.id);
  const groupOf = new Map<string, { id: string; topic: string | null }>();
  for (const g of analysis.groups) {
    for (const m of g.members) groupOf.set(m, { id: g.id, topic: topicOf.get(g.id) ?? null });
  }
  const records: AnalysisRecord[] = analysis.statements.map((s) => {
    const g = groupOf.get(s.id);
    return {
      type: 'statement', id: s.id, report: s.report, start: s.start, end: s.end, text: s.text,
      speaker: s.speaker === null ? null : s.speaker.name, stance: s.stance, kind: s.kind, group: g === undefined ? '' : g.id, topic: g === undefined ? null : g.topic,
    };
  });
  for (const g of analysis.groups) {
    for (const c of g.comparisons) {
      records.push({ type: 'comparison', group: g.id, ...pairOf(c), via: c.via ?? null });
    }
  }
  for (const t of analysis.topics ?? []) {
    for (const c of t.conflicts ?? []) {
      records.push({ type: 'conflict', topic: t.id, ...pairOf(c) });
    }
  }
  return records;
}

/** The records one JSON object a line (JSON Lines), ending with a line break. */
export function renderJsonl(analysis: Analysis): string {
  return analysisRecords(analysis).map((r) => `${JSON.stringify(r)}\n`).join('');
}
