import type { Evidence } from '../../schema/evidence';
import { compareFigures, type Quantity } from '../figures';
import { BE_FORMS, HAVE_FORMS } from '../../lexicon/function-words';
import { isContentTerm, participleForm, relateTerms, sameTerm, type RelateContext, type Term, type TermPair } from '../terms';

/*
 * Two figures for one count: "the flood killed 35" ~ "40 people were killed in the flood".
 * Different tolls, totals or shares given for the same count cannot both be true, however
 * differently the rest is worded; the alignment rarely puts the two figures side by side,
 * so this check reads each figure's own frame instead: the word it counts and the act it
 * is the count of.
 */

/** Auxiliaries between a counted word and its act ("35 people had been killed"). */
const AUXILIARIES = new Set([...BE_FORMS, ...HAVE_FORMS]);

/** What a figure counts: the word after it, and the act it is the count of. */
interface CountFrame {
  readonly at: number;
  readonly q: Quantity;
  /** The counted word ("people" in "35 people"), if the figure has one. */
  readonly noun: number | undefined;
  /** The act: the word right before the figure ("killed 35"), or a participle after its counted word ("35 people were killed"). */
  readonly acts: readonly number[];
}

/** A content word of the clause given, not a name: what a frame can hold. */
const frameWord = (t: Term | undefined, clause: number): t is Term => t !== undefined && t.kind === 'word' && isContentTerm(t) && !t.name && t.clause === clause;

/** The participle after `from`, past auxiliaries only ("were killed", "had been idled"). */
function participleAfter(terms: readonly Term[], from: number, clause: number): number | undefined {
  let i = from;
  while (AUXILIARIES.has(terms[i]?.key ?? '')) i++;
  const t = terms[i];
  return i > from && frameWord(t, clause) && participleForm(t.key) ? i : undefined;
}

/**
 * The frames of a side's bare counts, not ordinals, not in a negated clause. A clause that
 * also gives a price, a share or a rate ("rose 62 cents to $22.83", "fell 9 points, or 1
 * percent") reports a market read at a moment: two such counts are as often two moments as
 * two claims, so none is read there.
 */
function frames(terms: readonly Term[]): CountFrame[] {
  const negated = new Set(terms.filter((t) => t.neg).map((t) => t.clause));
  const priced = new Set(terms.filter((t) => t.quantity !== undefined && t.quantity.unit !== '').map((t) => t.clause));
  const out: CountFrame[] = [];
  terms.forEach((t, i) => {
    const q = t.quantity;
    if (t.kind !== 'number' || q === undefined || q.unit !== '' || q.ordinal || negated.has(t.clause) || priced.has(t.clause)) return;
    const noun = frameWord(terms[i + 1], t.clause) ? i + 1 : undefined;
    const before = frameWord(terms[i - 1], t.clause) ? i - 1 : undefined;
    const after = participleAfter(terms, (noun ?? i) + 1, t.clause);
    out.push({ at: i, q, noun, acts: [before, after].filter((k): k is number => k !== undefined) });
  });
  return out;
}

/** Two words that name one thing: the same word, an inflection or a close synonym (not a broader word). */
function sameWord(x: Term, y: Term, ctx: RelateContext): boolean {
  if (x.key === y.key) return true;
  const rel = relateTerms(x, y, ctx);
  return rel !== null && rel.label === 'paraphrase' && rel.strength >= 0.7;
}

/**
 * A verb in a past form ("killed", "had been idled", "left"): the count of one past event, a
 * toll. A present form ("Storm kills 12", the headline's tense) tells as readily of another
 * storm as of this one, so two of them are no evidence of one count.
 */
function pastForm(t: Term, ctx: RelateContext): boolean {
  if (/ed$/.test(t.key)) return true;
  return !/(?:s|ing)$/.test(t.key) && ctx.lexicon.lemmas(t.key).some((l) => l !== t.key);
}

/** Whether two frames count one thing: one act in a past form, and one counted word when both name one. */
function sameCount(fa: CountFrame, fb: CountFrame, a: readonly Term[], b: readonly Term[], ctx: RelateContext): boolean {
  if (fa.noun !== undefined && fb.noun !== undefined && !sameWord(a[fa.noun] as Term, b[fb.noun] as Term, ctx)) return false;
  const past = (t: Term): boolean => pastForm(t, ctx);
  return fa.acts.some((i) => fb.acts.some((j) => past(a[i] as Term) && past(b[j] as Term) && sameWord(a[i] as Term, b[j] as Term, ctx)));
}

/** Each side dates what it says, and no date of one is a date of the other: two occasions, two counts. */
function otherDates(a: readonly Term[], b: readonly Term[], ctx: RelateContext): boolean {
  const da = a.filter((t) => t.kind === 'date');
  const db = b.filter((t) => t.kind === 'date');
  return da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => sameTerm(x, y, ctx)));
}

/** A name in the figure's clause that the other side does not have; one on each side is another subject ("the Dow fell 9 points" ~ "the Nasdaq fell 25 points"). */
function unpairedName(terms: readonly Term[], f: CountFrame, loose: readonly TermPair[], side: 'x' | 'y'): boolean {
  const clause = (terms[f.at] as Term).clause;
  const paired = new Set(loose.map((p) => p[side]));
  return terms.some((t, i) => t.name && t.clause === clause && !paired.has(i));
}

/**
 * Check `count`: a figure on one side and a figure on the other count the same thing (one
 * act, one counted word) and cannot both hold (compareFigures: disjoint amounts), while
 * the figures' clauses do not each name what the other does not, neither figure is stated
 * on the other side too ("killed 40, including 12 children" ~ "12
 * children were killed"), the pair sets no date against another (another day, another count),
 * and the two sides share something besides the counts' frames (a name, the event): "the flood
 * killed 35" ~ "the fire killed 40" are two events. `loose` is the order-free pairing of the
 * two sides (null when too costly: no evidence).
 */
export function countCheck(a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, ctx: RelateContext): Evidence | null {
  if (loose === null || otherDates(a, b, ctx)) return null;
  const fas = frames(a);
  const fbs = frames(b);
  const stated = (f: CountFrame, others: readonly CountFrame[]): boolean => others.some((g) => compareFigures(f.q, g.q) === 'same');
  for (const fa of fas) {
    if (stated(fa, fbs)) continue;
    for (const fb of fbs) {
      if (stated(fb, fas) || compareFigures(fa.q, fb.q) !== 'contradict' || !sameCount(fa, fb, a, b, ctx)) continue;
      if (unpairedName(a, fa, loose, 'x') && unpairedName(b, fb, loose, 'y')) continue;
      const inFrame = (i: number, f: CountFrame): boolean => i === f.at || i === f.noun || f.acts.includes(i);
      const shared = loose.some((p) => !inFrame(p.x, fa) && !inFrame(p.y, fb) && isContentTerm(a[p.x] as Term) && (a[p.x] as Term).kind === 'word');
      if (!shared) continue;
      return { check: 'count', found: `two figures for one count ("${(a[fa.at] as Term).text}" ~ "${(b[fb.at] as Term).text}")`, a: [[fa.at, fa.at + 1]], b: [[fb.at, fb.at + 1]], reason: 'number', strength: 0.7 };
    }
  }
  return null;
}
