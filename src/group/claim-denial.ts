import { CUE_AUXILIARIES } from '../lexicon/attribution';
import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { HEDGES } from '../lexicon/modals';
import { NEGATION_CUES } from '../lexicon/negation';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from '../lexicon/pronouns';
import { ASSERT_VERBS, CLAIM_NOUNS, DENY_VERBS, KNOWING_VERBS } from '../lexicon/reporting-verbs';
import { claimWords, countedLinkFeatures, isLinked, linkFeatures, linkProbability, nameWords, type DenialLinkFeatures } from './denial-link';
import { baseFormOf, contentWords, type FeatureContext } from './features';
import { LinkCounter } from './link-counts';
import { WORD_FORM } from '../text/word-forms';

/** A denial and the claim it denies (by index), and how much of the denied proposition the claim holds. */
export interface DenialLink {
  denial: number;
  claim: number;
  score: number;
}

export interface DenialInput {
  text: string;
  stance?: 'asserts' | 'denies' | undefined;
  /** Index of the claim the extractor already found this denial to deny. */
  denies?: number | undefined;
}

/** What the matcher sets aside around a denied proposition. Data; the defaults come from the lexicon lists. */
export interface PropositionWords {
  /** Lemmas of reporting and denial cues: a short prefix ending in one ("Afghanistan says …") is attribution. */
  readonly cues: ReadonlySet<string>;
  /**
   * Claim nouns, hedges and verbs of knowing: not part of what is claimed ("claims that …",
   * "allegedly", "I don't think the port will close": the port closing is denied, not thinking).
   */
  readonly setAside: ReadonlySet<string>;
  /** Words that open a new clause after "and" / "but" ("… and cannot be held responsible"). */
  readonly clauseStarts: ReadonlySet<string>;
}

export const DEFAULT_PROPOSITION_WORDS: PropositionWords = {
  cues: new Set([...ASSERT_VERBS, ...DENY_VERBS]),
  setAside: new Set([...CLAIM_NOUNS, ...HEDGES, ...KNOWING_VERBS]),
  clauseStarts: new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...CUE_AUXILIARIES, ...NEGATION_CUES]),
};

/** Thresholds of the matcher (see `GroupOptions.denialThreshold`). */
export interface DenialThresholds {
  /** The probability of a link `DENIAL_LINK_MODEL` must give (see `isLinked`). */
  threshold: number;
  maxDf: number;
}

/** Words a reporting prefix may have before its cue ("the ministry said that"). */
const MAX_PREFIX = 5;
/** Above this many denial × statement pairs, candidates are looked up by shared words instead of all tried. */
const ALL_PAIRS_LIMIT = 200_000;

// "that" is left out: "officials that say …" is a relative clause, its verb a cue.
const NOUN_LEADS = new Set(PHRASE_DETERMINERS.filter((w) => w !== 'that'));

/**
 * Whether cue word `k` of a text's words is a noun ("Kerry's claims", "the protesters' claims",
 * "these charges"), not a verb: a determiner or a possessive before it, and no "-ed" ("Kerry's
 * claimed" is "Kerry has claimed").
 */
