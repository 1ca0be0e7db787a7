import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { BE_FORMS, HAVE_FORMS } from '../lexicon/function-words';
import { prevContent, nextContent, tok, type Doc } from './doc';
import type { Mention } from './speakers';

/** Past participles that open a reduced relative clause after a person ("the mayor accused of taking bribes"). */
const CHARGE_PARTICIPLES: ReadonlySet<string> = new Set([
  'accused', 'charged', 'suspected', 'convicted', 'indicted', 'arrested', 'detained', 'jailed', 'sentenced', 'blamed',
  'criticised', 'criticized', 'implicated', 'cleared', 'acquitted',
]);
/** The prepositions of a charge after such a participle: "accused of", "charged with", "arrested over" (not "charged in", "cleared in minutes"). */
const LINKS: ReadonlySet<string> = new Set(['of', 'with', 'for', 'over']);
/** Forms of "be" and "have": "was accused of" is a passive of its own clause, not a reduced relative. */
const AUXILIARY: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS]);
/** Words that open a noun phrase: a second one inside a charge's object starts the next clause's subject. */
const DETERMINERS: ReadonlySet<string> = new Set(PHRASE_DETERMINERS);
/** Words before a verb that make it active, with its object fronted ("which the mayor blamed for …") or a pronoun subject. */
const ACTIVE_BEFORE: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** How many words back from the verb the participle may stand: "accused of looting a pension fund". */
const REACH = 8;
/** How many words back over a noun phrase a relative pronoun or an auxiliary is looked for: "which the harbour mayor blamed", "was later formally charged". */
const LOOK_BACK = 3;

/** Whether token `k` is an adverb that may stand between an auxiliary and its participle: "later", "formally", "both". */
const adverb = (doc: Doc, k: number): boolean => /ly$/u.test(tok(doc, k).norm) || ['later', 'also', 'both', 'all', 'then', 'since', 'now', 'again', 'each'].includes(tok(doc, k).norm);

/**
 * Whether the participle at `i` ("accused", "charged") opens a reduced relative clause after a
 * common noun ("the mayor accused of taking bribes"), not an active verb ("which the mayor blamed
 * for the attacks", "Kestin accused of lying" in a headline) nor a passive of its own clause ("he
 * was later formally charged with theft").
 */
export function reducedRelative(doc: Doc, i: number, lo: number): boolean {
  const p = prevContent(doc, i, lo);
  if (p < 0) return false;
  const t = tok(doc, p);
  if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || AUXILIARY.has(t.norm) || ACTIVE_BEFORE.has(t.norm)) return false;
  if (adverb(doc, p)) {
    // Past the adverbs to the word before them: an auxiliary makes a passive of its own clause.
    let q = p;
    while (q >= 0 && adverb(doc, q)) q = prevContent(doc, q, lo);
    return q >= 0 && !AUXILIARY.has(tok(doc, q).norm) && !ACTIVE_BEFORE.has(tok(doc, q).norm);
  }
  // A relative pronoun just before the noun phrase fronts the verb's object: "which the mayor blamed for …".
  for (let q = prevContent(doc, p, lo), n = 0; q >= 0 && n < LOOK_BACK; q = prevContent(doc, q, lo), n++) {
    if (ACTIVE_BEFORE.has(tok(doc, q).norm) || AUXILIARY.has(tok(doc, q).norm)) return false;
    if (tok(doc, q).kind !== 'word') break;
  }
  return true;
}

/**
 * The subject of a verb of saying when the words right before it end a reduced relative clause
 * ("A former executive accused of looting a pension fund says he is innocent": not "a pension
 * fund"; "The man charged with the attack told the court …": not "the attack"): the phrase before
 * the participle, when the charge's object is one phrase up to the verb (a second determiner in
 * it opens the verb's own subject: "the officer cleared of misconduct the commission said"). Else
 * `m` (null when no phrase ends at `end`, the word before the verb: "taking bribes" ends none);
 * `phraseEndingAt` reads the phrase (src/extract/speakers.ts, given to keep the two modules free
 * of a cycle). O(REACH).
 */
export function headBeforeParticiple(doc: Doc, m: Mention | null, end: number, lo: number, phraseEndingAt: (doc: Doc, end: number, lo: number) => Mention | null): Mention | null {
  for (let k = end, n = 0; k >= 0 && n < REACH; k = prevContent(doc, k, lo), n++) {
    const t = tok(doc, k);
    if (t.kind !== 'word' || (doc.quoteOf[k] ?? -1) >= 0 || t.norm === 'and' || t.norm === 'but') return m;
    const link = nextContent(doc, k, end + 1);
    if (!CHARGE_PARTICIPLES.has(t.norm) || link < 0 || !LINKS.has(tok(doc, link).norm) || !reducedRelative(doc, k, lo)) continue;
    if (!onePhrase(doc, link, end)) return m;
    const before = prevContent(doc, k, lo);
    return before < 0 ? m : phraseEndingAt(doc, before, lo) ?? m;
  }
  return m;
}

/** Whether the charge after `link` up to `end` is one phrase, a gerund before it at most: no determiner past its first word. */
function onePhrase(doc: Doc, link: number, end: number): boolean {
  let start = nextContent(doc, link, end + 1);
  if (start >= 0 && /ing$/u.test(tok(doc, start).norm)) start = nextContent(doc, start, end + 1);
  for (let k = start < 0 ? end + 1 : nextContent(doc, start, end + 1); k >= 0 && k <= end; k = nextContent(doc, k, end + 1)) {
    if (DETERMINERS.has(tok(doc, k).norm)) return false;
  }
  return true;
}
