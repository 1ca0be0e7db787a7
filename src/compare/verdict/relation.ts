import type { Label, Relation } from '../../schema/diff';
import { draftConfidence, type Draft } from '../align';
import { describesSubject, findRoleSwap, tellsApartIndividuals, type RoleSwap } from '../roles';
import { isContentTerm, matchUnordered, weight, type RelateContext, type Term, type TermPair } from '../terms';
import { carriesNegation, contentShare, narrowerAct, negatedSide, polarityAgrees, rangeInFrame, strayNegation, type Frames } from '../negation';
import { verdictFeatures } from './features';
import { PARAPHRASE_MODEL, paraphraseLogit, type VerdictFeatures } from './model';
import { verdictCues } from './verdict-cues';

/** Thresholds of the pair verdict, tuned on the dev splits (see eval/). */
export interface RelationThresholds {
  /**
   * Share of each side's meaning that must be matched or paraphrased for a paraphrase. When
   * unset, the fitted verdict of `PARAPHRASE_MODEL` decides instead (see model.ts).
   * @default undefined
   */
  readonly paraphrase?: number | undefined;
  /**
   * Share of each side that must be aligned (matched, paraphrased or contradicted) for a
   * contradiction to count: below it the texts are about different things, and they differ.
   * @default 0.9
   */
  readonly contradict: number;
  /**
   * Share of the negated side's content the other side must state for a negation to make a
   * contradiction: "no man is eating food" contradicts "a man is eating some food", but "the
   * person is not writing with a pencil" does not contradict "a person is writing".
   * @default 0.8
   */
  readonly negationScope: number;
}

export const DEFAULT_THRESHOLDS: RelationThresholds = { contradict: 0.9, negationScope: 0.8 };

/** How much of a term's weight counts as agreement under each label (for the score). */
const AGREEMENT: Readonly<Record<Label, number>> = { match: 1, paraphrase: 0.85, contradict: 0.35, added: 0, removed: 0 };

interface Side {
  total: number;
  agreed: number;
  aligned: number;
  covered: number;
}

function tally(drafts: readonly Draft[], terms: readonly Term[], side: 'a' | 'b'): Side {
  const s: Side = { total: 0, agreed: 0, aligned: 0, covered: 0 };
  for (const t of terms) s.total += weight(t);
  for (const d of drafts) {
    const r = d[side];
    if (r === null) continue;
    let w = 0;
    for (let i = r[0]; i < r[1]; i++) w += weight(terms[i] as Term);
    s.agreed += w * AGREEMENT[d.label];
    if (d.label !== 'added' && d.label !== 'removed') s.aligned += w;
    if (d.label === 'match' || d.label === 'paraphrase') s.covered += w;
  }
  return s;
}

/** Pairs compared word by word, regardless of order, before the cost stops being worth it. */
const MAX_LOOSE_PAIRS = 40_000;

/**
 * What each side shares with the other in any order: the alignment keeps order, so a clause
 * moved to the front ("After posting bail, Jackson flew …" ~ "Jackson posted bail and flew …")
 * looks removed and added there, while for the verdict it is the same content.
 * O(n·m) relations, bounded by MAX_LOOSE_PAIRS (beyond it the alignment alone decides).
 */
function looseCover(a: readonly Term[], b: readonly Term[], ctx: RelateContext): TermPair[] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  a.forEach((t, i) => t.kind !== 'punct' && xs.push(i));
  b.forEach((t, j) => t.kind !== 'punct' && ys.push(j));
  if (xs.length * ys.length > MAX_LOOSE_PAIRS) return null;
  return matchUnordered(a, b, xs, ys, ctx).filter((p) => p.rel.label !== 'contradict');
}


/**
 * The features the fitted verdict reads for a pair, as `judgePair` computes them (exported for
 * scripts/fit-verdict.ts, which refits the model on them). O(n·m), bounded as `looseCover` is.
 */
export function pairVerdictFeatures(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext, loose: readonly TermPair[] | null = looseCover(a, b, ctx)): VerdictFeatures {
  return verdictFeatures(drafts, a, b, loose, verdictCues(loose, ctx));
}

/** A contradicting segment for another figure or date: a flip that needs no reading of scope. */
const anotherFigure = (d: Draft): boolean => d.reasons.has('number') || d.reasons.has('date');

/**
 * The verdict for a whole pair, and a similarity score in [0, 1]. A contradiction needs the
 * two wordings to be about the same thing (enough aligned on both sides); a paraphrase needs
 * both sides mostly matched or paraphrased and nothing of weight said on one side only (the
 * fitted verdict of model.ts, or a plain share threshold when one is given); anything else
 * differs.
 */
export interface PairVerdict {
  readonly relation: Relation;
  readonly score: number;
  /**
   * How sure the verdict is: for a contradiction, its surest contradicting segment; for a
   * paraphrase or a difference, the fitted model's probability of that side (its logistic
   * output), or the margin of the share rule when a threshold is given.
   */
  readonly confidence: number;
  /** Participants found in each other's roles, when that made the pair differ. */
  readonly swap?: RoleSwap;
  /**
   * A one-sided run holding the negation that made the pair contradict, when the alignment
   * left it among moved words (see strayNegation): its index in the drafts, and the run
   * relabelled as a `negation` contradiction.
   */
  readonly negation?: { readonly at: number; readonly draft: Draft };
}

