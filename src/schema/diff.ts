// The zod schemas of the `diff` output; the shapes are documented on the interfaces of contract.ts.
import * as z from 'zod';
import { LABELS, REASONS, RELATIONS } from './contract';
import { IssueSchema } from './issue';

export const LabelSchema = z.enum(LABELS);

export const ReasonSchema = z.enum(REASONS);

export const RelationSchema = z.enum(RELATIONS);

export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const SegmentSchema = z.object({
  label: LabelSchema,
  a: SpanSchema.nullable(),
  b: SpanSchema.nullable(),
  reasons: z.array(ReasonSchema),
  confidence: z.number().min(0).max(1).optional(),
});

export const ClaimDiffSchema = z.object({
  relation: RelationSchema,
  score: z.number().min(0).max(1),
  segments: z.array(SegmentSchema),
  issues: z.array(IssueSchema),
  confidence: z.number().min(0).max(1).optional(),
});

export { LABELS, REASONS, RELATIONS };
export type { ClaimDiff, Label, Reason, Relation, Segment, Span } from './contract';
