import { formIn, type RelateContext, type Term } from '../terms';

/** Words that may stand between a "be" and its predicate ("was not largely absent"), at most. */
const MAX_BETWEEN = 2;

/**
 * Whether the word at `i` says a negation in its meaning (IMPLICIT_NEGATIVES): "skipped work"
 * ~ "had not worked", "failed to pay" ~ "did not pay". The forms news mostly uses as adjectives
 * (ADJECTIVAL_NEGATIVES) state a fact before a noun ("the bodies of missing students", "absent
 * fathers"); as the predicate of a "be" they say the negation as a verb would: "was absent
 * from the summit" ~ "did not attend the summit", "the files were missing" ~ "were not there".
 */
export function saysNegation(terms: readonly Term[], i: number, ctx: RelateContext): boolean {
  const t = terms[i];
  if (t === undefined || t.kind !== 'word') return false;
  if (negativePhraseAt(terms, i, ctx) > 0) return true;
  if (!ctx.lexicon.lemmas(t.key).some((l) => ctx.words.implicitNegatives.has(l))) return false;
  if (ctx.words.adjectivalNegatives?.has(t.key) !== true) return true;
  return predicative(terms, i, ctx);
}

/**
 * The length (2) of a verb phrase of negative meaning that starts at `i` ("kept quiet", "would
 * stay closed"; NEGATIVE_PHRASES), or 0.
 */
export function negativePhraseAt(terms: readonly Term[], i: number, ctx: RelateContext): number {
  const t = terms[i];
  const next = terms[i + 1];
  const phrases = ctx.words.negativePhrases;
  if (phrases === undefined || t === undefined || next === undefined || t.kind !== 'word' || next.kind !== 'word') return 0;
  // Asked of every word of both sides by several checks: most next words end no phrase.
  if (!phraseEnds(phrases).has(next.key)) return 0;
  return ctx.lexicon.lemmas(t.key).concat(t.key).some((l) => phrases.has(`${l} ${next.key}`)) ? 2 : 0;
}

const endsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Every part of a phrase after one of its blanks: a phrase "l w" is in the list only when w is one. */
function phraseEnds(phrases: ReadonlySet<string>): ReadonlySet<string> {
  let ends = endsOf.get(phrases);
  if (ends === undefined) {
    const found = new Set<string>();
    for (const p of phrases) for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) found.add(p.slice(at + 1));
    endsOf.set(phrases, (ends = found));
  }
  return ends;
}

/**
 * Whether the word at `i` follows a form of "be" or a linking verb ("went missing"), past at
 * most a negation and an -ly adverb ("was not largely absent"), and no noun follows it. Any
 * other word between may open a noun phrase ("was a missing link", "is an absent father"),
 * and a noun after it is what it describes ("Are missing students in the graves?").
 */
function predicative(terms: readonly Term[], i: number, ctx: RelateContext): boolean {
  const be = ctx.words.beForms;
  if (be === undefined) return false;
  const next = terms[i + 1];
  const { positiveQuantifiers, negativeQuantifiers } = ctx.words;
  const describes = next !== undefined && next.kind === 'word' && !next.fn && !positiveQuantifiers.has(next.key) && !negativeQuantifiers.has(next.key);
  if (describes && next.clause === (terms[i] as Term).clause) return false;
  const links = (u: Term): boolean => be.has(u.key) || ctx.lexicon.lemmas(u.key).some((l) => ctx.words.linkingVerbs?.has(l) === true);
  for (let k = i - 1, skipped = 0; k >= 0 && skipped <= MAX_BETWEEN; k--, skipped++) {
    const u = terms[k] as Term;
    if (u.kind !== 'word' || u.clause !== (terms[i] as Term).clause) return false;
    if (links(u)) return true;
    if (!u.neg && !(u.key.endsWith('ly') && !u.fn)) return false;
  }
  return false;
}

/**
 * Whether the word at `i` negates what its clause states, as a "not" would: a word of negative
 * meaning before an infinitive ("failed to score", "refused to pay"), one whose object is what
 * did not happen ("missed the vote", "lacks the funds", "skipped work"; OBJECT_NEGATIVES), or an
 * adjectival negative as a predicate ("was absent from"). "The talks failed" states a fact.
 */
export function negatesClause(terms: readonly Term[], i: number, ctx: RelateContext): boolean {
  const t = terms[i] as Term;
  // "Miss Suu Kyi": a title, not the verb.
  if (t.name || !saysNegation(terms, i, ctx)) return false;
  if (ctx.words.adjectivalNegatives?.has(t.key) === true) return true;
  if (terms[i + 1]?.key === 'to') return true;
  return formIn(t, ctx, ctx.words.objectNegatives);
}
