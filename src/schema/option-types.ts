// The options of the public functions as plain interfaces (see contract.ts for why); the zod
// schemas in options.ts, statement.ts and analysis.ts check them at the boundary.
import type { WordLists } from '../lexicon/word-lists';
import type { Lexicon } from '../lexicon/lexicon';
import type { Judge } from './options';

/** Options of `diffClaims`. Every field is optional. */
export interface DiffOptions {
  /**
   * Word knowledge: base forms, synonyms, antonyms. A hook: pass your own to add a domain
   * thesaurus or another language.
   * @default the WordNet lexicon compiled into the package
   */
  lexicon?: Lexicon;
  /**
   * Negation cues, function words, contractions, quantifiers and modals.
   * @default the built-in English lists (`defaultWordLists()`)
   */
  wordLists?: WordLists;
  /**
   * Largest edit distance (in terms) the alignment explores before it gives up and falls
   * back to a coarse alignment, with an `alignment-capped` issue.
   * @default 4000
   */
  maxEditLength?: number;
  /**
   * The day each wording was published (ISO 8601, as a report's `publishedAt`), so that dates
   * written relative to it ("on Friday", "yesterday", "next Monday") are read as the calendar
   * days they name and compared with dates written out ("Nov. 7").
   * @default undefined (relative dates are only time words)
   */
  publishedAt?: { a?: string; b?: string };
  /**
   * Milliseconds the alignment may take before it gives up the same way.
   * @default 300
   */
  timeout?: number;
  /**
   * Share of each side that must be matched or paraphrased for `relation: "paraphrase"`. When
   * given, this simple share rule decides; when absent, a small linear model over the alignment
   * (coverage, unmatched words and names, the longest one-sided run, length ratio; fitted on
   * MRPC dev, see src/compare/verdict/model.ts) decides.
   * @default undefined (the fitted verdict)
   */
  paraphraseThreshold?: number;
  /**
   * Share of each side that must be aligned for a contradiction to make the pair `contradict`.
   * @default 0.9
   */
  contradictThreshold?: number;
}

/** Options of `diffClaimsAsync`: those of `diffClaims`, plus the judge. */
export interface DiffAsyncOptions extends DiffOptions {
  /**
   * Consulted only where the rules are unsure (confidence below `judgeBelow`): first for
   * two-sided segments, then for the pair verdict. Its answers carry reason `judge`. A judge
   * that throws or answers nonsense is reported as an issue `judge-failed`, and the rules' label stays.
   * @default undefined (no judge: the same result as `diffClaims`)
   */
  judge?: Judge;
  /**
   * Confidence under which a label is put to the judge.
   * @default 0.6
   */
  judgeBelow?: number;
  /**
   * Most calls to the judge for one pair (segments first, then the pair).
   * @default 16
   */
  maxJudgeCalls?: number;
}

/** Options of `extractStatements`. Word lists are data: pass your own to extend or replace ours. */
export interface ExtractOptions {
  /** Id given to a report passed as a bare string. @default 'report' */
  reportId?: string;
  /** Lemmas of verbs that report an assertion. @default ASSERT_VERBS from the built-in lexicon */
  assertVerbs?: string[];
  /** Lemmas of verbs that report a denial. @default DENY_VERBS from the built-in lexicon */
  denyVerbs?: string[];
  /**
   * A quotation of at most this many words, with no reporting verb around it, is a term or a
   * scare quote ("a term the military uses for “Fitna Al-Khawarij”"), not a statement.
   * @default 4
   */
  termMaxWords?: number;
  /** Reported content shorter than this many words is not a statement ("he said so"). @default 2 */
  minWords?: number;
  /** Keep quotations whose speaker cannot be found (with speaker `null` and an issue). @default true */
  keepUnattributed?: boolean;
  /**
   * Most characters (UTF-16 code units) of a report that are read. A longer text is cut at the
   * last line break (else blank) before the bound and the rest is not read: a
   * `report-truncated` issue gives its span. Offsets stay those of the whole text.
   * @default 1_000_000
   */
  maxLength?: number;
  /**
   * Most statements taken from one report. Extraction stops at the sentence where the bound is
   * reached; a `statements-capped` issue gives the span not read.
   * @default 5_000
   */
  maxStatements?: number;
  /**
   * Most tokens in a sentence read as one. The work per reporting cue grows with its sentence,
   * so a longer "sentence" (a run-on scrape, thousands of nested quotation marks) is read in
   * pieces of this many tokens, with a `sentence-split` issue.
   * @default 1_000
   */
  maxSentenceTokens?: number;
  /** Most issues of one code kept per report; one `issues-capped` issue counts the rest. @default 100 */
  maxIssues?: number;
}
