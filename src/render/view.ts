import type { Analysis, AnalysisGroup, Comparison } from '../schema/analysis';
import type { Label, Reason, Relation, Segment, Span } from '../schema/diff';
import type { Report } from '../schema/report';
import type { Statement, StatementKind, Stance } from '../schema/statement';
import { contradictionKind, type ContradictionKind } from './contradiction-kind';

/**
 * What every view (HTML, Markdown, terminal) shows, computed once from an `Analysis`: groups in
 * display order, each wording cut into labelled pieces. Plain data, not yet escaped.
 */

/** A piece of one wording. `ghost` pieces belong to the other wording (shown struck through where they were left out). */
export interface Piece {
  text: string;
  /** `null` for text between segments (spaces, unlabelled punctuation). */
  label: Label | null;
  reasons: readonly Reason[];
  ghost: boolean;
  /** The aligned text of the other wording, when there is one. */
  other: string | null;
}

/** Where a wording was published: the report id, and what the caller told us about the report. */
export interface Outlet {
  report: string;
  source: string | null;
  title: string | null;
  url: string | null;
}

/** One wording of a group; members with the very same text and speaker share one. */
export interface WordingView {
  statements: readonly Statement[];
  outlets: readonly Outlet[];
  speaker: string | null;
  kind: StatementKind;
  stance: Stance;
  canonical: boolean;
  /** Against the canonical wording; `null` for the canonical itself. */
  relation: Relation | null;
  score: number | null;
  reasons: readonly Reason[];
  pieces: readonly Piece[];
}

/** A claim and its denial side by side. */
export interface PairView {
  claim: WordingView;
  denial: WordingView;
  score: number;
}

export interface GroupView {
  id: string;
  members: number;
  wordings: readonly WordingView[];
  /** One pair per denial (the first claim compared with it); the rest are counted in `morePairs`. */
  pairs: readonly PairView[];
  morePairs: number;
  speakers: readonly string[];
  claimers: readonly string[];
  deniers: readonly string[];
  /** Labels of all segments and relations in the group, for the filter. */
  labels: ReadonlySet<Label>;
  /** Comparisons whose relation is `contradict`. */
  contradictions: number;
}

/** Who a group is: its claimants against its deniers when it holds both, those who deny when it holds only denials, else its speakers. */
export function groupWho(g: Pick<GroupView, 'claimers' | 'deniers' | 'speakers'>): string {
  if (g.deniers.length === 0) return g.speakers.join(', ');
  if (g.claimers.length === 0) return `denied by ${g.deniers.join(', ')}`;
  return `${g.claimers.join(', ')} vs ${g.deniers.join(', ')}`;
}

export interface Summary {
  reports: number;
  statements: number;
  groups: number;
  /** Groups of two or more statements. */
  shared: number;
  contradictions: number;
  /** The contradictions by kind (see `contradictionKind`). */
  contradictionKinds: Readonly<Record<ContradictionKind, number>>;
  /** Claim × denial comparisons where the denial denies the claim (relation `contradict`, reason `stance`). */
  claimDenials: number;
  issues: number;
}

export interface AnalysisView {
  summary: Summary;
  groups: readonly GroupView[];
  speakers: readonly string[];
}

/** What the views need of a report: how to name and link its outlet (the text is not needed). */
export type ReportInfo = Pick<Report, 'id' | 'source' | 'title' | 'url'>;

type Side = 'a' | 'b';
const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/**
 * One statement's text cut at the segments of a comparison, on side `side`, labelled from that
 * wording's point of view: text only in it is `added`, text only in the other wording is a
 * `removed` ghost (when `ghosts`), placed after the piece that precedes it in alignment order.
 * Offsets in the analysis are absolute into the report, so they are shifted by the statement's start.
 */
