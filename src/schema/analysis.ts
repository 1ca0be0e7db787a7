// The zod schemas of the `analyze`, `group` and index outputs and of the grouping and analyze
// options; the shapes are documented on the interfaces of analysis-contract.ts and
// analyze-option-types.ts.
import * as z from 'zod';
import type { AnalyzeProgress, GroupProgress } from './analyze-option-types';
import { LabelSchema, ReasonSchema, RelationSchema, SegmentSchema, SpanSchema } from './diff';
import { IssueSchema } from './issue';
import { DiffAsyncOptionsSchema, DiffOptionsSchema, LexiconOptionSchema } from './options';
import { ExtractOptionsSchema, StanceSchema, StatementSchema } from './statement';

export const ComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  relation: RelationSchema,
  score: z.number().min(0).max(1),
  segments: z.array(SegmentSchema),
  reasons: z.array(ReasonSchema).default(() => []),
  confidence: z.number().min(0).max(1).optional(),
  via: z.string().optional(),
});

export const TableCellSchema = z.object({
  span: SpanSchema,
  label: LabelSchema,
  reasons: z.array(ReasonSchema),
});

export const AlignmentTableSchema = z.object({
  columns: z.number().int().nonnegative(),
  rows: z.array(
    z.object({
      statement: z.string(),
      cells: z.array(TableCellSchema.nullable()),
    }),
  ),
});

export const GroupSchema = z.object({
  id: z.string(),
  members: z.array(z.string()).min(1),
  canonical: z.string(),
  comparisons: z.array(ComparisonSchema).default(() => []),
  table: AlignmentTableSchema.optional(),
});

export const TopicSchema = z.object({
  id: z.string(),
  groups: z.array(z.string()).min(1),
  reports: z.array(z.string()),
  label: z.string(),
  why: z.object({ words: z.array(z.string()), groups: z.array(z.string()) }),
  conflicts: z.array(ComparisonSchema).optional(),
});

export const AnalysisSchema = z.object({
  version: z.literal(1),
  reports: z.array(
    z.object({
      id: z.string(),
      length: z.number().int().nonnegative(),
      issues: z.array(IssueSchema).default(() => []),
    }),
  ),
  statements: z.array(StatementSchema),
  groups: z.array(GroupSchema),
  topics: z.array(TopicSchema).optional(),
  issues: z.array(IssueSchema),
});

export const GroupOutputSchema = z.object({
  version: z.literal(1),
  groups: z.array(GroupSchema.pick({ id: true, members: true, canonical: true })),
  issues: z.array(IssueSchema).default(() => []),
});

export const GroupInputSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  stance: StanceSchema.optional(),
});

export const GroupOptionsSchema = z.strictObject({
  threshold: z.number().min(0).max(1).optional(),
  containment: z.number().min(0).max(1).optional(),
  minContainedFeatures: z.number().int().positive().optional(),
  coreMargin: z.number().min(0).max(1).optional(),
  hashes: z.number().int().positive().max(1024).optional(),
  bands: z.number().int().positive().optional(),
  maxBucket: z.number().int().positive().optional(),
  maxDf: z.number().int().positive().optional(),
  claimDenial: z.boolean().optional(),
  denialThreshold: z.number().min(0).max(1).optional(),
  lexicon: LexiconOptionSchema.optional(),
  stopWords: z.array(z.string()).optional(),
  diff: DiffOptionsSchema.optional(),
  onProgress: z.custom<(progress: GroupProgress) => void>((v) => typeof v === 'function', { message: 'a function' }).optional(),
});

export const IndexOptionsSchema = GroupOptionsSchema;

export const AnalyzeOptionsSchema = z.strictObject({
  extract: ExtractOptionsSchema.optional(),
  group: GroupOptionsSchema.optional(),
  diff: DiffOptionsSchema.optional(),
  mergeSpeakers: z.boolean().optional(),
  table: z.boolean().optional(),
  topics: z.boolean().optional(),
  maxGroupComparisons: z.number().int().nonnegative().optional(),
  maxDenialPairs: z.number().int().nonnegative().optional(),
  timeBudget: z.number().nonnegative().optional(),
  onProgress: z.custom<(progress: AnalyzeProgress) => void>((v) => typeof v === 'function', { message: 'a function' }).optional(),
});

export const AnalyzeAsyncOptionsSchema = AnalyzeOptionsSchema.extend({
  judge: DiffAsyncOptionsSchema.shape.judge,
  judgeBelow: DiffAsyncOptionsSchema.shape.judgeBelow,
  maxJudgeCalls: DiffAsyncOptionsSchema.shape.maxJudgeCalls,
  maxJudgedComparisons: z.number().int().nonnegative().optional(),
});

export const IndexSnapshotSchema = z.object({
  version: z.literal(1),
  options: z.record(z.string(), z.unknown()),
  statements: z.array(z.object({ id: z.string(), text: z.string(), stance: StanceSchema.optional(), group: z.string() })),
  groups: z.array(z.object({ id: z.string(), canonical: z.string() })),
  nextGroup: z.number().int().positive(),
});

export type {
  AlignmentTable, Analysis, AnalysisGroup, Comparison, Group, GroupInput, GroupOutput, IndexSnapshot, TableCell, Topic,
} from './analysis-contract';
export type { AnalyzeAsyncOptions, AnalyzeOptions, AnalyzeProgress, GroupOptions, GroupProgress, IndexOptions } from './analyze-option-types';
