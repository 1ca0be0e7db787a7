import * as z from 'zod';
import type { Lexicon } from '../lexicon/lexicon';
import type { WordLists } from '../compare/word-lists';

const isLexicon = (v: unknown): v is Lexicon =>
  typeof v === 'object' && v !== null && ['lemmas', 'relate', 'knows'].every((k) => typeof (v as Record<string, unknown>)[k] === 'function');

/** The `lexicon` hook as an option: any object with `lemmas`, `relate` and `knows`. */
export const LexiconOptionSchema = z.custom<Lexicon>(isLexicon, { message: 'a Lexicon ({ lemmas, relate, knows })' });

const isWordLists = (v: unknown): v is WordLists =>
  typeof v === 'object' && v !== null && (v as Record<string, unknown>)['negationCues'] instanceof Set && (v as Record<string, unknown>)['functionWords'] instanceof Set;

/** A date or date-time that `Date.parse` reads (ISO 8601). */
const PublishedDateSchema = z.string().refine((v) => !Number.isNaN(Date.parse(v)), { message: 'an ISO 8601 date' });

/** Options of `diffClaims`. Every field is optional; defaults are documented with `@default`. */
export const DiffOptionsSchema = z.strictObject({
  /**
   * Word knowledge: base forms, synonyms, antonyms. A hook: pass your own to add a domain
   * thesaurus or another language.
   * @default the WordNet lexicon compiled into the package
   */
  lexicon: LexiconOptionSchema.optional(),
  /**
   * Negation cues, function words, contractions, quantifiers and modals.
   * @default the built-in English lists (`defaultWordLists()`)
   */
  wordLists: z.custom<WordLists>(isWordLists, { message: 'WordLists (see defaultWordLists())' }).optional(),
  /**
   * Largest edit distance (in terms) the alignment explores before it gives up and falls
   * back to a coarse alignment, with an `alignment-capped` issue.
   * @default 4000
   */
  maxEditLength: z.number().int().positive().optional(),
  /**
   * The day each wording was published (ISO 8601, as a report's `publishedAt`), so that dates
   * written relative to it ("on Friday", "yesterday", "next Monday") are read as the calendar
   * days they name and compared with dates written out ("Nov. 7").
   * @default undefined (relative dates are only time words)
   */
  publishedAt: z
    .strictObject({ a: PublishedDateSchema.optional(), b: PublishedDateSchema.optional() })
    .optional(),
  /**
   * Milliseconds the alignment may take before it gives up the same way.
   * @default 300
   */
  timeout: z.number().positive().optional(),
  /**
   * Share of each side that must be matched or paraphrased for `relation: "paraphrase"`. When
   * given, this simple share rule decides; when absent, a small linear model over the alignment
   * (coverage, unmatched words and names, the longest one-sided run, length ratio; fitted on
   * MRPC dev, see src/compare/verdict.ts) decides.
   * @default undefined (the fitted verdict)
   */
  paraphraseThreshold: z.number().min(0).max(1).optional(),
  /**
   * Share of each side that must be aligned for a contradiction to make the pair `contradict`.
   * @default 0.9
   */
  contradictThreshold: z.number().min(0).max(1).optional(),
});
export type DiffOptions = z.input<typeof DiffOptionsSchema>;

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

/** Options of `diffClaimsAsync`: those of `diffClaims`, plus the judge. */
export const DiffAsyncOptionsSchema = DiffOptionsSchema.extend({
  /**
   * Consulted only where the rules are unsure (confidence below `judgeBelow`): first for
   * two-sided segments, then for the pair verdict. Its answers carry reason `judge`. A judge
   * that throws or answers nonsense is reported as an issue `judge-failed`, and the rules' label stays.
   * @default undefined (no judge: the same result as `diffClaims`)
   */
  judge: z.custom<Judge>((v) => typeof v === 'function', { message: 'a function (request) => Promise<verdict | null>' }).optional(),
  /**
   * Confidence under which a label is put to the judge.
   * @default 0.6
   */
  judgeBelow: z.number().min(0).max(1).optional(),
  /**
   * Most calls to the judge for one pair (segments first, then the pair).
   * @default 16
   */
  maxJudgeCalls: z.number().int().nonnegative().optional(),
});
export type DiffAsyncOptions = z.input<typeof DiffAsyncOptionsSchema>;
