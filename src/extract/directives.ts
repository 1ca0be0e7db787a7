import type { Attribution } from './attributions';
import { nextContent, tok, type Doc } from './doc';

/** The most words a hearer phrase takes before the infinitive. */
const MAX_HEARER = 6;

/**
 * Whether an attribution reports an order or a request, not a claim: a verb of telling whose
 * content is its hearer and an infinitive ("told his lawyer to lie", "asked the court to
 * wait"). What is urged is neither true nor false.
 */
export function isDirective(doc: Doc, a: Attribution): boolean {
  if (!('range' in a.content) || !doc.words.hearer.has(a.lemma)) return false;
  const { lo, hi } = a.content.range;
  // The hearer is a short noun phrase: "staff", "his personal attorney Michael Cohen".
  for (let i = lo, words = 0; i >= 0 && words <= MAX_HEARER; i = nextContent(doc, i, hi), words++) {
    const t = tok(doc, i);
    if (t.norm === 'to') return words > 0;
    if (t.kind !== 'word' || t.norm === 'that' || (doc.quoteOf[i] ?? -1) >= 0 || doc.words.verbs.has(t.norm)) return false;
  }
  return false;
}

/**
 * The attributions of a sentence without the orders reported inside another's content:
 * in "they alleged that the mayor told his aide to lie", what the mayor told is what they
 * allege, not a statement of the mayor's, and read as one it would stand beside (and be kept
 * apart from) the mayor's denial of the allegation. An order said in its own right ("The
 * minister told the port to reopen") stays a statement.
 */
export function withoutNestedDirectives(doc: Doc, atts: readonly Attribution[]): Attribution[] {
  return atts.filter((a) => !(isDirective(doc, a) && atts.some((b) => b !== a && 'range' in b.content && b.content.range.lo <= a.cueFirst && a.cueLast < b.content.range.hi)));
}
