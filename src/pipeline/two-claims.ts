import { contentWords, type FeatureContext } from '../group/features';
import type { ClaimDiff, Reason, Segment } from '../schema/diff';
import { namesIn } from './names-in';
import { inConditionClause } from '../text/condition-clause';

/** Reasons of a contradicting segment that are a negation on one side only, not another figure, date, party or antonym. */
const NEGATION: ReadonlySet<Reason> = new Set(['negation', 'stance']);

/** Whether a span of a text holds a content word that is not a name (see `namesIn`). */
function commonWords(text: string, ctx: FeatureContext): (span: readonly [number, number]) => boolean {
  const names = namesIn(text, ctx);
  return ([from, to]) => contentWords(text.slice(from, to), ctx).some((w) => !names.has(w));
}

/**
 * Two claims, `a` and `b` their texts, `d` the pairwise core's diff of them. A `contradict`
 * read from a negation alone ("This is not a Harbour Pride moment" against "the Harbour Pride
 * parade was moved …") needs more in common than names: when no segment that matches or
 * paraphrases holds, on both sides, a content word that is not a name, the negation is of
 * something else and the pair is `differ`, its segments kept. One read from a stance word alone
 * (a dismissal inside a claim: "Kerry used 'fabricated' narratives") is `differ` too: the
 * extractor read both as claims, and a stance alone is no contradiction; so is one whose negations
 * all face nothing on the other side, or all stand in a condition (see `inConditionClause`), and
 * so is any such pair of one voice in one report (`oneAccount`). A contradiction by
 * another figure, date, party or antonym is kept, as is any other relation.
 */
export function judgeTwoClaims(a: string, b: string, d: ClaimDiff, ctx: FeatureContext, oneAccount = false): ClaimDiff {
  if (d.relation !== 'contradict') return d;
  if (!d.segments.every((s) => s.label !== 'contradict' || s.reasons.every((r) => NEGATION.has(r)))) return d;
  const differ: ClaimDiff = { relation: 'differ', score: d.score, segments: d.segments, issues: d.issues };
  // One voice in one report draws a contrast by a negation ("I'm never going to ask for support
  // because I'm a woman" … "I'm going to ask for their support because I'm the most qualified"):
  // it does not contradict itself.
  if (oneAccount) return differ;
  const contradicting = d.segments.filter((s) => s.label === 'contradict');
  if (contradicting.length > 0 && contradicting.every((s) => s.reasons.every((r) => r === 'stance'))) return differ;
  // A negation facing nothing on the other side ("he did not recall making deletions" against
  // "making deletions") is one saying more than the other, not two saying opposite things.
  if (contradicting.length > 0 && contradicting.every((s) => s.a === null || s.b === null)) return differ;
  // A negation inside a condition ("If we don't have it, …" against "we have a situation where
  // …") supposes; it states nothing the other claim could contradict.
  if (contradicting.length > 0 && contradicting.every((s) => (s.a !== null && inConditionClause(a, s.a[0])) || (s.b !== null && inConditionClause(b, s.b[0])))) return differ;
  const [inA, inB] = [commonWords(a, ctx), commonWords(b, ctx)];
  const aligned = (s: Segment): boolean => (s.label === 'match' || s.label === 'paraphrase') && s.a !== null && s.b !== null;
  const shared = d.segments.some((s) => aligned(s) && inA(s.a as [number, number]) && inB(s.b as [number, number]));
  return shared ? d : differ;
}