export function piecesOf(
  statement: Statement, otherStatement: Statement | null, segments: readonly Segment[], side: Side, ghosts = true,
): Piece[] {
  // Without ghosts (two wordings shown side by side), what only one side has needs no mark.
  const unmatched: Label | null = ghosts ? 'added' : null;
  const base = statement.start;
  const text = statement.text;
  const otherText = (span: Span | null): string | null =>
    span === null || otherStatement === null ? null : otherStatement.text.slice(span[0] - otherStatement.start, span[1] - otherStatement.start);
  const items: { at: number; order: number; seg: Segment }[] = [];
  let anchor = 0;
  let replaced: number | null = null;
  segments.forEach((seg, order) => {
    const span = seg[side];
    if (span === null) {
      // Left out right after something only this side has: a replacement, shown [-old-] {+new+}.
      items.push({ at: replaced ?? anchor, order, seg });
    } else {
      items.push({ at: span[0] - base, order, seg });
      anchor = Math.max(anchor, span[1] - base);
      replaced = seg[other(side)] === null ? span[0] - base : null;
    }
  });
  // At the same place, what was left out comes before what took its place ([-old-] {+new+}).
  const ghostFirst = (x: { seg: Segment }): number => (x.seg[side] === null ? 0 : 1);
  items.sort((x, y) => x.at - y.at || ghostFirst(x) - ghostFirst(y) || x.order - y.order);
  const pieces: Piece[] = [];
  let cursor = 0;
  const plain = (upTo: number): void => {
    if (upTo > cursor) pieces.push({ text: text.slice(cursor, upTo), label: null, reasons: [], ghost: false, other: null });
    cursor = Math.max(cursor, upTo);
  };
  for (const { seg } of items) {
    const span = seg[side];
    if (span === null) {
      const ghost = ghosts ? otherText(seg[other(side)]) : null;
      if (ghost === null || ghost.trim() === '') continue;
      // A ghost sits between words: after the spaces that follow the previous piece, with one of its own.
      let at = cursor;
      while (at < text.length && /\s/.test(text[at] as string)) at++;
      plain(at);
      const space: Piece = { text: ' ', label: null, reasons: [], ghost: true, other: null };
      const atEnd = at === text.length;
      if (atEnd && !/\s$/.test(text)) pieces.push(space);
      pieces.push({ text: ghost.trim(), label: 'removed', reasons: seg.reasons, ghost: true, other: null });
      if (!atEnd) pieces.push(space);
      continue;
    }
    const start = Math.min(Math.max(span[0] - base, cursor), text.length);
    const end = Math.min(Math.max(span[1] - base, start), text.length);
    plain(start);
    const label: Label | null = seg.label === 'removed' || seg.label === 'added' ? unmatched : seg.label;
    if (end > start) pieces.push({ text: text.slice(start, end), label, reasons: label === null ? [] : seg.reasons, ghost: false, other: otherText(seg[other(side)]) });
    cursor = Math.max(cursor, end);
  }
  plain(text.length);
  return pieces;
}

function outletOf(reportId: string, reports: ReadonlyMap<string, ReportInfo>): Outlet {
  const r = reports.get(reportId);
  return { report: reportId, source: r?.source ?? null, title: r?.title ?? null, url: r?.url ?? null };
}

function wording(
  statements: readonly Statement[], reports: ReadonlyMap<string, ReportInfo>, pieces: Piece[], canonical: boolean, c: Comparison | null,
): WordingView {
  const first = statements[0] as Statement;
  return {
    statements,
    outlets: statements.map((s) => outletOf(s.report, reports)),
    speaker: first.speaker?.name ?? null,
    kind: first.kind,
    stance: first.stance,
    canonical,
    relation: c?.relation ?? null,
    score: c?.score ?? null,
    reasons: c?.reasons ?? [],
    pieces,
  };
}

const plainPieces = (s: Statement): Piece[] => [{ text: s.text, label: null, reasons: [], ghost: false, other: null }];

