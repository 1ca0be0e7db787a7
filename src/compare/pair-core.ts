/**
 * The pairwise core: two wordings read into terms, aligned, measured, checked and judged. Its
 * arguments are taken as valid (`diffClaims` checks them), so it loads no schema: the grouping
 * runs it on near pairs without zod.
 */
import type { WordLists } from '../lexicon/word-lists';
import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import type { ClaimDiff, Segment } from '../schema/diff';
import type { Evidence } from '../schema/evidence';
import type { Issue } from '../schema/issue';
import type { DiffOptions } from '../schema/options';
import { alignTerms, joinSharedTokens, labelAlignment, pairMoves, toSegments, trimAlign, type Draft } from './align';
import { countCheck } from './counts';
import { figureCheck, flipCheck, modalCheck, oneSidedNegationCheck, strayNegationCheck, wordedNegationCheck, truthFrames, type Frames } from './negation';
import { quantifierCheck } from './quantifiers';
import { individualsCheck, roleSwapCheck } from './roles';
import { dismissalCheck, stanceCheck } from './stance';
import { defaultWordLists, sameTerm, toTerms, WORD_RELATIONS_LIMIT, type RelateContext, type Term, type WordRelations } from './terms';
import { decide, DEFAULT_THRESHOLDS, markEvidence, measurePair, readsAsRestatement, type PairMeasures, type RelationThresholds, type Verdict } from './verdict';

let builtInWords: WordLists | undefined;
/** Word relations weighed with the built-in lexicon and word lists, which never change: kept across pairs. */
let builtInRelations: WordRelations | undefined;
/**
 * The terms of wordings read with the built-in word lists, by reference day and text: a run
 * compares one wording with each other report of its statement. Emptied past TERMS_KEPT.
 */
const builtInTerms = new Map<string, readonly Term[]>();
const TERMS_KEPT = 4096;

/** `toTerms` with the built-in word lists, each wording read once while it stays in `builtInTerms`. */
function builtInTermsOf(text: string, words: WordLists, reference: number | undefined): readonly Term[] {
  const key = `${reference ?? ''} ${text}`;
  let terms = builtInTerms.get(key);
  if (terms === undefined) {
    if (builtInTerms.size >= TERMS_KEPT) builtInTerms.clear();
    builtInTerms.set(key, (terms = toTerms(text, words, reference)));
  }
  return terms;
}

function mirror(diff: ClaimDiff): ClaimDiff {
  const flip = (s: Segment): Segment => ({
    label: s.label === 'added' ? 'removed' : s.label === 'removed' ? 'added' : s.label,
    a: s.b,
    b: s.a,
    reasons: s.reasons,
    ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
  });
  return { ...diff, segments: diff.segments.map(flip) };
}

/** A pair as the pipeline leaves it before the segments are drawn: for compare() and tests. */
export interface ExaminedPair {
  readonly a: readonly Term[];
  readonly b: readonly Term[];
  readonly drafts: readonly Draft[];
  readonly evidence: readonly Evidence[];
  readonly verdict: Verdict;
  readonly issues: Issue[];
}

/** A pair read, aligned and measured: what the checks and the verdict start from. */
interface MeasuredPair {
  readonly a: readonly Term[];
  readonly b: readonly Term[];
  readonly drafts: readonly Draft[];
  readonly m: PairMeasures;
  readonly thresholds: RelationThresholds;
  readonly ctx: RelateContext;
  readonly issues: Issue[];
}

/**
 * The pipeline, in order. Each stage adds its layer to what the one before left, and the
 * checks only report: the verdict is decided in one place (verdict/decide.ts).
 */
export function examinePair(a: string, b: string, options: DiffOptions): ExaminedPair {
  return checkPair(measurePairOf(a, b, options));
}

