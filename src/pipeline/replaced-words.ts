import { contentWords, type FeatureContext } from '../group/features';
import { heldIn } from '../lexicon/same-meaning';
import type { Segment } from '../schema/diff';
import { lowerWords } from '../text/lower-words';

/** The most words a side of a replaced slot holds: a short phrase ("the bridge", "the Kestin government"), not a clause. */
const MAX_SLOT_WORDS = 3;

/** Words that open a phrase told of something named before ("its territory", "their leader"): the two sides may name one thing. */
const REFERRING = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'it', 'he', 'she', 'they', 'him', 'them', 'us', 'me', 'i', 'we', 'you', 'this', 'that', 'these', 'those']);

/**
 * Whether a denial denies another thing than the claim: where the two share the rest, a short
 * phrase of its denied `proposition` stands in the slot of another in the claim, the two
 * related neither by meaning nor as a kind of each other nor as opposites, and the slot is
 * plainly one: a name against a name ("denied that the Kestin government planned the attack"
 * against "the Front planned the attack"), or the phrase that closes what the two align, after
 * a function word ("… had bombed the bridge" against "… bombed the pipeline"; "… behind the
 * protest" against "… behind the attack"; "… the pipeline in 2019" against "… in March"). The
 * core aligns such a slot as a span removed beside a span added. A slot inside a phrase
 * ("Afghan soil" against "Afghan territory": a modifier aligned before it), a modifier before an
 * aligned noun ("a massive border wall" against "such a stupid wall"), a phrase that refers back
 * ("its territory" against "Pakistan") or a longer stretch is left to the rest of the reading: a
 * lexicon that lacks a paraphrase must not turn a denial of the claim into one of another thing.
 * `segments` are the core's, in order, the claim on side `claimSide`. O(s · w²) for s segments.
 */
export function deniesAnotherThing(claim: string, denial: string, segments: readonly Segment[], claimSide: 'a' | 'b', proposition: ReadonlySet<string>, ctx: FeatureContext): boolean {
  const denialSide = claimSide === 'a' ? 'b' : 'a';
  for (let k = 0; k + 1 < segments.length; k++) {
    const [x, y] = [segments[k] as Segment, segments[k + 1] as Segment];
    const claimPart = onlyOn(x, claimSide) ?? onlyOn(y, claimSide);
    const denialPart = onlyOn(x, denialSide) ?? onlyOn(y, denialSide);
    if (claimPart === null || denialPart === null) continue;
    const [said, denied] = [claim.slice(...claimPart), denial.slice(...denialPart)];
    if (!isSlot(said) || !isSlot(denied)) continue;
    const deniedWords = contentWords(denied, ctx).filter((w) => proposition.has(w));
    const stated = contentWords(said, ctx);
    if (deniedWords.length === 0 || stated.length === 0) continue;
    const inClaim = heldIn(ctx.lexicon, stated);
    if (deniedWords.some((w) => inClaim(w) || stated.some((v) => isKindOrOpposite(ctx, w, v)))) continue;
    if ((NAME.test(said) && NAME.test(denied)) || closesAlignment(segments, k, denial, denialSide, ctx)) return true;
  }
  return false;
}

/** A capitalised word: a name in the slot. */
const NAME = /\p{Lu}/u;

/** Whether a side of a replaced slot is a short phrase, unbroken by punctuation, that refers to nothing named elsewhere. */
function isSlot(text: string): boolean {
  const words = lowerWords(text);
  return words.length > 0 && words.length <= MAX_SLOT_WORDS && !BROKEN.test(text) && !words.some((w) => REFERRING.has(w));
}

/** Punctuation inside a stretch: a clause's or a list's, not one phrase ("Navy divers, under"). */
const BROKEN = /[,;:()"“”]/u;

/**
 * Whether the slot at segments `k`, `k + 1` closes what the two align: an aligned segment
 * before it holds a content word and ends in a function word on the denial's side ("bombed
 * the", "pipeline in"), and no aligned
 * segment after it opens with a content word (the slot is a phrase's head, not a modifier of
 * one aligned after it).
 */
function closesAlignment(segments: readonly Segment[], k: number, denial: string, side: 'a' | 'b', ctx: FeatureContext): boolean {
  const before = segments[k - 1];
  const span = before?.[side];
  if (before === undefined || span === null || span === undefined || before[side === 'a' ? 'b' : 'a'] === null) return false;
  // What the two share before the slot holds a content word ("bombed the"), and a function word closes it.
  const shared = lowerWords(denial.slice(...span));
  const last = shared.at(-1);
  if (last === undefined || !ctx.stopWords.has(last) || shared.every((w) => ctx.stopWords.has(w))) return false;
  const after = segments[k + 2];
  const next = after?.[side];
  if (after === undefined || next === null || next === undefined || after[side === 'a' ? 'b' : 'a'] === null) return true;
  const first = lowerWords(denial.slice(...next))[0];
  return first === undefined || ctx.stopWords.has(first);
}

/** The span a segment holds on `side` alone (a span removed or added there), else null. */
function onlyOn(s: Segment, side: 'a' | 'b'): [number, number] | null {
  const other = side === 'a' ? s.b : s.a;
  return other === null ? s[side] : null;
}

/** Whether one word is a kind of the other, either way ("bomb" and "attack"), or its opposite (a denial of "rose" meets "fell"). */
function isKindOrOpposite(ctx: FeatureContext, x: string, y: string): boolean {
  const r = ctx.lexicon.relate(x, y);
  return r === 'hypernym' || r === 'antonym';
}
