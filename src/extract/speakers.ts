import type { Token } from '../text/tokens';
import { isCapitalised, isClosingQuote, isDash, isPossessive, nextContent, prevContent, tok, type Doc } from './doc';
import { PHRASE_CONNECTORS, SPEAKER_DETERMINERS } from '../lexicon/determiners';
import { SOURCE_OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { quantitySubject } from './quantity-subjects';
import { headBeforeParticiple } from './reduced-relative';
import { complementizer } from './complementizer';
import { linkedSourceStart } from './source-link';

/** A speaker phrase: token indices `first..last`, both included. */
export interface Mention {
  readonly first: number;
  readonly last: number;
}

/** Phrases longer than this are clauses, not speakers. */
const MAX_PHRASE = 12;

/** A pronoun, alone or contracted with its auxiliary ("he's", "they're"). */
export function isPronoun(doc: Doc, t: Token): boolean {
  const w = doc.words;
  const n = t.norm.replace(/'(?:s|re|ve|d|ll|m)$/, '');
  return t.kind === 'word' && (w.personPronouns.has(n) || w.groupPronouns.has(n) || w.firstPerson.has(n));
}

/** A word that can end a speaker phrase: a name, or a noun such as "officials", "spokesman". */
function isHead(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if (t.kind !== 'word' || (doc.quoteOf[i] ?? -1) >= 0) return false;
  if (isCapitalised(t)) return !doc.words.clauseOpeners.has(t.norm.replace(/\.$/, '')) && !doc.words.claimNouns.has(t.norm);
  return doc.words.speakerNouns.has(t.norm);
}

const DETERMINERS = new Set(SPEAKER_DETERMINERS);

/** A plain lower-case word that may be a common noun or adjective: "airline", "regional". */
function isPlainWord(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  const w = doc.words;
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (doc.quoteOf[i] ?? -1) < 0 && !w.functionWords.has(t.norm)
    && !w.verbs.has(t.norm) && !w.auxiliaries.has(t.norm) && !w.negations.has(t.norm) && !/ly$/.test(t.norm)
    && !w.claimNouns.has(t.norm) && !w.subordinators.has(t.norm) && !w.adverbialStarters.has(t.norm);
}

/**
 * Whether plain words ending at `j` form a phrase opened by a determiner or a possessive
 * ("the airline", "a company spokeswoman"); returns the phrase's first token or -1.
 */
function determinedPhrase(doc: Doc, j: number, lo: number): number {
  let k = j;
  for (let n = 0; n < 4; n++) {
    const p = prevContent(doc, k, lo);
    if (p < 0) return -1;
    const t = tok(doc, p);
    if (DETERMINERS.has(t.norm) || t.kind === 'number' || isPossessive(t) || (isCapitalised(t) && !doc.words.clauseOpeners.has(t.norm))) return p;
    if (!isPlainWord(doc, p) && !doc.words.modifiers.has(t.norm)) return -1;
    k = p;
  }
  return -1;
}

/** A word that can stand inside a speaker phrase before its head. */
function isInner(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if ((doc.quoteOf[i] ?? -1) >= 0) return false;
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  const w = doc.words;
  if (isCapitalised(t)) return !w.clauseOpeners.has(t.norm.replace(/\.$/, '')) || w.modifiers.has(t.norm);
  return w.modifiers.has(t.norm) || w.speakerNouns.has(t.norm) || w.roles.has(t.norm) || isPossessive(t);
}

const CONNECTORS = new Set(PHRASE_CONNECTORS);

/** Tokens a parenthetical after a name may span: "(D-Md.)", "(R-Wis.)", "(I-Vt.)". */
const MAX_PARENTHETICAL = 8;

/**
 * The token before a short parenthetical that ends at `j` ("Sen. Bernie Sanders (I-Vt.)": its
 * party and state), or `j` when none ends there: the phrase is the name before it.
 */
function beforeParenthetical(doc: Doc, j: number, lo: number): number {
  if (tok(doc, j).text !== ')') return j;
  for (let i = j - 1, n = 0; i >= lo && n < MAX_PARENTHETICAL; i--, n++) {
    const t = tok(doc, i);
    if (t.text === '(') return prevContent(doc, i, lo);
    if (t.text === ')' || (doc.quoteOf[i] ?? -1) >= 0) return -1;
  }
  return -1;
}

/** The speaker phrase whose last word is token `j`, reading leftwards no further than `lo`. */
export function phraseEndingAt(doc: Doc, end: number, lo: number): Mention | null {
  if (end < 0) return null;
  const j = beforeParenthetical(doc, end, lo);
  if (j < 0) return null;
  const head = tok(doc, j);
  if (isPronoun(doc, head)) return { first: j, last: j };
  let k = j;
  if (!isHead(doc, j)) {
    if (!isPlainWord(doc, j)) return null;
    k = determinedPhrase(doc, j, lo);
    if (k < 0) return null;
  } else {
    // "a company spokeswoman": plain words before a head noun, when a determiner opens them.
    const p = prevContent(doc, j, lo);
    if (p >= 0 && isPlainWord(doc, p)) {
      const d = determinedPhrase(doc, p, lo);
      if (d >= 0) k = d;
    }
  }
  for (let n = 0; n < MAX_PHRASE; n++) {
    const p = prevContent(doc, k, lo);
    if (p < 0 || !isInner(doc, p) || complementizer(doc, p, k)) {
      k = titleModifiers(doc, k, lo);
      break;
    }
    k = p;
  }
  while (k < j && CONNECTORS.has(tok(doc, k).norm)) k = nextContent(doc, k, j + 1);
  return { first: linkedSourceStart(doc, k, lo, phraseEndingAt), last: j };
}

/** Whether a phrase holds a title word ("spokesman Ann Garn"). */
function hasTitle(doc: Doc, m: Mention): boolean {
  for (let i = m.first; i <= m.last; i++) if (isTitle(doc, i)) return true;
  return false;
}

/** A title word: "spokesman", "official", "minister". */
function isTitle(doc: Doc, i: number): boolean {
  const n = tok(doc, i).norm;
  return doc.words.roles.has(n) || doc.words.speakerNouns.has(n);
}

/**
 * "company spokesman Tom Ridley", "Russian presidential spokesman": up to two plain words
 * (and names before them) before a title that opens the phrase belong to it when a clause
 * boundary or a determiner stands before them. Returns the new first token (or `k` unchanged).
 */
function titleModifiers(doc: Doc, k: number, lo: number): number {
  if (!isTitle(doc, k)) return k;
  let first = k;
  let plain = 0;
  for (let n = 0; n < 4; n++) {
    const p = prevContent(doc, first, lo);
    if (p < 0) break;
    if (isPlainWord(doc, p) && plain < 2) plain++;
    else if (!(plain > 0 && isCapitalised(tok(doc, p)) && isInner(doc, p))) break;
    first = p;
  }
  if (plain === 0) return k;
  const before = prevContent(doc, first, lo);
  if (before < 0) return first;
  const t = tok(doc, before);
  const boundary = t.text === ',' || isDash(t) || isClosingQuote(doc, before) || DETERMINERS.has(t.norm) || isPossessive(t);
  return boundary ? (DETERMINERS.has(t.norm) ? before : first) : k;
}

/** The speaker phrase that starts at token `k` and reads rightwards, before `hi`. */
export function phraseStartingAt(doc: Doc, k: number, hi: number): Mention | null {
  if (k < 0) return null;
  if (isPronoun(doc, tok(doc, k))) return { first: k, last: k };
  let last = -1;
  let i = k;
  // "said company spokesman Tom Ridley": plain words that lead to a title, the first of them
  // maybe a capitalised one ("according to U.S. investigative journalist Seymour Hersh").
  for (let n = 0, m = k; n < 2 && m >= 0 && (isPlainWord(doc, m) || (n === 0 && isCapitalised(tok(doc, m)))); n++) {
    m = nextContent(doc, m, hi);
    if (m >= 0 && isTitle(doc, m)) {
      i = m;
      break;
    }
  }
  const determined = DETERMINERS.has(tok(doc, k).norm) || isPossessive(tok(doc, k));
  for (let n = 0; n < MAX_PHRASE && i >= 0; n++) {
    if (i !== k && DETERMINERS.has(tok(doc, i).norm)) break;
    // "the port issued a statement": a plain word before a determiner is the verb, not the head.
    if (i !== k && isPlainWord(doc, i) && DETERMINERS.has(tok(doc, nextContent(doc, i, hi))?.norm ?? '')) break;
    if (isHead(doc, i) || (determined && isPlainWord(doc, i))) last = i;
    else if (!isInner(doc, i) && !(determined && isPlainWord(doc, i))) break;
    i = nextContent(doc, i, hi);
  }
  return last >= k ? { first: k, last } : null;
}

/**
 * Skips auxiliaries, adverbs and a time leftwards from the cue: "has always denied", "also
 * said", "on Friday said", "on Wednesday categorically rejected".
 */
function skipAuxiliaries(doc: Doc, cue: number, lo: number): number {
  let j = prevContent(doc, cue, lo);
  while (j >= 0) {
    const t = tok(doc, j);
    const adverb = t.kind === 'word' && /^\p{Ll}+ly$/u.test(t.text);
    if (doc.words.timeWords.has(t.norm) && (doc.quoteOf[j] ?? -1) < 0) {
      const p = prevContent(doc, j, lo);
      // "on Friday", "last week": the preposition or determiner goes with the time.
      j = p >= 0 && doc.words.timeOpeners.has(tok(doc, p).norm) ? prevContent(doc, p, lo) : p;
      continue;
    }
    if (t.kind !== 'word' || !(doc.words.auxiliaries.has(t.norm) || adverb || t.norm === 'not' || t.norm === 'never')) break;
    j = prevContent(doc, j, lo);
  }
  return j;
}

/**
 * The speaker before a reporting verb: "Khan said", "the Taliban have always denied",
 * "Khan, the spokesman, said", "the Taliban, on their part, have rejected", "Khan, who said".
 */
export function subjectBefore(doc: Doc, cue: number, lo: number): Mention | null {
  const j = skipAuxiliaries(doc, cue, lo);
  if (j < 0) return null;
  const t = tok(doc, j);
  if (t.norm === 'who' || t.norm === 'which') {
    const comma = prevContent(doc, j, lo);
    return comma >= 0 && tok(doc, comma).text === ',' ? phraseEndingAt(doc, prevContent(doc, comma, lo), lo) : null;
  }
  // "Joyce — who is listed as an attorney — told the Post": the subject before the aside's opening dash.
  if (isDash(t)) return phraseEndingAt(doc, prevContent(doc, asideOpening(doc, j, lo), lo), lo);
  if (t.text !== ',') return quantitySubject(doc, j, lo, doc.words.verbs.get(tok(doc, cue).norm)?.lemma ?? '') ?? headBeforeParticiple(doc, phraseEndingAt(doc, j, lo), j, lo, phraseEndingAt);
  // A comma before the verb closes an appositive or an aside: look before the one that opens it.
  const inner = phraseEndingAt(doc, prevContent(doc, j, lo), lo);
  let c0 = -1;
  let k = j;
  for (let n = 0; n < 40; n++) {
    k = prevContent(doc, k, lo);
    if (k < 0) break;
    if (tok(doc, k).text === ',' && (doc.quoteOf[k] ?? -1) < 0) {
      c0 = k;
      break;
    }
  }
  // "Pentagon spokesman Ann Garn, told the Post …": a stray comma after a titled subject that
  // opens the sentence ("“Be kind,” says X" inverts instead).
  if (c0 < 0) return inner !== null && prevContent(doc, inner.first, lo) < 0 && hasTitle(doc, inner) ? inner : null;
  let outer = phraseEndingAt(doc, prevContent(doc, c0, lo), lo);
  // "Marley Anderson, 21, a junior from Las Vegas, said": look one comma further back.
  for (let n = 0, c = c0; outer === null && n < 12; n++) {
    c = prevContent(doc, c, lo);
    if (c < 0) break;
    if (tok(doc, c).text === ',' && (doc.quoteOf[c] ?? -1) < 0) {
      outer = phraseEndingAt(doc, prevContent(doc, c, lo), lo);
      if (outer !== null && !isCapitalised(tok(doc, outer.last))) outer = null;
      break;
    }
  }
  if (outer === null) return null;
  // ", whom the government calls “bandits”,": a relative clause, not an appositive.
  const opener = nextContent(doc, c0, j);
  if (opener >= 0 && ['who', 'whom', 'which', 'whose'].includes(tok(doc, opener).norm)) return outer;
  if (inner !== null && inner.first === nextContent(doc, c0, j)) return { first: outer.first, last: inner.last };
  return outer;
}

/** Tokens an aside between dashes may span before the verb: "Murphy — after a knock-on-wood gesture — told me". */
const MAX_ASIDE = 30;

/** The dash that opens the aside whose closing dash is `j`, or -1 (none within `MAX_ASIDE`, or a quotation first). */
function asideOpening(doc: Doc, j: number, lo: number): number {
  for (let k = prevContent(doc, j, lo), n = 0; k >= 0 && n < MAX_ASIDE; k = prevContent(doc, k, lo), n++) {
    if ((doc.quoteOf[k] ?? -1) >= 0) return -1;
    if (isDash(tok(doc, k))) return k;
  }
  return -1;
}

/**
 * The speaker after an inverted verb or "according to": "said Khan", "according to officials",
 * "said Mr. Smith" (the honorific, with its stop, stands outside the phrase, as before a verb).
 */
export function subjectAfter(doc: Doc, cueEnd: number, hi: number): Mention | null {
  let k = nextContent(doc, cueEnd, hi);
  // The tokeniser keeps "Mr." whole: the name after it must be capitalised.
  if (k >= 0 && doc.words.honorifics.has(tok(doc, k).norm)) {
    const n = nextContent(doc, k, hi);
    if (n >= 0 && isCapitalised(tok(doc, n))) k = n;
  }
  return phraseStartingAt(doc, k, hi);
}

/**
 * An object pronoun naming the source after "according to" ("According to him, …"), ending its
 * clause (not "according to her spokesman", a phrase `subjectAfter` reads); null otherwise.
 */
export function sourcePronounAfter(doc: Doc, cueEnd: number, hi: number): Mention | null {
  const k = nextContent(doc, cueEnd, hi);
  if (k < 0 || SOURCE_OBJECT_PRONOUNS[tok(doc, k).norm] === undefined) return null;
  const m = { first: k, last: k };
  return endsClause(doc, m, hi) ? m : null;
}

/** An inverted speaker ("…,” said Khan.") ends its clause: "said they had" is no inversion. */
export function endsClause(doc: Doc, m: Mention, hi: number): boolean {
  const n = nextContent(doc, m.last, hi);
  if (n < 0) return true;
  const t = tok(doc, n);
  return t.kind === 'punct' || doc.words.adverbialStarters.has(t.norm) || (doc.words.verbs.get(t.norm)?.form === 'ing');
}
