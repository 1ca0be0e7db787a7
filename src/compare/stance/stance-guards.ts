import { saying, SENTENCE_BREAKS } from './denial-cues';
import type { RelateContext, Term } from '../terms';

/**
 * When a denial cue found on one side is not a stance on the other side's claim: the other side
 * says the same words, the cue is used literally (a falsity word describing a thing both sides
 * name, a withdrawal from what already happened), or it is a double negative.
 */

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

/**
 * Whether every word of the cue (`[lo, hi)` of `from`, function words and negation cues
 * aside: those the stating side may hold in a clause set aside) occurs on the other side, alone
 * or run together ("made-up" ~ "made up", "bogus e-mail" on both sides).
 */
export function echoes(from: readonly Term[], cue: Range, other: readonly Term[], ctx: RelateContext): boolean {
  const words = from.slice(cue[0], cue[1]).filter((t) => t.kind === 'word' && !t.fn && !t.neg);
  if (words.length === 0) return false;
  // By lemma too: "a parody of" ~ "parodies".
  const forms = (t: Term): string[] => [t.key, ...ctx.lexicon.lemmas(t.key)];
  const keys = new Set(other.flatMap(forms));
  const joined = other.map((t) => t.key).join('');
  return words.every((t) => forms(t).some((f) => keys.has(f))) || joined.includes(words.map((t) => t.key).join(''));
}

/** An adjective negated by its prefix that the lexicon knows without it ("uncommon", "illegal", "impossible"). */
export function negativePrefixed(t: Term, ctx: RelateContext): boolean {
  const m = /^(?:un|in|im|il|ir|dis)(.{4,})$/.exec(t.key);
  return m !== null && ctx.lexicon.knows(t.key) && ctx.lexicon.knows(m[1] as string);
}

/** Whether the cue opens with the verb of a withdrawal phrase ("drops out of", "quits"). */
export function withdrawal(from: readonly Term[], cue: Range, ctx: RelateContext): boolean {
  const verb = from[cue[0]];
  if (verb === undefined) return false;
  const lemmas = ctx.lexicon.lemmas(verb.key).concat(verb.key);
  return (ctx.words.denialPhrases ?? []).some((p) => p.withdrawal === true && lemmas.includes(p.verb));
}

/** Whether `t` is a common word (not a function word, not capitalised) that `other` uses too. */
function commonWordNamedBy(t: Term, other: readonly Term[]): boolean {
  if (t.kind !== 'word' || t.fn || t.name || /^\p{Lu}/u.test(t.text)) return false;
  return other.some((u) => u.key === t.key);
}


/**
 * Whether a word of falsity is said, after a form of "be", of a common noun the other side
 * names with the same word ("The passport was fake"), rather than of a report or an event.
 */
export function predicatedOfNamedThing(from: readonly Term[], cue: Range, other: readonly Term[], ctx: RelateContext): boolean {
  // A negated word of truth ("the panel is not real") denies that the thing exists at all.
  if (from.slice(cue[0], cue[1]).some((t) => t.neg)) return false;
  let k = cue[0] - 1;
  while (k >= 0 && (from[k] as Term).fn) k--;
  const subject = from[k];
  if (subject === undefined || k === cue[0] - 1 || !commonWordNamedBy(subject, other)) return false;
  // "The video of a shark in the street is fake", "Reports that the CEO quit are false": a
  // report anywhere before it in its sentence is what is false. A verb of saying is no such
  // report: in "the minister said the figures were false" it is still the figures.
  for (let i = cue[0] - 1; i >= 0; i--) {
    const t = from[i] as Term;
    if (t.kind === 'punct' && SENTENCE_BREAKS.has(t.key)) break;
    if (ctx.words.reportWords.has(t.key) && !saying(t, ctx)) return false;
  }
  return true;
}

/**
 * Whether the word right after the cue is a common noun the other side names too, with no
 * report named after it in its clause ("Hoax mayor arrest tale" calls the tale false).
 */
export function describesNamedThing(from: readonly Term[], cue: Range, other: readonly Term[], ctx: RelateContext): boolean {
  const next = from[cue[1]];
  if (next === undefined || !commonWordNamedBy(next, other)) return false;
  return !from.some((t, k) => k > cue[1] && t.clause === next.clause && ctx.words.reportWords.has(t.key));
}
