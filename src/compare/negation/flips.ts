import type { Evidence } from '../../schema/evidence';
import { draftConfidence, draftRuns, type Draft } from '../align';
import { isContentTerm, type RelateContext, type Term, type TermPair } from '../terms';
import { carriesNegation, contentShare, narrowerAct, negatedSide, strayNegation } from './negation-scope';
import { rangeInFrame, type Frames } from './truth-frame';
import { anotherFigure, anotherOccasion } from './other-occasion';

/*
 * The checks on the contradicting segments the alignment found ("flips": a negation, an
 * antonym, another figure or date): whether they make the pair contradict, a negation the
 * alignment left among moved words, and another figure in what otherwise reads as a
 * restatement. Each reports evidence; the verdict (verdict/decide.ts) weighs it.
 */

/** The shares a flip must clear (see RelationThresholds in verdict/measures.ts). */
export interface FlipThresholds {
  readonly contradict: number;
  readonly negationScope: number;
}


/** The surest of some drafts' confidences. */
const surest = (drafts: readonly Draft[]): number => Math.max(...drafts.map(draftConfidence));

/** The reason of the surest draft, for the evidence that names it. */
function leadReason(drafts: readonly Draft[]): Evidence['reason'] {
  const lead = drafts.reduce((x, y) => (draftConfidence(y) > draftConfidence(x) ? y : x));
  return [...lead.reasons][0] ?? 'negation';
}

/**
 * Check `flip`: the contradicting segments, `contra`, make the pair contradict (see
 * `contradicts`), and the other side does not say the negation in a word of its own. Its
 * strength is the surest contradicting segment's confidence. An unconfirmed flip (too little
 * else in common, or flips that cancel) is no evidence: the verdict is left to what the two
 * sides share, as for any other difference.
 */
export function flipCheck(contra: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames, aligned: number, thresholds: FlipThresholds, ctx: RelateContext): Evidence | null {
  if (contra.length === 0 || !contradicts(contra, a, b, loose, frames, aligned, thresholds, ctx) || carriesNegation(a, b, loose, frames, ctx)) return null;
  return { check: 'flip', found: `${contra.length} contradicting segment(s) that make the pair contradict`, a: draftRuns(contra, 'a'), b: draftRuns(contra, 'b'), reason: leadReason(contra), strength: surest(contra) };
}

/**
 * Check `stray-negation`: no segment flips, but the one run on one side only that holds every
 * negation cue of the pair (see strayNegation) contradicts the other side. Found without the
 * alignment's help, it must have all of its side's content stated (negation scope 1). The
 * verdict marks that run as a `negation` contradiction.
 */
export function strayNegationCheck(drafts: readonly Draft[], contra: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames, aligned: number, thresholds: FlipThresholds, ctx: RelateContext): Evidence | null {
  const stray = contra.length === 0 ? strayNegation(drafts, a, b) : null;
  if (stray === null || !contradicts([stray.draft], a, b, loose, frames, aligned, { ...thresholds, negationScope: 1 }, ctx) || carriesNegation(a, b, loose, frames, ctx)) return null;
  return { check: 'stray-negation', found: 'a negation among words on one side only, its clause stated on the other', a: draftRuns([stray.draft], 'a'), b: draftRuns([stray.draft], 'b'), reason: 'negation', strength: draftConfidence(stray.draft) };
}

/**
 * Check `figure`: a contradicting segment for another figure or date ("will not reopen before
 * the autumn" ~ "won't reopen before the summer"). Whatever else the two sides share, they
 * are not a restatement of each other, even where rewording leaves too little aligned to
 * call it a contradiction by position.
 */
export function figureCheck(contra: readonly Draft[]): Evidence | null {
  const figures = contra.filter(anotherFigure);
  if (figures.length === 0) return null;
  return { check: 'figure', found: `${figures.length} segment(s) with another figure or date`, a: draftRuns(figures, 'a'), b: draftRuns(figures, 'b'), reason: leadReason(figures), strength: surest(figures) };
}

/** A segment contradicting by a modal's force alone ("will" ~ "may"). */
const onlyModality = (d: Draft): boolean => d.reasons.size > 0 && [...d.reasons].every((r) => r === 'modality');

/**
 * Check `modal`: a contradicting segment for a modal of another force alone ("will withdraw" ~
 * "may withdraw", "could be $4 billion" ~ "would be $4 billion"). One side hedges what the
 * other says for sure: no flip (see `contradicts`), and no restatement either.
 */
export function modalCheck(contra: readonly Draft[]): Evidence | null {
  const modal = contra.filter(onlyModality);
  if (modal.length === 0) return null;
  return { check: 'modal', found: `${modal.length} segment(s) with a modal of another force`, a: draftRuns(modal, 'a'), b: draftRuns(modal, 'b'), reason: 'modality', strength: surest(modal) };
}

/**
 * Whether the contradicting segments make the pair contradict. Another figure or date does,
 * when the texts are about the same thing, on one occasion (see `anotherOccasion`); a modal of
 * another force alone does not. Flips count by parity: an antonym and a negation
 * cancel ("not accepted" ~ "rejected"), and two cancelling flips in different places leave
 * two different statements. A truth frame that denies ("It is not true that …") is one more
 * negation flip wherever the alignment put its words, and a flip within frames only ("not
 * true" ~ "true") is already counted by the frames: "It is not true that the plant will close"
 * ~ "The plant will not close" cancel. A negation contradicts only what it has in scope: the
 * negated side's content must be stated on the other side, all but a small share by weight
 * (`negationScope`).
 */
function contradicts(contra: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames, aligned: number, thresholds: FlipThresholds, ctx: RelateContext): boolean {
  if (contra.some(anotherFigure)) return aligned >= thresholds.contradict && !anotherOccasion(contra, a, b);
  // A modal of another force alone ("could be $4 billion" ~ "would be $4 billion") hedges; it flips nothing.
  const outside = contra.filter((d) => !(rangeInFrame(frames.a, d.a) && rangeInFrame(frames.b, d.b)) && !onlyModality(d));
  const denials = frames.a.filter((f) => f.denies).length + frames.b.filter((f) => f.denies).length;
  const negations = outside.filter((d) => d.reasons.has('negation')).length + denials;
  const flips = outside.length + denials;
  if (flips % 2 === 0) return false;
  if (negations === 0) return aligned >= thresholds.contradict;
  const side = negatedSide(a, b, loose, frames);
  if (side === null || loose === null) return aligned >= thresholds.contradict;
  // A hypernym carries a negation down only: "no dog" denies "a dachshund", but "not frying"
  // leaves "cooking" open.
  const [negated, plain, own] = side === 'a' ? [a, b, frames.a] : [b, a, frames.b];
  const isA = ctx.lexicon.isA?.bind(ctx.lexicon);
  // Nor up from an act, whatever the pair's label (see narrowerAct).
  const narrower = (p: TermPair): boolean => (side === 'a' ? narrowerAct(a, p.x, b[p.y] as Term, ctx) : narrowerAct(b, p.y, a[p.x] as Term, ctx));
  const paired = new Set(loose.filter((p) => p.rel.strength >= 0.7 && !narrower(p)).map((p) => (side === 'a' ? p.x : p.y)));
  if (isA !== undefined) {
    negated.forEach((t, i) => {
      if (paired.has(i) || t.kind !== 'word' || !isContentTerm(t)) return;
      if (plain.some((u) => u.kind === 'word' && isContentTerm(u) && isA(u.key, t.key))) paired.add(i);
    });
  }
  return contentShare(negated, paired, own) >= thresholds.negationScope;
}
