import { VERB_NEGATION_CUES } from '../../lexicon/negation';
import type { Evidence } from '../../schema/evidence';
import { inRelativeClause } from './clause-position';
import type { Draft } from '../align';
import { negatesClause, negativePhraseAt, saysNegation } from './implicit-negative';
import { isContentTerm, participleForm, relateTerms, weight, type RelateContext, type Term, type TermPair } from '../terms';
import { inFrame, type Frames, type TruthFrame } from './truth-frame';

/*
 * What a negation has in scope across two wordings: which side is negated, how much of its
 * content the other side states, whether the other side says the negation in a word of its
 * own, and a negation the alignment left among moved words.
 */

/**
 * The side whose negations are odd in number while the other's are even, if any. A truth frame
 * counts as one negation of the clause it judges when it denies it, whatever its own words:
 * "It is not true that the plant will close" ~ "The plant will not close" balance. With the
 * order-free pairing (`loose`), as when asking whether a negation flips what the two share, a
 * cue in a clause of which the other side states nothing ("The minister, who did not attend,
 * said …") is left out: it flips nothing the two share.
 */
export function negatedSide(a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames): 'a' | 'b' | null {
  const odd = (terms: readonly Term[], own: readonly TruthFrame[], paired: ReadonlySet<number> | null): boolean => {
    const stated = paired === null ? null : statedClauses(terms, paired);
    return oddNegations(terms, own, () => false, (clause) => stated === null || stated.has(clause));
  };
  const oa = odd(a, frames.a, loose === null ? null : new Set(loose.map((p) => p.x)));
  if (oa === odd(b, frames.b, loose === null ? null : new Set(loose.map((p) => p.y)))) return null;
  return oa ? 'a' : 'b';
}

/**
 * Whether a side's negations are odd in number: its cues outside its truth frames, the words
 * `alsoNegates` counts, and its denying frames, each only in a clause `reaches` accepts.
 */
function oddNegations(terms: readonly Term[], own: readonly TruthFrame[], alsoNegates: (i: number) => boolean, reaches: (clause: number) => boolean = () => true): boolean {
  let n = own.filter((f) => f.denies && reaches(f.clause)).length;
  terms.forEach((t, i) => {
    if (((t.neg && !inFrame(own, i)) || alsoNegates(i)) && reaches(t.clause)) n++;
  });
  return n % 2 === 1;
}

/** The clauses with a content word paired with the other side. */
function statedClauses(terms: readonly Term[], paired: ReadonlySet<number>): Set<number> {
  const stated = new Set<number>();
  terms.forEach((t, i) => {
    if (paired.has(i) && isContentTerm(t)) stated.add(t.clause);
  });
  return stated;
}

/** Share of one side's content words, outside its truth frames, that found a counterpart on the other side. */
export function contentShare(terms: readonly Term[], paired: ReadonlySet<number>, frames: readonly TruthFrame[]): number {
  let total = 0;
  let hit = 0;
  terms.forEach((t, i) => {
    if (!isContentTerm(t) || inFrame(frames, i)) return;
    total += weight(t);
    if (paired.has(i)) hit += weight(t);
  });
  return total === 0 ? 1 : hit / total;
}

/**
 * Whether the side without the negation says it with a word of negative meaning the negated
 * side lacks ("had not worked" ~ "skipped work", "did not pay" ~ "failed to pay", "did not
 * attend" ~ "was absent from", "said nothing" ~ "kept quiet"), or with the antonym of the word
 * the negation governs ("not accurate" ~ "inaccurate", "not true" ~ "untrue"): then the
 * negation is worded, not flipped. The same holds the other way round, when the side with the
 * odd count is the one that words a negation the other says with a cue.
 */
export function carriesNegation(a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, frames: Frames, ctx: RelateContext): boolean {
  const side = negatedSide(a, b, loose, frames);
  if (side === null) return false;
  return wordedEitherWay(a, b, side, ctx) !== null;
}

/**
 * The negation a pair words, read either way round from the side with the odd count (`side`):
 * the words of the plain side that word its cues ("not true" ~ "untrue"), or else the words
 * of the odd side that word a cue of the plain side ("I have not left; the report is untrue"
 * ~ "I have not left, and the report is not true"); with the side that holds the cues. Null
 * when neither side words the other's negation.
 */