function cueIsNoun(text: string, tokens: readonly { word: string; at: number }[], k: number): boolean {
  const cue = tokens[k] as { word: string; at: number };
  const before = tokens[k - 1];
  if (before === undefined || cue.word.endsWith('ed')) return false;
  // The word pattern leaves a closing apostrophe out: "protesters'" is read from the text.
  const possessive = before.word.endsWith("'s") || /^['’]/.test(text.slice(before.at + before.word.length, cue.at));
  return NOUN_LEADS.has(before.word) || possessive;
}

/**
 * The denied proposition of a denial's text as distinct content words (base forms, sorted):
 * its first clause, without a reporting prefix ("Afghanistan says it does not allow its
 * territory to be used for attacks against Pakistan and cannot be held responsible …" →
 * allow, attack, pakistan, territory, use). Negation and cues are not content words already;
 * claim nouns and hedges are set aside. O(text length).
 */
export function propositionWords(text: string, ctx: FeatureContext, words: PropositionWords = DEFAULT_PROPOSITION_WORDS): string[] {
  // A share's sign stays with its figure ("30%"), which the words below read as a share (see `contentWords`).
  const tokens = [...text.matchAll(WORD_FORM)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'") + (text[m.index + m[0].length] === '%' ? '%' : ''), at: m.index }));
  let from = 0;
  for (let k = 0; k < Math.min(tokens.length, MAX_PREFIX + 1); k++) {
    if (words.cues.has(baseFormOf((tokens[k] as { word: string }).word, ctx)) && !cueIsNoun(text, tokens, k)) from = k + 1;
  }
  let to = tokens.length;
  for (let k = from + 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as { word: string; at: number };
    const between = text.slice((tokens[k - 1] as { at: number }).at, t.at);
    if (between.includes(';') || ((t.word === 'and' || t.word === 'but') && words.clauseStarts.has((tokens[k + 1] as { word: string }).word))) {
      to = k;
      break;
    }
  }
  const clause = tokens.slice(from, to).map((t) => t.word).join(' ');
  return [...new Set(contentWords(clause, ctx).filter((w) => !words.setAside.has(w)))].sort();
}


/** Candidate partners of each query: all targets when few, else those sharing a word found in at most `maxDf` targets. */
function candidateFinder(queries: number[], targets: number[], wordsOf: (i: number) => string[], maxDf: number): (q: number) => Iterable<number> {
  if (queries.length * targets.length <= ALL_PAIRS_LIMIT) return () => targets;
  const postings = new Map<string, number[]>();
  for (const c of targets) {
    for (const w of wordsOf(c)) {
      const list = postings.get(w) ?? [];
      if (list.length <= maxDf) list.push(c);
      postings.set(w, list);
    }
  }
  return (q) => {
    const found = new Set<number>();
    for (const w of wordsOf(q)) {
      const list = postings.get(w);
      if (list && list.length <= maxDf) for (const c of list) found.add(c);
    }
    return [...found].sort((x, y) => x - y);
  };
}

/**
 * Claim–denial links: a claim holds the proposition a denial denies when the fitted decision
 * over how much of the proposition the claim holds and how much of the claim it is
 * (`linkFeatures`, `DENIAL_LINK_MODEL`) gives a probability of at least `threshold` (the claim
 * may say more: "urged Kabul to stop militants using Afghan soil for attacks" holds "Afghanistan
 * is not used for attacks"); plus the links the extractor made (`denies`, score 1). The score
 * of a link is that probability.
 * O(d · c · w²) relation look-ups for d denials, c claims and w words when d · c is small, else
 * only claims sharing a word found in at most `maxDf` claims. The input order does not change
 * the links; they are sorted by denial, then claim.
 */
export function findDenialLinks(items: readonly DenialInput[], ctx: FeatureContext, t: DenialThresholds, words?: PropositionWords): DenialLink[] {
  const denials: number[] = [];
  const claims: number[] = [];
  items.forEach((s, i) => (s.stance === 'denies' ? denials : claims).push(i));
  const links: DenialLink[] = [];
  if (denials.length === 0) return links;
  const cache = new Map<number, LinkSide>();
  const sideOf = (i: number): LinkSide => {
    let w = cache.get(i);
    if (!w) {
      const text = (items[i] as DenialInput).text;
      w = items[i]?.stance === 'denies' ? denialWords(text, ctx, words) : { proposition: claimWords(text, ctx), names: new Set() };
      cache.set(i, w);
    }
    return w;
  };
  const candidatesOf = candidateFinder(denials, claims, (i) => sideOf(i).proposition, t.maxDf);
  const featuresOf = pairFeatures(claims, (i) => sideOf(i).proposition, ctx);
  for (const d of denials) {
    const explicit = (items[d] as DenialInput).denies;
    if (explicit !== undefined && items[explicit] !== undefined && items[explicit]?.stance !== 'denies') links.push({ denial: d, claim: explicit, score: 1 });
    const denial = sideOf(d);
    if (denial.proposition.length === 0) continue;
    for (const c of candidatesOf(d)) {
      if (c === explicit) continue;
      const f = featuresOf(denial, c);
      if (isLinked(f, t.threshold)) links.push({ denial: d, claim: c, score: linkProbability(f) });
    }
  }
  return links.sort((x, y) => x.denial - y.denial || x.claim - y.claim);
}

/**
 * Pairs of denials of one proposition: each holds the other's proposition by the link decision
 * (`isLinked` at `threshold`, as a claim would). Same cost and order guarantees as
 * `findDenialLinks`; pairs come sorted (i < j), scored by the smaller of the two probabilities.
 */
export function findDenialPairs(items: readonly DenialInput[], ctx: FeatureContext, t: DenialThresholds, words?: PropositionWords): DenialLink[] {
  const denials: number[] = [];
  items.forEach((s, i) => s.stance === 'denies' && denials.push(i));
  const props = new Map(denials.map((d) => [d, denialWords((items[d] as DenialInput).text, ctx, words)]));
  const sideOf = (i: number): LinkSide => props.get(i) as LinkSide;
  const candidatesOf = candidateFinder(denials, denials, (i) => sideOf(i).proposition, t.maxDf);
  const featuresOf = pairFeatures(denials, (i) => sideOf(i).proposition, ctx);
  const pairs: DenialLink[] = [];
  for (const a of denials) {
    const pa = sideOf(a);
    if (pa.proposition.length === 0) continue;
    for (const b of candidatesOf(a)) {
      if (b <= a) continue;
      const pb = sideOf(b);
      const ab = featuresOf(pa, b);
      if (!isLinked(ab, t.threshold)) continue;
      const ba = featuresOf(pb, a);
      if (isLinked(ba, t.threshold)) pairs.push({ denial: a, claim: b, score: Math.min(linkProbability(ab), linkProbability(ba)) });
    }
  }
  return pairs;
}

/**
 * The link features of a denial against claim `c` (by index) of `claims` (whose words are
 * `wordsOf(c)`: a claim's, or another denial's proposition): through a
 * `LinkCounter` over all the claims' words when the lexicon gives meaning keys (the same
 * features, counted without a look-up per pair of words), else `linkFeatures`.
 */
function pairFeatures(claims: readonly number[], wordsOf: (i: number) => string[], ctx: FeatureContext): (denial: LinkSide, c: number) => DenialLinkFeatures {
  const counter = LinkCounter.of(ctx.lexicon);
  if (counter === undefined) return (denial, c) => linkFeatures({ ...denial, claim: wordsOf(c) }, ctx);
  const ids = new Map(claims.map((c) => [c, counter.claim(wordsOf(c))]));
  return (denial, c) => countedLinkFeatures(counter, denial.proposition, denial.names, ids.get(c) as Int32Array);
}

/** One side's words for `linkFeatures`: a denial's proposition and its names, or a claim's words (no names needed). */
interface LinkSide {
  proposition: string[];
  names: Set<string>;
}

/** The words of a denial's proposition and its names, for `linkFeatures`; `names`: the text's `nameWords`, when the caller has them. */
export function denialWords(text: string, ctx: FeatureContext, words?: PropositionWords, names: ReadonlySet<string> = nameWords(text, ctx)): LinkSide {
  const proposition = propositionWords(text, ctx, words);
  return { proposition, names: new Set(proposition.filter((w) => names.has(w))) };
}
