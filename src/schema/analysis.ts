import { z } from 'zod';
import { LabelSchema, ReasonSchema, RelationSchema, SegmentSchema, SpanSchema } from './diff';
import { IssueSchema } from './issue';
import { DiffAsyncOptionsSchema, DiffOptionsSchema, LexiconOptionSchema } from './options';
import { ExtractOptionsSchema, StanceSchema, StatementSchema } from './statement';


/**
 * Two wordings of one group side by side. Segment spans are absolute `[start, end)` offsets into
 * the report text of statement `a` and of statement `b`, so a viewer can highlight the originals.
 */
export const ComparisonSchema = z.object({
  /** Statement id of side A (the group's canonical statement, or the claim of a claim–denial pair). */
  a: z.string(),
  /** Statement id of side B. */
  b: z.string(),
  relation: RelationSchema,
  /** Similarity of meaning in [0, 1], as in `diffClaims`. */
  score: z.number().min(0).max(1),
  segments: z.array(SegmentSchema),
  /**
   * Why the whole pair got its relation when it is not read off the segments: `["stance"]` for a
   * claim and its denial (same proposition, opposite stance).
   */
  reasons: z.array(ReasonSchema).optional(),
  /** How sure the pair verdict is, in [0, 1], as in `diffClaims`. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** One cell of the alignment table: a piece of one wording, labelled against the canonical one. */
export const TableCellSchema = z.object({
  /** Absolute `[start, end)` into the report of the row's statement (or into its text for `group`). */
  span: SpanSchema,
  /** `match` / `paraphrase` / `contradict` against the canonical cell of the column; `added` when the canonical row has a gap there. The canonical row's own cells are `match`. */
  label: LabelSchema,
  reasons: z.array(ReasonSchema),
});
export type TableCell = z.infer<typeof TableCellSchema>;

/**
 * All wordings of a group in aligned columns (like CollateX's alignment table): one row per
 * member, the canonical first, every row as long as `columns`; `null` is a gap (the wording has
 * nothing in that column, i.e. it was removed against the canonical one).
 */
export const AlignmentTableSchema = z.object({
  columns: z.number().int().nonnegative(),
  rows: z.array(
    z.object({
      statement: z.string(),
      cells: z.array(TableCellSchema.nullable()),
    }),
  ),
});
export type AlignmentTable = z.infer<typeof AlignmentTableSchema>;

/** The statements that report one underlying statement or proposition. */
export const GroupSchema = z.object({
  /** `g1`, `g2`, … in output order. */
  id: z.string(),
  /** Statement ids, in statement order (report, then position; natural order of ids for `group`). */
  members: z.array(z.string()).min(1),
  /** The most central wording: the member closest, on average, to all the others. */
  canonical: z.string(),
  /** Each member against the canonical, then every claim–denial pair (`relation: "contradict"`). Only in `analyze` output. */
  comparisons: z.array(ComparisonSchema).optional(),
  /** All wordings aligned in columns. Only in `analyze` output, for groups of two or more. */
  table: AlignmentTableSchema.optional(),
});
export type Group = z.infer<typeof GroupSchema>;

/** The `analyze` JSON of DESIGN.md, version 1: a contract other programs read. */
export const AnalysisSchema = z.object({
  version: z.literal(1),
  reports: z.array(
    z.object({
      id: z.string(),
      /** Length of the report text in UTF-16 code units. */
      length: z.number().int().nonnegative(),
      /** Problems found while extracting from this report. */
      issues: z.array(IssueSchema).optional(),
    }),
  ),
  /** Every statement, ids `s1`, `s2`, … unique across reports, ordered by report id, then offset. */
  statements: z.array(StatementSchema),
  /** Every statement is in exactly one group; groups ordered by their first member. */
  groups: z.array(GroupSchema),
  issues: z.array(IssueSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The `group` JSON of DESIGN.md, version 1. */
export const GroupOutputSchema = z.object({
  version: z.literal(1),
  groups: z.array(GroupSchema.pick({ id: true, members: true, canonical: true })),
  issues: z.array(IssueSchema).optional(),
});
export type GroupOutput = z.infer<typeof GroupOutputSchema>;

/**
 * What `groupStatements` and the index need of a statement: an id and its text. A full
 * `Statement` fits; `stance` lets a denial join the claim it denies; other fields are kept as they are.
 */
export const GroupInputSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  /** @default 'asserts' */
  stance: StanceSchema.optional(),
});
export type GroupInput = z.infer<typeof GroupInputSchema>;

/** Options of `groupStatements` and `createIndex`. Every field is optional. */
export const GroupOptionsSchema = z.strictObject({
  /**
   * Jaccard similarity of the content-word features at or above which two statements are the same.
   * @default 0.4
   */
  threshold: z.number().min(0).max(1).optional(),
  /**
   * Share of the smaller statement's features found in the larger one at or above which a
   * partial quote joins the full quote it was cut from.
   * @default 0.9
   */
  containment: z.number().min(0).max(1).optional(),
  /**
   * A statement needs at least this many features to join another by containment alone
   * (fewer would pull in every statement that shares a word).
   * @default 3
   */
  minContainedFeatures: z.number().int().positive().optional(),
  /**
   * Pairs whose cheap similarity lies within this margin below the threshold are decided by the
   * pairwise core (`diffClaims`): joined when it finds a `match` or `paraphrase`. 0 turns it off.
   * @default 0.15
   */
  coreMargin: z.number().min(0).max(1).optional(),
  /**
   * MinHash signature length (number of hash functions).
   * @default 96
   */
  hashes: z.number().int().positive().max(1024).optional(),
  /**
   * LSH bands; `hashes` must be a multiple. More bands (fewer rows each) find pairs of lower
   * similarity, at the cost of more candidates: by default 2-row bands for small inputs, where
   * near-threshold pairs matter and candidates are cheap, 3-row bands for large ones.
   * @default hashes / 2 below 100,000 statements (and in `createIndex`), hashes / 3 from 100,000
   */
  bands: z.number().int().positive().optional(),
  /**
   * Most statements one band key may pull together; a fuller bucket adds no more candidates
   * (and the result carries an issue).
   * @default 200
   */
  maxBucket: z.number().int().positive().optional(),
  /**
   * A feature found in more statements than this is not used to look up containment candidates
   * (as passim's maxDF), so a common word cannot blow the candidate count up.
   * @default 200
   */
  maxDf: z.number().int().positive().optional(),
  /**
   * Put a denial in the group of the claim it denies (compared with negation and denial cue set aside).
   * @default true
   */
  claimDenial: z.boolean().optional(),
  /**
   * The probability the fitted claim → denial link (see `DENIAL_LINK_MODEL`: how much of the
   * denied proposition, negation and cues set aside, a claim holds with same-meaning words, and
   * how much of the claim it is) must give to link a claim and a denial, or two denials of one
   * proposition. Higher: fewer, surer links.
   * @default 0.6
   */
  denialThreshold: z.number().min(0).max(1).optional(),
  /**
   * Base forms of words for the features. A hook, as in `diffClaims`.
   * @default the WordNet lexicon compiled into the package
   */
  lexicon: LexiconOptionSchema.optional(),
  /**
   * Words left out of the features.
   * @default the built-in function words and negation cues
   */
  stopWords: z.array(z.string()).optional(),
  /**
   * Options for the pairwise core where it is consulted.
   * @default {}
   */
  diff: DiffOptionsSchema.optional(),
});
export type GroupOptions = z.input<typeof GroupOptionsSchema>;

/** Options of `createIndex`: the grouping options, fixed for the life of the index (they are saved by `toJSON`, except the hooks). */
export const IndexOptionsSchema = GroupOptionsSchema;
export type IndexOptions = GroupOptions;

/** Where `analyze` is: called after each report is extracted and as groups are compared. */
export interface AnalyzeProgress {
  stage: 'extract' | 'group' | 'compare';
  done: number;
  total: number;
}

/** Options of `analyze`. Every field is optional. */
export const AnalyzeOptionsSchema = z.strictObject({
  /**
   * Options of `extractStatements`.
   * @default {}
   */
  extract: ExtractOptionsSchema.optional(),
  /**
   * Options of `groupStatements`.
   * @default {}
   */
  group: GroupOptionsSchema.optional(),
  /**
   * Options of the pairwise core used for the comparisons (and by the grouping for pairs near its
   * threshold). Its `maxEditLength` and `timeout` bound every alignment; an alignment that gives
   * up is an `alignment-capped` issue.
   * @default {} (maxEditLength 4000 terms, timeout 300 ms)
   */
  diff: DiffOptionsSchema.optional(),
  /**
   * Merge speaker aliases across reports ("Khan" = "Shafqat Ali Khan").
   * @default true
   */
  mergeSpeakers: z.boolean().optional(),
  /**
   * Add each group's alignment table (`table`).
   * @default true
   */
  table: z.boolean().optional(),
  /**
   * Members of a group compared in full with its canonical wording, in statement order. The
   * others get a cheap comparison (their common start and end match, the rest is removed and
   * added, the score is the share of words in common, the relation the grouping's verdict), and
   * a `comparisons-capped` issue says how many. Bounds the work on a group of thousands of
   * copies of one quotation.
   * @default 50
   */
  maxGroupComparisons: z.number().int().nonnegative().optional(),
  /**
   * Most claim–denial comparisons made in one group; a `denial-pairs-capped` issue counts the rest.
   * @default 200
   */
  maxDenialPairs: z.number().int().nonnegative().optional(),
  /**
   * Milliseconds the whole run may take before its comparisons turn cheap: once spent, the
   * remaining members of every group get the cheap comparison of `maxGroupComparisons` and
   * claim–denial comparisons are left out, and one `time-budget-spent` issue counts both.
   * Extraction and grouping always run in full. With a budget the result depends on the
   * machine's speed; without one it is the same on every run.
   * @default none
   */
  timeBudget: z.number().nonnegative().optional(),
  /**
   * Called as work advances, e.g. to draw a progress bar.
   * @default none
   */
  onProgress: z.custom<(progress: AnalyzeProgress) => void>((v) => typeof v === 'function', { message: 'a function' }).optional(),
});
export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;

/** Options of `analyzeAsync`: those of `analyze`, plus a judge for the comparisons the rules are unsure of. */
export const AnalyzeAsyncOptionsSchema = AnalyzeOptionsSchema.extend({
  /**
   * As in `diffClaimsAsync`: consulted for comparisons whose verdict or segments have a
   * confidence below `judgeBelow`; claim–denial comparisons (reason `stance`) are never put to it.
   * @default undefined (no judge: the same result as `analyze`)
   */
  judge: DiffAsyncOptionsSchema.shape.judge,
  /** @default 0.6 */
  judgeBelow: DiffAsyncOptionsSchema.shape.judgeBelow,
  /** Most judge calls for one comparison. @default 16 */
  maxJudgeCalls: DiffAsyncOptionsSchema.shape.maxJudgeCalls,
  /**
   * Most comparisons put to the judge in one run; past it the rules' comparisons stand and a
   * `judge-capped` issue counts the rest.
   * @default 200
   */
  maxJudgedComparisons: z.number().int().nonnegative().optional(),
});
export type AnalyzeAsyncOptions = z.input<typeof AnalyzeAsyncOptionsSchema>;

/** What `StatementIndex.toJSON()` returns and `fromJSON` reads back. */
export const IndexSnapshotSchema = z.object({
  version: z.literal(1),
  /** The serialisable options (hooks such as `lexicon` are passed again to `fromJSON`). */
  options: z.record(z.string(), z.unknown()),
  /** Statements in the order they were added: id, text, stance and group id. */
  statements: z.array(z.object({ id: z.string(), text: z.string(), stance: StanceSchema.optional(), group: z.string() })),
  /** Each group's id and canonical statement, in output order. */
  groups: z.array(z.object({ id: z.string(), canonical: z.string() })),
  /** The next group number to hand out, so ids stay stable across adds. */
  nextGroup: z.number().int().positive(),
});
export type IndexSnapshot = z.infer<typeof IndexSnapshotSchema>;
