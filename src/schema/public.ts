import * as analysis from './analysis';
import type {
  AlignmentTable, Analysis, AnalysisGroup, Comparison, GroupInput, GroupOutput, IndexSnapshot, TableCell, Topic,
} from './analysis-contract';
import type { AnalyzeAsyncOptions, AnalyzeOptions, GroupOptions } from './analyze-option-types';
import type { ClaimDiff, Cue, ExtractResult, Issue, Label, Reason, Relation, Report, Segment, Span, Speaker, Stance, Statement, StatementKind } from './contract';
import * as diff from './diff';
import { IssueSchema as issueSchema } from './issue';
import type { DiffAsyncOptions, DiffOptions, ExtractOptions } from './option-types';
import * as options from './options';
import { ReportSchema as reportSchema } from './report';
import * as statement from './statement';

/**
 * A schema of the output contract or of some options: it checks a value and returns it typed
 * (for the output, with every list filled in). Underneath it is a zod schema; its type leaves zod
 * out, so the published types compile under any TypeScript setting.
 */
export interface Schema<T> {
  /** The value checked, or throws zod's error naming each problem. */
  parse(value: unknown): T;
  /** The value checked, or the error, without throwing. */
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: Error };
}

export const LabelSchema: Schema<Label> = diff.LabelSchema;
export const ReasonSchema: Schema<Reason> = diff.ReasonSchema;
export const RelationSchema: Schema<Relation> = diff.RelationSchema;
export const SpanSchema: Schema<Span> = diff.SpanSchema;
export const SegmentSchema: Schema<Segment> = diff.SegmentSchema;
export const ClaimDiffSchema: Schema<ClaimDiff> = diff.ClaimDiffSchema;
export const IssueSchema: Schema<Issue> = issueSchema;
export const ReportSchema: Schema<Report> = reportSchema;
export const DiffOptionsSchema: Schema<DiffOptions> = options.DiffOptionsSchema;
export const DiffAsyncOptionsSchema: Schema<DiffAsyncOptions> = options.DiffAsyncOptionsSchema;
export const SpeakerSchema: Schema<Speaker> = statement.SpeakerSchema;
export const CueSchema: Schema<Cue> = statement.CueSchema;
export const StatementKindSchema: Schema<StatementKind> = statement.StatementKindSchema;
export const StanceSchema: Schema<Stance> = statement.StanceSchema;
export const StatementSchema: Schema<Statement> = statement.StatementSchema;
export const ExtractOptionsSchema: Schema<ExtractOptions> = statement.ExtractOptionsSchema;
export const ExtractResultSchema: Schema<ExtractResult> = statement.ExtractResultSchema;
export const ComparisonSchema: Schema<Comparison> = analysis.ComparisonSchema;
export const TableCellSchema: Schema<TableCell> = analysis.TableCellSchema;
export const AlignmentTableSchema: Schema<AlignmentTable> = analysis.AlignmentTableSchema;
export const GroupSchema: Schema<AnalysisGroup> = analysis.GroupSchema;
export const TopicSchema: Schema<Topic> = analysis.TopicSchema;
export const AnalysisSchema: Schema<Analysis> = analysis.AnalysisSchema;
export const GroupOutputSchema: Schema<GroupOutput> = analysis.GroupOutputSchema;
export const GroupInputSchema: Schema<GroupInput> = analysis.GroupInputSchema;
export const GroupOptionsSchema: Schema<GroupOptions> = analysis.GroupOptionsSchema;
export const IndexOptionsSchema: Schema<GroupOptions> = analysis.IndexOptionsSchema;
export const AnalyzeOptionsSchema: Schema<AnalyzeOptions> = analysis.AnalyzeOptionsSchema;
export const AnalyzeAsyncOptionsSchema: Schema<AnalyzeAsyncOptions> = analysis.AnalyzeAsyncOptionsSchema;
export const IndexSnapshotSchema: Schema<IndexSnapshot> = analysis.IndexSnapshotSchema;
