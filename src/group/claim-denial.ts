import type { LexicalRelation } from '../lexicon/lexicon';
import { contentWords, type FeatureContext } from './features';

/** A denial and the claim it denies (by index), and how much of the proposition they share. */
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

const SAME_MEANING: ReadonlySet<LexicalRelation> = new Set(['inflection', 'synonym', 'similar', 'derivation']);

/** Above this many denial × claim pairs, claims are looked up by shared words instead of all tried. */
const ALL_PAIRS_LIMIT = 200_000;

function distinct(words: string[]): string[] {
  return [...new Set(words)].sort();
}

/**
 * Share of the smaller word set with a same-meaning word on the other side (equal, or related
 * by inflection, synonymy, similarity or derivation in the lexicon: "Afghan" ~ "Afghanistan").
 * Negation and reporting cues are not content words, so they are set aside already.
 */
function softOverlap(a: readonly string[], b: readonly string[], ctx: FeatureContext): { shared: number; score: number } {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const largeSet = new Set(large);
  let shared = 0;
  for (const w of small) {
    if (largeSet.has(w) || large.some((v) => SAME_MEANING.has(ctx.lexicon.relate(w, v) as LexicalRelation))) shared++;
  }
  return { shared, score: small.length === 0 ? 0 : shared / small.length };
}

/**
 * Finds, for each denial, the claims it denies: the same proposition with the negation and the
 * denial cue set aside, i.e. a soft overlap of content words at least `threshold` with two words
 * or more in common and `minWords` or more on each side; plus the links the extractor made (`denies`). O(d · c · w²) relation
 * look-ups for d denials, c claims, w words when d · c is small, else only claims sharing a word
 * found in at most `maxDf` claims. Order of the input does not change the links found; the
 * result is sorted by score, then indices.
 */
export function findDenialLinks(items: readonly DenialInput[], ctx: FeatureContext, threshold: number, maxDf: number, minWords = 3): DenialLink[] {
  const denials: number[] = [];
  const claims: number[] = [];
  items.forEach((s, i) => (s.stance === 'denies' ? denials : claims).push(i));
  const links: DenialLink[] = [];
  if (denials.length === 0 || claims.length === 0) return links;
  const words = new Map<number, string[]>();
  const wordsOf = (i: number): string[] => {
    let w = words.get(i);
    if (!w) words.set(i, (w = distinct(contentWords((items[i] as DenialInput).text, ctx))));
    return w;
  };
  let candidatesOf: (d: number) => Iterable<number> = () => claims;
  if (denials.length * claims.length > ALL_PAIRS_LIMIT) {
    const postings = new Map<string, number[]>();
    for (const c of claims) {
      for (const w of wordsOf(c)) {
        const list = postings.get(w) ?? [];
        if (list.length <= maxDf) list.push(c);
        postings.set(w, list);
      }
    }
    candidatesOf = (d) => {
      const found = new Set<number>();
      for (const w of wordsOf(d)) {
        const list = postings.get(w);
        if (list && list.length <= maxDf) for (const c of list) found.add(c);
      }
      return [...found].sort((x, y) => x - y);
    };
  }
  for (const d of denials) {
    const explicit = (items[d] as DenialInput).denies;
    if (explicit !== undefined && items[explicit]?.stance !== 'denies') links.push({ denial: d, claim: explicit, score: 1 });
    const dw = wordsOf(d);
    for (const c of candidatesOf(d)) {
      if (c === explicit) continue;
      const o = softOverlap(wordsOf(c), dw, ctx);
      if (o.shared >= 2 && o.score >= threshold && Math.min(dw.length, wordsOf(c).length) >= minWords) links.push({ denial: d, claim: c, score: o.score });
    }
  }
  return links.sort((x, y) => y.score - x.score || x.denial - y.denial || x.claim - y.claim);
}