/** How sure a difference by swapped roles is: the pattern (subject, verb, object) is narrow. */
export const ROLE_SWAP_CONFIDENCE = 0.8;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function judgePair(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext, thresholds: RelationThresholds, frames: Frames): PairVerdict {
  const sa = tally(drafts, a, 'a');
  const sb = tally(drafts, b, 'b');
  const loose = looseCover(a, b, ctx);
  if (loose !== null) {
    sa.covered = Math.max(sa.covered, loose.reduce((w, p) => w + weight(a[p.x] as Term), 0));
    sb.covered = Math.max(sb.covered, loose.reduce((w, p) => w + weight(b[p.y] as Term), 0));
  }
  const total = sa.total + sb.total;
  if (total === 0) return { relation: 'match', score: 1, confidence: 1 };
  const score = Math.min(1, Math.max(0, (sa.agreed + sb.agreed) / total));
  const share = (x: number, s: Side): number => (s.total === 0 ? 1 : x / s.total);
  const aligned = Math.min(share(sa.aligned, sa), share(sb.aligned, sb));
  const covered = Math.min(share(sa.covered, sa), share(sb.covered, sb));
  const contra = drafts.filter((d) => d.label === 'contradict');
  const model = thresholds.paraphrase === undefined ? sigmoid(paraphraseLogit(pairVerdictFeatures(drafts, a, b, ctx, loose), PARAPHRASE_MODEL)) : undefined;
  if (contra.length > 0 && contra.every((d) => tellsApartIndividuals(d, a, b, ctx) || describesSubject(d, a, b, ctx))) return { relation: 'differ', score, confidence: 1 - (model ?? covered) };
  // An unconfirmed flip (too little else in common, or flips that cancel) leaves the verdict
  // to what the two sides share, as for any other difference.
  if (contra.length > 0 && contradicts(contra, a, b, loose, frames, aligned, thresholds, ctx) && !carriesNegation(a, b, loose, frames, ctx)) {
    return { relation: 'contradict', score, confidence: Math.max(...contra.map(draftConfidence)) };
  }
  const stray = contra.length === 0 ? strayNegation(drafts, a, b) : null;
  // Found without the alignment's help, it must have all of its side's content stated.
  if (stray !== null && contradicts([stray.draft], a, b, loose, frames, aligned, { ...thresholds, negationScope: 1 }, ctx) && !carriesNegation(a, b, loose, frames, ctx)) {
    return { relation: 'contradict', score, confidence: draftConfidence(stray.draft), negation: stray };
  }
  const same = model !== undefined ? model >= 0.5 : covered >= (thresholds.paraphrase ?? 1);
  const p = model ?? Math.min(1, Math.max(0, 0.5 + covered - (thresholds.paraphrase ?? 1)));
  // Another figure or date in what otherwise reads as a restatement ("will not reopen before
  // the autumn" ~ "won't reopen before the summer", the rest reworded) is never a paraphrase,
  // even where rewording leaves too little aligned to call it a contradiction by position.
  if (same && contra.some(anotherFigure)) return { relation: 'differ', score, confidence: 1 - p };
  // The same words with the participants in each other's roles ("India accused Pakistan" ~
  // "Pakistan accused India") make another statement: both may be true (they may accuse each
  // other), so it differs rather than contradicts, and its segments say who changed places.
  const swap = same && loose !== null ? findRoleSwap(a, b, loose, ctx) : null;
  if (swap !== null) return { relation: 'differ', score, confidence: ROLE_SWAP_CONFIDENCE, swap };
  // A denial on one side only ("there is no …", "not …") never says the same as the other
  // side, unless the other side says it in a verb ("did not pay" ~ "failed to pay"). Here every
  // cue counts, stranded or not: a negated clause on one side only (", who did not attend,")
  // is something that side says and the other does not.
  // Nor does a negation said in a word on one side only ("scored" ~ "failed to score").
  const agree = negatedSide(a, b, null, frames) === null ? polarityAgrees(a, b, frames, ctx) : carriesNegation(a, b, null, frames, ctx);
  if (same && agree) {
    const exact = drafts.every((d) => d.label === 'match');
    return { relation: exact ? 'match' : 'paraphrase', score, confidence: exact ? Math.max(p, 0.99) : p };
  }
  return { relation: 'differ', score, confidence: same ? 0.8 : 1 - p };
}

/**
 * Whether the contradicting segments make the pair contradict. Another figure or date does,
 * when the texts are about the same thing. Flips count by parity: an antonym and a negation
 * cancel ("not accepted" ~ "rejected"), and two cancelling flips in different places leave
 * two different statements. A truth frame that denies ("It is not true that …") is one more
 * negation flip wherever the alignment put its words, and a flip within frames only ("not
 * true" ~ "true") is already counted by the frames: "It is not true that the plant will close"
 * ~ "The plant will not close" cancel. A negation contradicts only what it has in scope: the
 * negated side's content must be stated on the other side, all but a small share by weight
 * (`negationScope`).
 */
function contradicts(contra: readonly Draft[], a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames, aligned: number, thresholds: RelationThresholds, ctx: RelateContext): boolean {
  if (contra.some(anotherFigure)) return aligned >= thresholds.contradict;
  const outside = contra.filter((d) => !(rangeInFrame(frames.a, d.a) && rangeInFrame(frames.b, d.b)));
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