/** Stages 1, 2 and 4: terms, alignment, measures. */
function measurePairOf(a: string, b: string, options: DiffOptions): MeasuredPair {
  // 1. Terms: each wording read once into terms (words, figures, dates; terms/, figures/).
  const words = options.wordLists ?? (builtInWords ??= defaultWordLists());
  const builtIn = options.lexicon === undefined && options.wordLists === undefined;
  const known = builtIn ? (builtInRelations ??= { pairs: new Map(), size: 0, limit: WORD_RELATIONS_LIMIT }) : undefined;
  const ctx: RelateContext = { lexicon: options.lexicon ?? builtInLexicon(), words, ...(known === undefined ? {} : { known }) };
  const day = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));
  const read = (text: string, reference: number | undefined): readonly Term[] => (options.wordLists === undefined ? builtInTermsOf(text, words, reference) : toTerms(text, words, reference));
  const ta = read(a, day(options.publishedAt?.a));
  const tb = read(b, day(options.publishedAt?.b));

  // 2. Alignment: the terms in order against each other, changed blocks labelled, moved words paired (align/).
  const issues: Issue[] = [];
  const equals = (x: Term, y: Term): boolean => sameTerm(x, y, ctx);
  const limits = { maxEditLength: options.maxEditLength ?? 4000, timeout: options.timeout ?? 300 };
  let ops = alignTerms(ta, tb, equals, limits);
  if (ops === null) {
    issues.push({
      code: 'alignment-capped',
      message: `alignment of ${ta.length} and ${tb.length} terms gave up (maxEditLength ${limits.maxEditLength}, timeout ${limits.timeout} ms); only the common start and end were aligned`,
    });
    ops = trimAlign(ta, tb, equals);
  }
  const drafts = joinSharedTokens(pairMoves(labelAlignment(ops, ta, tb, ctx), ta, tb, ctx), ta, tb);

  // 4. Measures: shares aligned and covered, the score, the fitted model's reading (verdict/).
  const thresholds = {
    paraphrase: options.paraphraseThreshold,
    contradict: options.contradictThreshold ?? DEFAULT_THRESHOLDS.contradict,
    negationScope: DEFAULT_THRESHOLDS.negationScope,
  };
  return { a: ta, b: tb, drafts, m: measurePair(drafts, ta, tb, ctx, thresholds), thresholds, ctx, issues };
}

/** Stages 3, 5 and 6: truth frames, checks, verdict. */
function checkPair({ a: ta, b: tb, drafts, m, thresholds, ctx, issues }: MeasuredPair): ExaminedPair {
  // 3. Truth frames, read once: the flips and the stance check both weigh what each side's frames deny (negation/).
  const frames: Frames = { a: truthFrames(ta, ctx), b: truthFrames(tb, ctx) };

  // 5. Checks: each reports what it found as evidence, or nothing; none sets the relation.
  const contra = drafts.filter((d) => d.label === 'contradict');
  const evidence = [
    individualsCheck(contra, ta, tb, ctx),
    flipCheck(contra, ta, tb, m.loose, frames, m.aligned, thresholds, ctx),
    strayNegationCheck(drafts, contra, ta, tb, m.loose, frames, m.aligned, thresholds, ctx),
    countCheck(ta, tb, m.loose, ctx),
    figureCheck(contra),
    modalCheck(contra),
    quantifierCheck(ta, tb, ctx),
    roleSwapCheck(ta, tb, m.loose, ctx),
    oneSidedNegationCheck(ta, tb, frames, ctx),
    wordedNegationCheck(ta, tb, frames, ctx),
    stanceCheck(ta, tb, ctx, frames),
    dismissalCheck(ta, tb, ctx),
  ].filter((e): e is Evidence => e !== null);

  // 6. Verdict: one step reads the measures and all the evidence, and names the evidence it used.
  const verdict = decide(m, evidence, thresholds);

  return { a: ta, b: tb, drafts, evidence, verdict, issues };
}

function compare(a: string, b: string, options: DiffOptions): ClaimDiff {
  const { a: ta, b: tb, drafts, verdict, issues } = examinePair(a, b, options);
  // 7. Segments: the drafts marked with the evidence used, as spans of the original text.
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const segments = toSegments(markEvidence(drafts, ta, tb, verdict.used), ta, tb);
  return { relation: verdict.relation, score: round(verdict.score), segments, issues, confidence: round(verdict.confidence) };
}

/** The options of a pair for its sides swapped. */
function swapped(options: DiffOptions): DiffOptions {
  return options.publishedAt === undefined ? options : { ...options, publishedAt: { a: options.publishedAt.b, b: options.publishedAt.a } };
}

/** The pairwise core without boundary validation, for stages that already hold valid input. */
export function compareValid(a: string, b: string, options: DiffOptions): ClaimDiff {
  return a <= b ? compare(a, b, options) : mirror(compare(b, a, swapped(options)));
}

/**
 * Whether `compareValid(a, b, options)` would find a match or paraphrase, without drawing the
 * segments, and without the checks when the measures already rule both out (most pairs the
 * grouping asks about just below its threshold: see `readsAsRestatement`).
 */
export function restates(a: string, b: string, options: DiffOptions): boolean {
  const pair = a <= b ? measurePairOf(a, b, options) : measurePairOf(b, a, swapped(options));
  if (!pair.m.empty && !readsAsRestatement(pair.m, pair.thresholds)) return false;
  const relation = checkPair(pair).verdict.relation;
  return relation === 'match' || relation === 'paraphrase';
}
