import * as z from 'zod';
import { IssueSchema } from './issue';

export const LABELS = ['match', 'paraphrase', 'contradict', 'added', 'removed'] as const;
export const LabelSchema = z.enum(LABELS);
export type Label = z.infer<typeof LabelSchema>;

export const REASONS = [
  'identical', 'case', 'punctuation', 'spelling',
  'inflection', 'synonym', 'function-word', 'reorder', 'voice', 'contraction', 'number', 'date',
  'negation', 'antonym', 'entity', 'quantifier', 'modality', 'stance', 'judge', 'hedge', 'attribution',
] as const;
export const ReasonSchema = z.enum(REASONS);
export type Reason = z.infer<typeof ReasonSchema>;

export const RELATIONS = ['match', 'paraphrase', 'contradict', 'differ'] as const;
export const RelationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof RelationSchema>;

/** `[start, end)` UTF-16 offsets into the original text of one side. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof SpanSchema>;

/** An aligned piece of the two wordings; `a` is null for `added`, `b` for `removed`. */
export const SegmentSchema = z.object({
  label: LabelSchema,
  a: SpanSchema.nullable(),
  b: SpanSchema.nullable(),
  reasons: z.array(ReasonSchema),
  /**
   * How sure the rule behind the label is, in [0, 1]: what share of segments labelled this
   * way, for these reasons, were right on the labelled dev sets (see eval/ and docs/accuracy.md).
   */
  confidence: z.number().min(0).max(1).optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

/** The result of `diffClaims`: the `diff` JSON of DESIGN.md, version 1. */
export const ClaimDiffSchema = z.object({
  relation: RelationSchema,
  /** Similarity of meaning in [0, 1]: 1 for the same wording, near 0 for unrelated ones. */
  score: z.number().min(0).max(1),
  segments: z.array(SegmentSchema),
  issues: z.array(IssueSchema),
  /** How sure the verdict `relation` is, in [0, 1], read as the expected precision (see docs/accuracy.md). */
  confidence: z.number().min(0).max(1).optional(),
});
export type ClaimDiff = z.infer<typeof ClaimDiffSchema>;
