// The zod schemas of statements and the extraction options; documented on the interfaces of
// contract.ts and option-types.ts.
import * as z from 'zod';
import { STANCES, STATEMENT_KINDS } from './contract';
import { IssueSchema } from './issue';

const Offset = z.number().int().nonnegative();

export const SpeakerSchema = z.object({
  name: z.string(),
  start: Offset,
  end: Offset,
  aliases: z.array(z.string()).default(() => []),
  type: z.enum(['person', 'organisation', 'unknown']).optional(),
});

export const CueSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  lemma: z.string().optional(),
});

export const StatementKindSchema = z.enum(STATEMENT_KINDS);

export const StanceSchema = z.enum(STANCES);

export const StatementSchema = z.object({
  id: z.string(),
  report: z.string(),
  start: Offset,
  end: Offset,
  text: z.string(),
  kind: StatementKindSchema,
  stance: StanceSchema,
  speaker: SpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  quoted: z.array(z.tuple([Offset, Offset])).default(() => []),
  content: z.array(z.tuple([Offset, Offset])).optional(),
  denies: z.string().optional(),
});

export const ExtractOptionsSchema = z
  .object({
    reportId: z.string().min(1).optional(),
    assertVerbs: z.array(z.string()).optional(),
    denyVerbs: z.array(z.string()).optional(),
    termMaxWords: z.number().int().nonnegative().optional(),
    minWords: z.number().int().positive().optional(),
    keepUnattributed: z.boolean().optional(),
    maxLength: z.number().int().positive().optional(),
    maxStatements: z.number().int().positive().optional(),
    maxSentenceTokens: z.number().int().min(10).optional(),
    maxIssues: z.number().int().nonnegative().optional(),
  })
  .strict();

export const ExtractResultSchema = z.object({
  statements: z.array(StatementSchema),
  issues: z.array(IssueSchema),
});

export type { Cue, ExtractResult, Speaker, Stance, Statement, StatementKind } from './contract';
export type { ExtractOptions } from './option-types';
