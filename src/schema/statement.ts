import * as z from 'zod';
import { IssueSchema } from './issue';

const Offset = z.number().int().nonnegative();

/** Who made a statement: a canonical name and the span of the mention in this report. */
export const SpeakerSchema = z.object({
  /** Canonical name: titles and roles folded away, pronouns resolved ("Shafqat Ali Khan"). */
  name: z.string(),
  /** The mention in the report: `[start, end)` ("he", "Foreign Office spokesperson Shafqat Ali Khan"). */
  start: Offset,
  end: Offset,
  /** Other ways the same speaker is named, in this report or across the reports merged. */
  aliases: z.array(z.string()).default(() => []),
  /** `person`, `organisation`, or `unknown` when the phrase gives no sign. */
  type: z.enum(['person', 'organisation', 'unknown']).optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** The reporting cue: "said", "denied", "according to", "a claim denied by". */
export const CueSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  /** Lemma of the reporting verb ("say", "deny"), or the phrase for other cues. */
  lemma: z.string().optional(),
});
export type Cue = z.infer<typeof CueSchema>;

export const StatementKindSchema = z.enum(['direct', 'partial', 'indirect']);
export type StatementKind = z.infer<typeof StatementKindSchema>;

export const StanceSchema = z.enum(['asserts', 'denies']);
export type Stance = z.infer<typeof StanceSchema>;

/** Something a source is reported to have said, with offsets into its report's text. */
export const StatementSchema = z.object({
  id: z.string(),
  report: z.string(),
  start: Offset,
  end: Offset,
  /** Always `report.text.slice(start, end)`. */
  text: z.string(),
  kind: StatementKindSchema,
  stance: StanceSchema,
  speaker: SpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  /** Verbatim pieces inside a partial quote, as `[start, end)` spans of the report; `[]` for other kinds. */
  quoted: z.array(z.tuple([Offset, Offset])).default(() => []),
  /** Id of the statement this one denies (an appositive "…, a claim X denies"). */
  denies: z.string().optional(),
});
export type Statement = z.infer<typeof StatementSchema>;

/** Options of `extractStatements`. Word lists are data: pass your own to extend or replace ours. */
export const ExtractOptionsSchema = z
  .object({
    /**
     * Id given to a report passed as a bare string.
     * @default 'report'
     */
    reportId: z.string().min(1).optional(),
    /**
     * Lemmas of verbs that report an assertion.
     * @default ASSERT_VERBS from the built-in lexicon
     */
    assertVerbs: z.array(z.string()).optional(),
    /**
     * Lemmas of verbs that report a denial.
     * @default DENY_VERBS from the built-in lexicon
     */
    denyVerbs: z.array(z.string()).optional(),
    /**
     * A quotation of at most this many words, with no reporting verb around it, is a term or a
     * scare quote ("a term the military uses for “Fitna Al-Khawarij”"), not a statement.
     * @default 4
     */
    termMaxWords: z.number().int().nonnegative().optional(),
    /**
     * Reported content shorter than this many words is not a statement ("he said so").
     * @default 2
     */
    minWords: z.number().int().positive().optional(),
    /**
     * Keep quotations whose speaker cannot be found (with speaker `null` and an issue).
     * @default true
     */
    keepUnattributed: z.boolean().optional(),
    /**
     * Most characters (UTF-16 code units) of a report that are read. A longer text is cut at the
     * last line break (else blank) before the bound and the rest is not read: a
     * `report-truncated` issue gives its span. Offsets stay those of the whole text.
     * @default 1_000_000
     */
    maxLength: z.number().int().positive().optional(),
    /**
     * Most statements taken from one report. Extraction stops at the sentence where the bound is
     * reached; a `statements-capped` issue gives the span not read.
     * @default 5_000
     */
    maxStatements: z.number().int().positive().optional(),
    /**
     * Most tokens in a sentence read as one. The work per reporting cue grows with its sentence,
     * so a longer "sentence" (a run-on scrape, thousands of nested quotation marks) is read in
     * pieces of this many tokens, with a `sentence-split` issue.
     * @default 1_000
     */
    maxSentenceTokens: z.number().int().min(10).optional(),
    /**
     * Most issues of one code kept per report; one `issues-capped` issue counts the rest.
     * @default 100
     */
    maxIssues: z.number().int().nonnegative().optional(),
  })
  .strict();
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

export const ExtractResultSchema = z.object({
  statements: z.array(StatementSchema),
  issues: z.array(IssueSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