function wordedEitherWay(a: readonly Term[], b: readonly Term[], side: 'a' | 'b', ctx: RelateContext): { cueSide: readonly Term[]; worded: number[] } | null {
  const [negated, plain] = side === 'a' ? [a, b] : [b, a];
  const forward = wordedNegation(negated, plain, ctx);
  if (forward.length > 0) return { cueSide: negated, worded: forward };
  const backward = wordedNegation(plain, negated, ctx);
  return backward.length > 0 ? { cueSide: plain, worded: backward } : null;
}

/**
 * The terms of `plain` that word the negation `negated` says with a cue: words and phrases of
 * negative meaning (when `negated` has none of its own), and antonyms of a word a cue of
 * `negated` governs. Empty when there are none. O(n·m) for the antonyms.
 */
function wordedNegation(negated: readonly Term[], plain: readonly Term[], ctx: RelateContext): number[] {
  const negative = (terms: readonly Term[]): number[] => terms.flatMap((_, i) => (saysNegation(terms, i, ctx) ? (negativePhraseAt(terms, i, ctx) > 0 ? [i, i + 1] : [i]) : []));
  if (negative(negated).length > 0) return [];
  const words = negative(plain);
  // Only a "not" or "never" governs a word it can be absorbed into: "no woman" ~ "a man" is no "not a woman".
  const byNot = (i: number): boolean => {
    const cue = negatedAt(negated, i, [0, negated.length]);
    return cue !== null && VERB_NEGATIONS.has((negated[cue] as Term).key);
  };
  const own = (terms: readonly Term[]): Set<string> => new Set(terms.map((t) => t.key));
  const [plainKeys, negatedKeys] = [own(plain), own(negated)];
  const governed = negated.filter((t, i) => t.kind === 'word' && isContentTerm(t) && !plainKeys.has(t.key) && byNot(i));
  plain.forEach((u, j) => {
    if (u.kind !== 'word' || !isContentTerm(u) || words.includes(j) || negatedKeys.has(u.key)) return;
    if (governed.some((t) => relateTerms(u, t, ctx)?.reason === 'antonym')) words.push(j);
  });
  return words;
}

const VERB_NEGATIONS: ReadonlySet<string> = new Set(VERB_NEGATION_CUES);

/** How sure a negation worded on the other side is (as sure as a one-sided negation). */
const WORDED_CONFIDENCE = 0.8;

/**
 * Check `worded-negation`: one side says a negation with a cue ("did not comment", "said
 * nothing", "not accurate") and the other says it in a word ("declined to comment", "kept
 * quiet", "inaccurate"). No flip, and no negation on one side only: the verdict names it so
 * the two are marked as one meaning worded two ways. Its runs are the cues on one side and the
 * words that say the negation on the other.
 */
export function wordedNegationCheck(a: readonly Term[], b: readonly Term[], frames: Frames, ctx: RelateContext): Evidence | null {
  const side = negatedSide(a, b, null, frames);
  if (side === null) return null;
  const found = wordedEitherWay(a, b, side, ctx);
  if (found === null) return null;
  const { cueSide, worded } = found;
  const cues: [number, number][] = cueSide.flatMap((t, i) => (t.neg ? [[i, i + 1] as [number, number]] : []));
  const words = worded.sort((x, y) => x - y).map((j) => [j, j + 1] as [number, number]);
  const [ra, rb] = cueSide === a ? [cues, words] : [words, cues];
  return { check: 'worded-negation', found: 'a negation one side says with a cue and the other in a word', a: ra, b: rb, reason: 'negation', strength: WORDED_CONFIDENCE };
}

/**
 * Whether the two sides agree in polarity once negations said in a word count too: "scored"
 * ~ "failed to score", "attended" ~ "was absent from" disagree, though neither says "not";
 * "did not pay" ~ "failed to pay" agree. Each side's negation cues outside its truth frames,
 * its denying frames and its words that negate their clause (negatesClause), by parity.
 */
export function polarityAgrees(a: readonly Term[], b: readonly Term[], frames: Frames, ctx: RelateContext): boolean {
  // A word both sides use is shared content, however each uses it: "the missing girl" ~ "the
  // girl, who had been missing".
  const odd = (terms: readonly Term[], own: readonly TruthFrame[], other: readonly Term[]): boolean => {
    const shared = new Set(other.map((t) => t.key));
    return oddNegations(terms, own, (i) => !shared.has((terms[i] as Term).key) && negatesClause(terms, i, ctx));
  };
  return odd(a, frames.a, b) === odd(b, frames.b, a);
}

