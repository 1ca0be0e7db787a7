import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { isCapitalised, isPossessive, nextContent, prevContent, tok, type Doc } from './doc';
import { sourcePronounAfter, subjectAfter, type Mention } from './speakers';

// The source of "according to" and where it ends: what comes after it, or before it, is the content.

/**
 * The source after "according to" (its "to" at `to`): a speaker phrase ("according to
 * officials"), an object pronoun ("According to him, …") or, when neither reads it, its words up
 * to a comma or the sentence's end (see `sourceUpTo`).
 */
export function accordingSource(doc: Doc, to: number, hi: number): Mention | null {
  const source = subjectAfter(doc, to, hi) ?? sourcePronounAfter(doc, to, hi) ?? sourceUpTo(doc, to, hi);
  return source === null ? null : withAppositive(doc, source, hi);
}

/** The most words an appositive after a source holds: "the president of the inquiry commission". */
const MAX_APPOSITIVE_WORDS = 7;

/**
 * The source with the appositive that names it again, between commas, when one does: a person's
 * name after a role ("according to the president of the commission, Helga Brattvik, …") or a
 * role after a name ("according to Helga Brattvik, the president of the commission, …"). What
 * is said starts after it, and the name is the speaker. Not a name after a thing ("according to
 * the report, Kerry, …": Kerry is what the report is about).
 */
function withAppositive(doc: Doc, m: Mention, hi: number): Mention {
  // The comma that closes the source, past its tail ("the president of the commission,").
  const next = nextContent(doc, m.last, hi);
  const comma = next >= 0 && tok(doc, next).text === ',' ? next : sourceComma(doc, m.last, hi);
  if (comma < 0) return m;
  const first = nextContent(doc, comma, hi);
  let last = -1;
  for (let k = first, n = 0; k >= 0 && n <= MAX_APPOSITIVE_WORDS; k = nextContent(doc, k, hi), n++) {
    const t = tok(doc, k);
    if (t.text === ',') break;
    if ((doc.quoteOf[k] ?? -1) >= 0 || (t.kind !== 'word' && !isPossessive(t)) || doc.words.verbs.has(t.norm)) return m;
    last = k;
  }
  if (last < 0 || nextContent(doc, last, hi) < 0 || tok(doc, nextContent(doc, last, hi)).text !== ',') return m;
  const hasRole = (a: number, b: number): boolean => {
    for (let k = a; k >= 0 && k <= b; k = nextContent(doc, k, b + 1)) if (doc.words.roles.has(tok(doc, k).norm)) return true;
    return false;
  };
  const named = (a: number, b: number): boolean => {
    for (let k = a; k >= 0 && k <= b; k = nextContent(doc, k, b + 1)) if (!isCapitalised(tok(doc, k))) return false;
    return true;
  };
  const sourceLast = prevContent(doc, comma, m.first);
  const roleThenName = hasRole(m.first, sourceLast) && named(first, last);
  const nameThenRole = named(m.first, m.last) && ['the', 'a', 'an'].includes(tok(doc, first).norm) && hasRole(first, last);
  return roleThenName || nameThenRole ? { first: m.first, last } : m;
}

/**
 * The comma after a source (its last token `last`; see `sourceTailEnd`), or the token after it
 * when none. `opensSentence`: "According to early results of the exit poll conducted by …,
 * Clinton led" — opening the sentence, the source runs on to its comma (see `sourceComma`).
 */
export function sourceEnd(doc: Doc, last: number, hi: number, opensSentence: boolean): number {
  const after = sourceTailEnd(doc, last, hi);
  return opensSentence && after >= 0 && tok(doc, after).text !== ',' ? sourceComma(doc, last, hi) : after;
}

/**
 * The comma after "according to <source>", past a short place-and-time tail ("reports in Spain
 * on Monday,"); else the token right after the source.
 */
function sourceTailEnd(doc: Doc, last: number, hi: number): number {
  const next = nextContent(doc, last, hi);
  if (next < 0 || tok(doc, next).text === ',' || !doc.words.adverbialStarters.has(tok(doc, next).norm)) return next;
  for (let k = next, n = 0; k >= 0 && n < 8; k = nextContent(doc, k, hi), n++) {
    const t = tok(doc, k);
    if (t.text === ',') return k;
    if ((t.kind !== 'word' && t.kind !== 'number') || doc.words.verbs.has(t.norm) || (doc.quoteOf[k] ?? -1) >= 0) return next;
  }
  return next;
}

const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);

/** Words a source after "according to" may run to when no speaker phrase reads it: "early results of the exit poll conducted by …". */
const MAX_SOURCE_WORDS = 20;

/**
 * The comma that closes a source after "according to" (its last token `last`), within
 * `MAX_SOURCE_WORDS` words, no quotation or reporting verb before it; else -1.
 */
function sourceComma(doc: Doc, last: number, hi: number): number {
  for (let k = nextContent(doc, last, hi), n = 0; k >= 0 && n < MAX_SOURCE_WORDS; k = nextContent(doc, k, hi), n++) {
    const t = tok(doc, k);
    if (t.text === ',') return k;
    if ((doc.quoteOf[k] ?? -1) >= 0 || t.text === ';' || t.text === ':' || doc.words.verbs.has(t.norm)) return -1;
  }
  return -1;
}

/**
 * The source after "according to" that no speaker phrase reads ("one global index", "F.A.A.
 * records", "a yearly Gallup poll"): its words up to a comma or the sentence's end, at most
 * `MAX_SOURCE_WORDS`, no quotation or reporting verb among them; null when none, or when a
 * relative pronoun opens it ("according to which …").
 */
function sourceUpTo(doc: Doc, to: number, hi: number): Mention | null {
  const first = nextContent(doc, to, hi);
  // "…, according to which last June divers planted …": a relative clause, its source named before.
  if (first < 0 || RELATIVES.has(tok(doc, first).norm)) return null;
  let last = -1;
  for (let k = first, n = 0; k >= 0; k = nextContent(doc, k, hi), n++) {
    const t = tok(doc, k);
    if (t.text === ',' || /^[.;:!?]+$/.test(t.text)) break;
    if (n >= MAX_SOURCE_WORDS || (doc.quoteOf[k] ?? -1) >= 0 || doc.words.verbs.has(t.norm)) return null;
    if (t.kind === 'word' || t.kind === 'number') last = k;
  }
  return last < 0 ? null : { first, last };
}
