// The zod schemas of the pairwise options (documented on the interfaces of option-types.ts),
// and the judge's interfaces.
import * as z from 'zod';
import type { Lexicon } from '../lexicon/lexicon';
import type { WordLists } from '../lexicon/word-lists';

const isLexicon = (v: unknown): v is Lexicon =>
  typeof v === 'object' && v !== null && ['lemmas', 'relate', 'knows'].every((k) => typeof (v as Record<string, unknown>)[k] === 'function');

/** The `lexicon` hook as an option: any object with `lemmas`, `relate` and `knows`. */
export const LexiconOptionSchema = z.custom<Lexicon>(isLexicon, { message: 'a Lexicon ({ lemmas, relate, knows })' });

const isWordLists = (v: unknown): v is WordLists =>
  typeof v === 'object' && v !== null && (v as Record<string, unknown>)['negationCues'] instanceof Set && (v as Record<string, unknown>)['functionWords'] instanceof Set;

/** A date or date-time that `Date.parse` reads (ISO 8601). */
const PublishedDateSchema = z.string().refine((v) => !Number.isNaN(Date.parse(v)), { message: 'an ISO 8601 date' });

export const DiffOptionsSchema = z.strictObject({
  lexicon: LexiconOptionSchema.optional(),
  wordLists: z.custom<WordLists>(isWordLists, { message: 'WordLists (see defaultWordLists())' }).optional(),
  maxEditLength: z.number().int().positive().optional(),
  publishedAt: z
    .strictObject({ a: PublishedDateSchema.optional(), b: PublishedDateSchema.optional() })
    .optional(),
  timeout: z.number().positive().optional(),
  paraphraseThreshold: z.number().min(0).max(1).optional(),
  contradictThreshold: z.number().min(0).max(1).optional(),
});

/** What a judge is asked: two wordings (a whole pair, or the two sides of one segment). */
export interface JudgeRequest {
  /** The A text of the question: the whole of `a`, or one segment's A side. */
  readonly a: string;
  /** The B text of the question. */
  readonly b: string;
  /** `pair` for the verdict of the whole pair, `segment` for one segment's label. */
  readonly scope: 'pair' | 'segment';
  /** What the rules said: a relation for a pair, a label for a segment. */
  readonly proposed: string;
  /** How sure the rules were, in [0, 1]. */
  readonly confidence: number;
  /** For a segment, the whole texts it comes from. */
  readonly context?: { readonly a: string; readonly b: string };
}

/**
 * A judge's answer, in the terms of NLI: `same` (both entail each other, a paraphrase),
 * `contradict`, or `differ` (neither); with how sure the judge is.
 */
export interface JudgeVerdict {
  readonly relation: 'same' | 'contradict' | 'differ';
  readonly confidence: number;
}

/** A user-supplied second opinion (an NLI model, embeddings, an API); null to abstain. */
export type Judge = (request: JudgeRequest) => Promise<JudgeVerdict | null | undefined>;

export const DiffAsyncOptionsSchema = DiffOptionsSchema.extend({
  judge: z.custom<Judge>((v) => typeof v === 'function', { message: 'a function (request) => Promise<verdict | null>' }).optional(),
  judgeBelow: z.number().min(0).max(1).optional(),
  maxJudgeCalls: z.number().int().nonnegative().optional(),
});

export type { DiffAsyncOptions, DiffOptions } from './option-types';
