import type { Evidence, TermRun } from '../../schema/evidence';
import type { RelateContext, Term } from '../terms';

/*
 * Quantifiers of one polarity but another force: "some of the workers joined" ~ "all of the
 * workers joined", "not much happens without her" ~ "nothing happens without her". Each pair
 * agrees in direction, so no flip is found, yet one side says more than the other: the pair
 * is no restatement.
 */

/** A quantifier as a side reads it: its polarity, whether it speaks of the whole, and its run of terms. */
interface Reading {
  readonly polarity: 1 | -1;
  readonly whole: boolean;
  readonly run: TermRun;
}

/**
 * The quantifiers of a side. A negation right before a positive quantifier makes one negative
 * reading of the two: of a part ("not much", "not all"), or of the whole when the quantifier
 * is of negative polarity ("not any").
 */
function readings(terms: readonly Term[], ctx: RelateContext): Reading[] {
  const { positiveQuantifiers: pos, negativeQuantifiers: neg, universalQuantifiers: whole, negativePolarityQuantifiers: npi } = ctx.words;
  if (whole === undefined) return [];
  const out: Reading[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.kind !== 'word') continue;
    const next = terms[i + 1];
    if (t.neg && !neg.has(t.key) && next !== undefined && pos.has(next.key)) {
      out.push({ polarity: -1, whole: npi?.has(next.key) === true, run: [i, i + 2] });
      i++;
    } else if (pos.has(t.key) || neg.has(t.key)) {
      out.push({ polarity: pos.has(t.key) ? 1 : -1, whole: whole.has(t.key), run: [i, i + 1] });
    }
  }
  return out;
}

/**
 * Check `quantifier`: a quantifier on one side whose polarity the other side shares only with
 * quantifiers of another force ("most" against "all" and nothing else positive there). Its
 * strength is fixed: the lists know the force of each word, but not always what it counts.
 */
export function quantifierCheck(a: readonly Term[], b: readonly Term[], ctx: RelateContext): Evidence | null {
  const ra = readings(a, ctx);
  const rb = readings(b, ctx);
  const unmatched = (r: Reading, other: readonly Reading[]): boolean =>
    other.some((o) => o.polarity === r.polarity) && !other.some((o) => o.polarity === r.polarity && o.whole === r.whole);
  const xa = ra.filter((r) => unmatched(r, rb));
  const xb = rb.filter((r) => unmatched(r, ra));
  if (xa.length === 0 && xb.length === 0) return null;
  return { check: 'quantifier', found: 'a quantifier of the whole against one of a part, of one polarity', a: xa.map((r) => r.run), b: xb.map((r) => r.run), reason: 'quantifier', strength: 0.7 };
}
