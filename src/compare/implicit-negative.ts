import type { RelateContext } from './term-relation';
import type { Term } from './terms';

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
  if (!ctx.lexicon.lemmas(t.key).some((l) => ctx.words.implicitNegatives.has(l))) return false;
  if (ctx.words.adjectivalNegatives?.has(t.key) !== true) return true;
  return predicative(terms, i, ctx);
}

/**
 * Whether the word at `i` follows a form of "be", past at most a negation and an -ly adverb
 * ("was not largely absent"). Any other word between may open a noun phrase ("was a missing
 * link", "is an absent father"), where the word describes a noun again.
 */
function predicative(terms: readonly Term[], i: number, ctx: RelateContext): boolean {
  const be = ctx.words.beForms;
  if (be === undefined) return false;
  for (let k = i - 1, skipped = 0; k >= 0 && skipped <= MAX_BETWEEN; k--, skipped++) {
    const u = terms[k] as Term;
    if (u.kind !== 'word' || u.clause !== (terms[i] as Term).clause) return false;
    if (be.has(u.key)) return true;
    if (!u.neg && !(u.key.endsWith('ly') && !u.fn)) return false;
  }
  return false;
}