/**
 * "A hiker is dancing on the mountain" ~ "There is no hiker dancing on the mountain": the
 * words moved, so the negation sits inside a run found on one side only ("no hiker dancing"),
 * and no segment flips. The one such run holding every negation cue of the pair (its index in
 * `drafts`), relabelled as a negation; whether it contradicts is left to the order-free test
 * of `contradicts`.
 */
export function strayNegation(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[]): { readonly at: number; readonly draft: Draft } | null {
  const cues = (d: Draft): number => {
    const count = (r: readonly [number, number] | null, terms: readonly Term[]): number => (r === null ? 0 : terms.slice(r[0], r[1]).filter((t) => t.neg).length);
    return count(d.a, a) + count(d.b, b);
  };
  // "… on the table which you cannot sit at": a negation in a relative clause is about another thing.
  if ([a, b].some((terms) => terms.some((t) => t.neg && inRelativeClause(terms, t.clause)))) return null;
  const all = a.filter((t) => t.neg).length + b.filter((t) => t.neg).length;
  const runs = drafts.flatMap((d, at) => ((d.label === 'added' || d.label === 'removed') && cues(d) > 0 ? [at] : []));
  const at = runs[0];
  if (runs.length !== 1 || at === undefined || cues(drafts[at] as Draft) !== all) return null;
  return { at, draft: { ...(drafts[at] as Draft), label: 'contradict', reasons: new Set(['negation']) } };
}

/**
 * Whether the negated word at `i` of `terms` is an act narrower than `broader`: "not frying" ~
 * "cooking", "did not shout" ~ "spoke", "no man screaming" ~ "a man crying". A negation does
 * not reach up from it (frying is a kind of cooking; WordNet also lists the two as similar).
 * An act is a word in -ing or -ed, or the word a "not" negates; a participant ("no lady
 * peeling" ~ "a woman peeling") is left as it is: two reports of one scene name one person
 * two ways.
 */
export function narrowerAct(terms: readonly Term[], i: number, broader: Term, ctx: RelateContext): boolean {
  const n = terms[i];
  const isA = ctx.lexicon.isA?.bind(ctx.lexicon);
  if (isA === undefined || n === undefined || n.key === broader.key) return false;
  const cue = negatedAt(terms, i, [0, terms.length]);
  const afterNot = cue !== null && terms[cue]?.key === 'not';
  if (!participleForm(n.key) && !afterNot) return false;
  return isA(n.key, broader.key) && !isA(broader.key, n.key);
}

/** The negation cue that negates the word at `i` across function words only ("is no hoax", "not a fake"). */
export function negatedAt(terms: readonly Term[], i: number, clause: readonly [number, number]): number | null {
  for (let k = i - 1; k >= clause[0]; k--) {
    const t = terms[k] as Term;
    if (t.neg) return k;
    if (!t.fn) return null;
  }
  return null;
}

/** How sure a difference by a negation on one side only is. */
const ONE_SIDED_CONFIDENCE = 0.8;

/**
 * Check `one-sided-negation`: a denial on one side only ("there is no …", "not …") never says
 * the same as the other side, unless the other side says it in a verb ("did not pay" ~
 * "failed to pay"). Here every cue counts, stranded or not: a negated clause on one side only
 * (", who did not attend,") is something that side says and the other does not. Nor does a
 * negation said in a word on one side only ("scored" ~ "failed to score"). Its runs are the
 * negation cues of the pair, and the words that say a negation.
 */
export function oneSidedNegationCheck(a: readonly Term[], b: readonly Term[], frames: Frames, ctx: RelateContext): Evidence | null {
  const agree = negatedSide(a, b, null, frames) === null ? polarityAgrees(a, b, frames, ctx) : carriesNegation(a, b, null, frames, ctx);
  if (agree) return null;
  const cues = (terms: readonly Term[]): [number, number][] => terms.flatMap((t, i) => (t.neg || saysNegation(terms, i, ctx) ? [[i, i + 1] as [number, number]] : []));
  return { check: 'one-sided-negation', found: 'a negation one side says and the other does not', a: cues(a), b: cues(b), reason: 'negation', strength: ONE_SIDED_CONFIDENCE };
}
