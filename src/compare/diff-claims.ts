import { z } from 'zod';
import type { Lexicon } from '../lexicon/lexicon';
import { createWordNetLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import type { ClaimDiff, Segment } from '../schema/diff';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { DiffOptionsSchema, type DiffOptions } from '../schema/options';
import { alignTerms, joinSharedTokens, labelAlignment, pairMoves, toSegments, trimAlign, type Draft } from './align';
import { DEFAULT_THRESHOLDS, judgePair, ROLE_SWAP_CONFIDENCE } from './verdict';
import type { RoleSwap } from './roles';
import { DEFAULT_STANCE, findStance, markStance, STANCE_CONFIDENCE } from './stance';
import { defaultWordLists, sameTerm, toTerms, type RelateContext } from './terms';
import type { WordLists } from '../lexicon/word-lists';
import { truthFrames, type Frames } from './negation';

let builtInLexicon: Lexicon | undefined;
let builtInWords: WordLists | undefined;

/** The WordNet lexicon, decoded on first use rather than at import (the package has no side effects). */
function defaultLexicon(): Lexicon {
  builtInLexicon ??= createWordNetLexicon();
  return builtInLexicon;
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

/** The drafts holding the swapped participants, relabelled `contradict` (reason `entity`). */
function markSwap(drafts: readonly Draft[], swap: RoleSwap): Draft[] {
  const holds = (r: readonly [number, number] | null, at: readonly number[]): boolean => r !== null && at.some((i) => i >= r[0] && i < r[1]);
  return drafts.map((d) => (holds(d.a, swap.x) || holds(d.b, swap.y) ? { ...d, label: 'contradict', reasons: new Set(['entity']), confidence: ROLE_SWAP_CONFIDENCE } : d));
}

function compare(a: string, b: string, options: DiffOptions): ClaimDiff {
  const words = options.wordLists ?? (builtInWords ??= defaultWordLists());
  const ctx: RelateContext = { lexicon: options.lexicon ?? defaultLexicon(), words };
  const day = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));
  const ta = toTerms(a, words, day(options.publishedAt?.a));
  const tb = toTerms(b, words, day(options.publishedAt?.b));
  const issues: Issue[] = [];
  const equals = (x: Parameters<typeof sameTerm>[0], y: Parameters<typeof sameTerm>[1]): boolean => sameTerm(x, y, ctx);
  const limits = { maxEditLength: options.maxEditLength ?? 4000, timeout: options.timeout ?? 300 };
  let ops = alignTerms(ta, tb, equals, limits);
  if (ops === null) {
    issues.push({
      code: 'alignment-capped',
      message: `alignment of ${ta.length} and ${tb.length} terms gave up (maxEditLength ${limits.maxEditLength}, timeout ${limits.timeout} ms); only the common start and end were aligned`,
    });
    ops = trimAlign(ta, tb, equals);
  }
  let drafts = joinSharedTokens(pairMoves(labelAlignment(ops, ta, tb, ctx), ta, tb, ctx), ta, tb);
  const thresholds = {
    paraphrase: options.paraphraseThreshold,
    contradict: options.contradictThreshold ?? DEFAULT_THRESHOLDS.contradict,
    negationScope: DEFAULT_THRESHOLDS.negationScope,
  };
  // Read once: the verdict and the stance layer both weigh what each side's truth frames deny.
  const frames: Frames = { a: truthFrames(ta, ctx), b: truthFrames(tb, ctx) };
  const verdict = judgePair(drafts, ta, tb, ctx, thresholds, frames);
  let { relation, score, confidence } = verdict;
  if (verdict.swap !== undefined) drafts = markSwap(drafts, verdict.swap);
  const { negation } = verdict;
  if (negation !== undefined) drafts = drafts.map((d, at) => (at === negation.at ? negation.draft : d));
  if (relation !== 'contradict') {
    const stance = findStance(ta, tb, ctx, DEFAULT_STANCE, frames);
    if (stance !== null) {
      drafts = markStance(drafts, ta, tb, stance);
      relation = 'contradict';
      confidence = STANCE_CONFIDENCE[stance.kind];
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { relation, score: round(score), segments: toSegments(drafts, ta, tb), issues, confidence: round(confidence) };
}

/**
 * Compares two wordings of a statement and labels, span by span, what matches, paraphrases,
 * contradicts, or is on one side only; plus a verdict for the pair and a similarity score.
 * Spans are `[start, end)` UTF-16 offsets into `a` and `b` as given. Symmetric: the result
 * for `(b, a)` is the mirror of the result for `(a, b)` (sides and added/removed swapped),
 * because the work is always done in one canonical order.
 *
 * @throws ClaimdiffError when `a` or `b` is not a string, or an option is invalid.
 */
export function diffClaims(a: string, b: string, options: DiffOptions = {}): ClaimDiff {
  const x = parseArgument(z.string(), a, 'diffClaims: first argument (a)', 'a string');
  const y = parseArgument(z.string(), b, 'diffClaims: second argument (b)', 'a string');
  const opts = parseArgument(DiffOptionsSchema, options, 'diffClaims: options', 'an options object (see DiffOptions)', 'invalid-options');
  return compareValid(x, y, opts);
}

/** The pairwise core without boundary validation, for stages that already hold valid input. */
export function compareValid(a: string, b: string, options: DiffOptions): ClaimDiff {
  if (a <= b) return compare(a, b, options);
  const published = options.publishedAt === undefined ? {} : { publishedAt: { a: options.publishedAt.b, b: options.publishedAt.a } };
  return mirror(compare(b, a, { ...options, ...published }));
}
