// The options of grouping and `analyze` as plain interfaces (see contract.ts for why); the zod
// schemas in analysis.ts check them at the boundary.
import type { Lexicon } from '../lexicon/lexicon';
import type { DiffAsyncOptions, DiffOptions, ExtractOptions } from './option-types';

/** Options of `groupStatements` and `createIndex`. Every field is optional. */
export interface GroupOptions {
  /** Jaccard similarity of the content-word features at or above which two statements are the same. @default 0.4 */
  threshold?: number;
  /**
   * Share of the smaller statement's features found in the larger one at or above which a
   * partial quote joins the full quote it was cut from.
   * @default 0.9
   */
  containment?: number;
  /**
   * A statement needs at least this many features to join another by containment alone
   * (fewer would pull in every statement that shares a word).
   * @default 3
   */
  minContainedFeatures?: number;
  /**
   * Pairs whose cheap similarity lies within this margin below the threshold are decided by the
   * fitted join decision where it is sure (probability 0.8 or more joins, under 0.4 keeps apart),
   * else by the pairwise core (`diffClaims`): joined when it finds a `match` or `paraphrase`.
   * 0 turns it off.
   * @default 0.15
   */
  coreMargin?: number;
  /** MinHash signature length (number of hash functions). @default 96 */
  hashes?: number;
  /**
   * LSH bands; `hashes` must be a multiple. More bands (fewer rows each) find pairs of lower
   * similarity, at the cost of more candidates: by default 2-row bands for small inputs, where
   * near-threshold pairs matter and candidates are cheap, 3-row bands for large ones.
   * @default hashes / 2 below 100,000 statements (and in `createIndex`), hashes / 3 from 100,000
   */
  bands?: number;
  /**
   * Most statements one band key may pull together; a fuller bucket adds no more candidates
   * (and the result carries an issue).
   * @default 200
   */
  maxBucket?: number;
  /**
   * A feature found in more statements than this is not used to look up containment candidates
   * (as passim's maxDF), so a common word cannot blow the candidate count up.
   * @default 200
   */
  maxDf?: number;
  /** Put a denial in the group of the claim it denies (compared with negation and denial cue set aside). @default true */
  claimDenial?: boolean;
  /**
   * The probability the fitted claim → denial link (see `DENIAL_LINK_MODEL`: how much of the
   * denied proposition, negation and cues set aside, a claim holds with same-meaning words, and
   * how much of the claim it is) must give to link a claim and a denial, or two denials of one
   * proposition. Higher: fewer, surer links.
   * @default 0.6
   */
  denialThreshold?: number;
  /** Base forms of words for the features. A hook, as in `diffClaims`. @default the WordNet lexicon compiled into the package */
  lexicon?: Lexicon;
  /** Words left out of the features. @default the built-in function words and negation cues */
  stopWords?: string[];
  /** Options for the pairwise core where it is consulted. @default {} */
  diff?: DiffOptions;
  /**
   * Called as statements are read (every 10,000) and when grouping starts and ends, e.g. to draw
   * a progress bar. `groupStatements` only; the index ignores it.
   * @default none
   */
  onProgress?: (progress: GroupProgress) => void;
}

/**
 * Where `groupStatements` is: `read` as statements come (`total` undefined while an iterable is
 * still being read), then `group` from 0 to the number of statements.
 */
export interface GroupProgress {
  stage: 'read' | 'group';
  done: number;
  total: number | undefined;
}

/** Options of `createIndex`: the grouping options, fixed for the life of the index (they are saved by `toJSON`, except the hooks). */
export type IndexOptions = GroupOptions;

/** Where `analyze` is: called after each report is extracted and as groups are compared. */
export interface AnalyzeProgress {
  stage: 'extract' | 'group' | 'compare';
  done: number;
  total: number;
}

/** Options of `analyze`. Every field is optional. */
export interface AnalyzeOptions {
  /** Options of `extractStatements`. @default {} */
  extract?: ExtractOptions;
  /** Options of `groupStatements`. @default {} */
  group?: GroupOptions;
  /**
   * Options of the pairwise core used for the comparisons (and by the grouping for pairs near its
   * threshold). Its `maxEditLength` and `timeout` bound every alignment; an alignment that gives
   * up is an `alignment-capped` issue.
   * @default {} (maxEditLength 4000 terms, timeout 300 ms)
   */
  diff?: DiffOptions;
  /** Merge speaker aliases across reports ("Khan" = "Shafqat Ali Khan"). @default true */
  mergeSpeakers?: boolean;
  /** Add each group's alignment table (`table`). @default true */
  table?: boolean;
  /**
   * Add `topics`: the groups about one story, found over the finished groups (see `findTopics`).
   * Costs little (about a second on a thousand articles); `false` leaves the field out.
   * @default true
   */
  topics?: boolean;
  /**
   * Members of a group compared in full with its canonical wording, in statement order. The
   * others get a cheap comparison (their common start and end match, the rest is removed and
   * added, the score is the share of words in common, the relation the grouping's verdict), and
   * a `comparisons-capped` issue says how many. Bounds the work on a group of thousands of
   * copies of one quotation.
   * @default 50
   */
  maxGroupComparisons?: number;
  /** Most claim–denial comparisons made in one group, and most pairs of its claims compared for two figures of one count; `denial-pairs-capped` and `figure-pairs-capped` issues count the rest. @default 200 */
  maxDenialPairs?: number;
  /**
   * Milliseconds the whole run may take before its comparisons turn cheap: once spent, the
   * remaining members of every group get the cheap comparison of `maxGroupComparisons` and
   * claim–denial comparisons are left out, and one `time-budget-spent` issue counts both.
   * Extraction and grouping always run in full. With a budget the result depends on the
   * machine's speed; without one it is the same on every run.
   * @default none
   */
  timeBudget?: number;
  /** Called as work advances, e.g. to draw a progress bar. @default none */
  onProgress?: (progress: AnalyzeProgress) => void;
}

/** Options of `analyzeAsync`: those of `analyze`, plus a judge for the comparisons the rules are unsure of. */
export interface AnalyzeAsyncOptions extends AnalyzeOptions {
  /**
   * As in `diffClaimsAsync`: consulted for comparisons whose verdict or segments have a
   * confidence below `judgeBelow`; claim–denial comparisons (reason `stance`) are never put to it.
   * @default undefined (no judge: the same result as `analyze`)
   */
  judge?: DiffAsyncOptions['judge'];
  /** @default 0.6 */
  judgeBelow?: number;
  /** Most judge calls for one comparison. @default 16 */
  maxJudgeCalls?: number;
  /**
   * Most comparisons put to the judge in one run; past it the rules' comparisons stand and a
   * `judge-capped` issue counts the rest.
   * @default 200
   */
  maxJudgedComparisons?: number;
}