function groupView(group: AnalysisGroup, byId: ReadonlyMap<string, Statement>, reports: ReadonlyMap<string, ReportInfo>): GroupView | null {
  const members = group.members.flatMap((id) => byId.get(id) ?? []);
  const canonical = byId.get(group.canonical) ?? members[0];
  if (canonical === undefined) return null;
  const { comparisons } = group;
  const vsCanonical = new Map(comparisons.filter((c) => c.a === canonical.id).map((c) => [c.b, c]));
  // Identical wordings by the same speaker are one row with several outlets.
  const rows = new Map<string, Statement[]>();
  const key = (s: Statement): string => `${s.speaker?.name ?? ''}\u0000${s.stance}\u0000${s.text}`;
  rows.set(key(canonical), [canonical]);
  for (const s of members) {
    if (s === canonical) continue;
    const k = key(s);
    const row = rows.get(k);
    if (row) row.push(s);
    else rows.set(k, [s]);
  }
  const wordings: WordingView[] = [];
  for (const row of rows.values()) {
    const lead = row[0] as Statement;
    const c = vsCanonical.get(lead.id) ?? null;
    const isCanonical = row.includes(canonical);
    // A denial of the reference wording is shown as it stands (its pair above shows the difference).
    const pieces = isCanonical || c === null ? plainPieces(lead) : piecesOf(lead, canonical, c.segments, 'b', lead.stance === canonical.stance);
    wordings.push(wording(row, reports, pieces, isCanonical, isCanonical ? null : c));
  }
  const labels = new Set<Label>();
  for (const c of comparisons) {
    if (c.relation !== 'differ') labels.add(c.relation);
    for (const s of c.segments) labels.add(s.label);
  }
  if (comparisons.length === 0) labels.add('match');
  const pairs: PairView[] = [];
  const denialsShown = new Set<string>();
  let stancePairs = 0;
  // A dismissal is shown against the claim it answers in its own report before the other wordings it reaches through it (`via`).
  for (const c of [...comparisons.filter((x) => x.via === undefined), ...comparisons.filter((x) => x.via !== undefined)]) {
    const a = byId.get(c.a);
    const b = byId.get(c.b);
    // A claim and a denial of something else are no pair: only a denial of this claim is shown.
    if (!a || !b || a.stance === b.stance || contradictionKind(c) !== 'denial' || c.relation !== 'contradict') continue;
    stancePairs++;
    const [claim, denial, claimSide] = a.stance === 'asserts' ? [a, b, 'a' as const] : [b, a, 'b' as const];
    if (denialsShown.has(denial.id)) continue;
    denialsShown.add(denial.id);
    pairs.push({
      claim: wording([claim], reports, piecesOf(claim, denial, c.segments, claimSide, false), claim === canonical, c),
      denial: wording([denial], reports, piecesOf(denial, claim, c.segments, other(claimSide), false), denial === canonical, c),
      score: c.score,
    });
  }
  const names = (list: readonly Statement[]): string[] => [...new Set(list.map((s) => s.speaker?.name ?? 'unattributed'))];
  const denials = members.filter((s) => s.stance === 'denies');
  return {
    id: group.id,
    members: members.length,
    wordings,
    pairs,
    morePairs: stancePairs - pairs.length,
    speakers: names(members),
    claimers: denials.length > 0 ? names(members.filter((s) => s.stance === 'asserts')) : [],
    deniers: names(denials),
    labels,
    contradictions: comparisons.filter((c) => c.relation === 'contradict').length,
  };
}

/**
 * The view of a whole analysis. Groups with contradictions come first, then groups of several
 * wordings, then single statements; within each, the analysis order is kept (so it stays
 * deterministic). O(s + c) for s statements and c segments.
 *
 * @param reports the reports analysed, for their source names, titles and links (optional)
 */
export function buildView(analysis: Analysis, reports: readonly ReportInfo[] = []): AnalysisView {
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const reportMap = new Map(reports.map((r) => [r.id, r]));
  const groups = analysis.groups.flatMap((g) => groupView(g, byId, reportMap) ?? []);
  const rank = (g: GroupView): number => (g.contradictions > 0 ? 0 : g.members > 1 ? 1 : 2);
  const ordered = groups.map((g, k) => ({ g, k })).sort((x, y) => rank(x.g) - rank(y.g) || x.k - y.k).map((x) => x.g);
  let contradictions = 0;
  const kinds: Record<ContradictionKind, number> = { denial: 0, figure: 0, negation: 0, other: 0 };
  // A group's contradictions and its topic's conflicting claims (two figures for one count).
  const compared = [...analysis.groups.flatMap((g) => g.comparisons), ...(analysis.topics ?? []).flatMap((t) => t.conflicts ?? [])];
  for (const c of compared) {
    if (c.relation !== 'contradict') continue;
    contradictions++;
    kinds[contradictionKind(c)]++;
  }
  const issues = analysis.issues.length + analysis.reports.reduce((n, r) => n + r.issues.length, 0);
  return {
    summary: {
      reports: analysis.reports.length,
      statements: analysis.statements.length,
      groups: analysis.groups.length,
      shared: analysis.groups.filter((g) => g.members.length > 1).length,
      contradictions,
      contradictionKinds: kinds,
      claimDenials: kinds.denial,
      issues,
    },
    groups: ordered,
    speakers: [...new Set(ordered.flatMap((g) => g.speakers))].sort((x, y) => x.localeCompare(y)),
  };
}

/** The name shown for an outlet: its source, else its report id. */
export const outletName = (o: Outlet): string => o.source ?? o.report;
