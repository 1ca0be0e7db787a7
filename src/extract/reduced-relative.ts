import { BE_FORMS, HAVE_FORMS } from '../lexicon/function-words';
import { prevContent, nextContent, tok, type Doc } from './doc';
import type { Mention } from './speakers';

/** Past participles that open a reduced relative clause after a person ("the mayor accused of taking bribes"). */
const CHARGE_PARTICIPLES: ReadonlySet<string> = new Set([
  'accused', 'charged', 'suspected', 'convicted', 'indicted', 'arrested', 'detained', 'jailed', 'sentenced', 'blamed',
  'criticised', 'criticized', 'implicated', 'cleared', 'acquitted',
]);
/** The prepositions that follow such a participle: "accused of", "charged with", "arrested over". */
const LINKS: ReadonlySet<string> = new Set(['of', 'with', 'for', 'over', 'in', 'on']);
/** Forms of "be" and "have": "was accused of" is a passive of its own clause, not a reduced relative. */
const AUXILIARY: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS]);
/** How many words back from the phrase before a verb the participle may stand: "accused of looting a pension fund". */
const REACH = 8;

/**
 * The subject of a verb of saying when the phrase right before it ends a reduced relative clause
 * ("A former executive accused of looting a pension fund says he is innocent": not "a pension
 * fund"; "The man charged with the attack told the court …": not "the attack"): the phrase before
 * the participle. Else `m` (null when no phrase ends at `end`, the word before the verb: "taking
 * bribes" ends none); `phraseEndingAt` reads the phrase (src/extract/speakers.ts, given to keep
 * the two modules free of a cycle). O(REACH).
 */
export function headBeforeParticiple(doc: Doc, m: Mention | null, end: number, lo: number, phraseEndingAt: (doc: Doc, end: number, lo: number) => Mention | null): Mention | null {
  const first = m?.first ?? end;
  let k = m === null ? end + 1 : first;
  for (let n = 0; n < REACH; n++) {
    const p = prevContent(doc, k, lo);
    if (p < 0 || tok(doc, p).kind !== 'word' || (doc.quoteOf[p] ?? -1) >= 0) return m;
    const link = nextContent(doc, p, first + 1);
    if (CHARGE_PARTICIPLES.has(tok(doc, p).norm) && link >= 0 && LINKS.has(tok(doc, link).norm)) {
      const before = prevContent(doc, p, lo);
      if (before < 0 || tok(doc, before).kind !== 'word' || AUXILIARY.has(tok(doc, before).norm)) return m;
      return phraseEndingAt(doc, before, lo) ?? m;
    }
    k = p;
  }
  return m;
}

/** Words before a verb that make it active with its object fronted ("which Hollande blamed for the attacks") or its subject a pronoun. */
const ACTIVE_BEFORE: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * Whether the participle at `i` ("accused", "charged") opens a reduced relative clause after a
 * common noun ("the mayor accused of taking bribes"), not an active verb ("which Hollande blamed
 * for the attacks", "Kestin accused of lying" in a headline, "he was accused of").
 */
export function reducedRelative(doc: Doc, i: number, lo: number): boolean {
  const p = prevContent(doc, i, lo);
  if (p < 0) return false;
  const t = tok(doc, p);
  if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || AUXILIARY.has(t.norm) || ACTIVE_BEFORE.has(t.norm)) return false;
  const q = prevContent(doc, p, lo);
  // "was later charged with", "has been harshly criticized for": an adverb after the auxiliary.
  return q < 0 || (!ACTIVE_BEFORE.has(tok(doc, q).norm) && !AUXILIARY.has(tok(doc, q).norm));
}
