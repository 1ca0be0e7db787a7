import { heldIn } from '../lexicon/same-meaning';
import { contentWords, type FeatureContext } from './features';
import type { LinkCounter, LinkCounts } from './link-counts';
import type { TextWords } from './text-words';
import { WORD_FORM } from '../text/word-forms';

/**
 * How many words of `a` have a same-meaning word in `b` (equal, or related by inflection,
 * synonymy, similarity or derivation in the lexicon: "Afghan" ~ "Afghanistan"). O(|a| · |b|)
 * relation look-ups.
 */
export function softShared(a: readonly string[], b: readonly string[], ctx: FeatureContext): number {
  const inB = heldIn(ctx.lexicon, b);
  let shared = 0;
  for (const w of a) {
    if (inB(w)) shared++;
  }
  return shared;
}

/**
 * What one claim × denial pair looks like to the link decision: how much of the denied
 * proposition the claim holds, and how much of the claim that proposition is. All in [0, 1].
 */
export interface DenialLinkFeatures {
  /** Share of the denied proposition's words with a same-meaning word in the claim. */
  held: number;
  /**
   * The same share over the proposition's words that are not names or figures: what is said,
   * not who or what it is about (`held` when all its words are names).
   */
  heldPredicate: number;
  /** Words of the proposition held, over `SHARED_CAP`, capped at 1. */
  shared: number;
  /**
   * `held` × the share of the claim's words with a same-meaning word in the proposition, each
   * with `SMOOTHING` added to its word count: high only when each side holds most of the other
   * and both say more than a word.
   */
  both: number;
}

/** A logistic decision over `DenialLinkFeatures`: linked when the log-odds reach the cut. */
export interface DenialLinkModel {
  readonly weights: Readonly<Record<keyof DenialLinkFeatures, number>>;
  readonly bias: number;
}

export const SHARED_CAP = 6;
/**
 * Added to each side's word count in `both`: one word of one held is weak evidence, not a whole
 * statement held ("I don't know" against "I didn't know him").
 */
export const SMOOTHING = 1;

/**
 * Fitted by scripts/fit-denial-link.ts on the claim × denial pairs of newsbench dev and Emergent
 * dev together (see that script for the data and the cross-validated figures). Data, not rules:
 * refit rather than edit by hand.
 */
export const DENIAL_LINK_MODEL: DenialLinkModel = {
  weights: { held: 1.387, heldPredicate: -0.834, shared: 3.285, both: 38.487 },
  bias: -5.687,
};

/** The words of each side a pair's features are read from. */
export interface LinkWords {
  /** The denied proposition (see `propositionWords`). */
  proposition: readonly string[];
  /** Those of its words written as a name or a figure (capitalised inside the text, or with a digit). */
  names: ReadonlySet<string>;
  /** The claim's distinct content words. */
  claim: readonly string[];
}


/**
 * Content words (base forms) written as a name or a figure: capitalised after the first word
 * (the first one when the lexicon does not know it as a common word), or holding a digit. In a
 * title-case headline, where most words are capitalised, only figures. `read`: the content words
 * of a word (see `textWordsOf`), when the caller reads many texts: names recur across statements.
 */
export function nameWords(text: string, ctx: FeatureContext, read: TextWords = (w) => contentWords(w, ctx)): Set<string> {
  // The forms as strings (`match` of a global pattern), not a match record each.
  const forms = text.match(WORD_FORM) ?? [];
  const capitalised = forms.filter((w, k) => k > 0 && /^\p{Lu}/u.test(w)).length;
  const titleCase = capitalised * 2 > forms.length;
  const out = new Set<string>();
  forms.forEach((w, k) => {
    const name = !titleCase && /^\p{Lu}/u.test(w) && (k > 0 || ctx.lexicon.lemmas(w.toLowerCase()).length === 0);
    if (name || /\d/.test(w)) for (const c of read(w)) out.add(c);
  });
  return out;
}

/** A claim's distinct content words, sorted. `seen`: word forms already looked up, shared across calls (see `contentWords`). */
export function claimWords(text: string, ctx: FeatureContext, seen?: Map<string, string | null>): string[] {
  return distinctWords(contentWords(text, ctx, seen));
}

/** Content words as `claimWords` gives them: distinct, sorted. */
export function distinctWords(words: readonly string[]): string[] {
  return [...new Set(words)].sort();
}

/**
 * The features of one pair. O(p · c) lexicon look-ups for p proposition and c claim words.
 * (Counting only the words that are not names in `shared` and `both` was tried: it fitted worse
 * on both dev sets, since a title-case headline has no names to leave out.)
 */
export function linkFeatures(w: LinkWords, ctx: FeatureContext): DenialLinkFeatures {
  const inClaim = heldIn(ctx.lexicon, w.claim);
  let held = 0;
  let predicateHeld = 0;
  for (const x of w.proposition) {
    if (!inClaim(x)) continue;
    held++;
    if (!w.names.has(x)) predicateHeld++;
  }
  const covered = held === 0 ? 0 : softShared(w.claim, w.proposition, ctx);
  return featuresOfCounts({ held, predicateHeld, covered }, w.proposition, w.names, w.claim.length);
}

/**
 * `linkFeatures` of a denial's `proposition` (with its `names`) against a claim given as ids
 * of `counter` (see `LinkCounter.claim`): the same features, counted in array look-ups.
 */
export function countedLinkFeatures(counter: LinkCounter, proposition: readonly string[], names: ReadonlySet<string>, claim: Int32Array): DenialLinkFeatures {
  return featuresOfCounts(counter.count(proposition, names, claim), proposition, names, claim.length);
}

/**
 * The features of a pair from its word counts (see `LinkCounts`): `proposition` and its
 * `names`, and the number of the claim's distinct words.
 */
function featuresOfCounts(c: LinkCounts, proposition: readonly string[], names: ReadonlySet<string>, claimLength: number): DenialLinkFeatures {
  let predicate = 0;
  for (const x of proposition) if (!names.has(x)) predicate++;
  const heldShare = proposition.length === 0 ? 0 : c.held / proposition.length;
  return {
    held: heldShare,
    heldPredicate: predicate === 0 ? heldShare : c.predicateHeld / predicate,
    shared: Math.min(c.held / SHARED_CAP, 1),
    both: (c.held / (proposition.length + SMOOTHING)) * (c.covered / (claimLength + SMOOTHING)),
  };
}

/** The model's log-odds that the denial denies the claim's proposition. */
export function linkLogit(f: DenialLinkFeatures, model: DenialLinkModel = DENIAL_LINK_MODEL): number {
  let z = model.bias;
  for (const k of Object.keys(model.weights) as (keyof DenialLinkFeatures)[]) z += model.weights[k] * f[k];
  return z;
}

/** The model's probability that the denial denies the claim's proposition; 0 when the claim holds none of it. */
export function linkProbability(f: DenialLinkFeatures, model: DenialLinkModel = DENIAL_LINK_MODEL): number {
  return f.held === 0 ? 0 : 1 / (1 + Math.exp(-linkLogit(f, model)));
}

/**
 * Whether the probability of a link reaches `cut`. A claim that holds only the names of a
 * denied proposition ("Donald Trump" against "Donald Trump does not represent my party") is
 * about the same people, not the same statement: it is never linked, whatever the model says
 * (the fitted pairs hold few such fragments).
 */
export function isLinked(f: DenialLinkFeatures, cut = 0.5, model: DenialLinkModel = DENIAL_LINK_MODEL): boolean {
  return f.heldPredicate > 0 && linkProbability(f, model) >= cut;
}
