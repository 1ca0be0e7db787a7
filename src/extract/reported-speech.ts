import { RELATIVE_PRONOUNS } from '../lexicon/attribution';
import { MONTHS, WEEKDAYS } from '../lexicon/dates';
import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { HEARER_PRONOUNS } from '../lexicon/pronouns';
import { isClosingQuote, isDash, isOpeningQuote, nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { phraseStartingAt } from './speakers';
import type { VerbInfo } from './word-sets';

/** Where reported content starts after its cue, and whether the cue announced it explicitly. */
export interface ContentStart {
  readonly at: number;
  /** Introduced by "that", a colon or an opening quotation mark: surely content. */
  readonly explicit: boolean;
}

const LOOKAHEAD = 10;

const HEARERS: ReadonlySet<string> = new Set(HEARER_PRONOUNS);

const RELATIVE = new Set(RELATIVE_PRONOUNS.filter((w) => w !== 'that'));

/** How far before a cue a relative pronoun may open the clause it stands in ("whom the former envoy claimed"). */
const RELATIVE_REACH = 8;

/**
 * Whether the cue ending at `cueLast` stands in a relative clause opened after a comma: ", whom
 * the envoy claimed", ", who said". Then its content ends where that clause closes (`contentEnd`).
 */
export function cueInRelativeClause(doc: Doc, cueLast: number, lo: number): boolean {
  for (let i = cueLast, n = 0; i >= lo && n < RELATIVE_REACH; i = prevContent(doc, i, lo), n++) {
    if ((doc.quoteOf[i] ?? -1) >= 0) return false;
    const t = tok(doc, i);
    if (t.text === ',' || t.text === ';') return false;
    if (RELATIVE.has(t.norm)) {
      const p = prevContent(doc, i, lo);
      return p >= 0 && tok(doc, p).text === ',';
    }
  }
  return false;
}

function isTimeWord(norm: string): boolean {
  return norm in WEEKDAYS || norm in MONTHS || /^\d/.test(norm);
}

/** A time word or one of the lexicon's words of time ("yesterday", "today"): what a setting's time is made of. */
function namesTime(doc: Doc, norm: string): boolean {
  return isTimeWord(norm) || doc.words.timeWords.has(norm);
}

/**
 * Whether token `k` after a cue is a time word of its setting ("said Sunday", "said 4 March"),
 * not the start of its content. A figure is one only beside a month ("said 4 March", "said March
 * 4", "on March 3, 2014"): "said 30 percent of voters …", "said 12 officers were hurt" open with
 * their count.
 */
function isSettingTime(doc: Doc, k: number, hi: number): boolean {
  const norm = tok(doc, k).norm;
  if (!/^\d/.test(norm)) return namesTime(doc, norm);
  const next = nextContent(doc, k, hi);
  if (next >= 0 && tok(doc, next).norm in MONTHS) return true;
  // "March 4", "March 3, 2014": a month before it, past the day and a comma.
  for (let j = prevContent(doc, k, 0), n = 0; j >= 0 && n < 3; j = prevContent(doc, j, 0), n++) {
    const t = tok(doc, j);
    if (t.norm in MONTHS) return true;
    if (t.text !== ',' && !/^\d/.test(t.norm)) return false;
  }
  return false;
}

const FINITE: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
/** Words after which "it was …" or "there was …" is an adverbial clause of the setting: "said after it was announced that …". */
const SETTING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'when', 'while', 'as', 'since', 'until', 'once', 'because', 'if']);

/**
 * Whether token `j`, past a cue (and its hearer or setting), opens a clause of its own: an
 * expletive "there" or "it" with an auxiliary ("said on Monday there was no evidence that …",
 * "… it was false that …"), or a subject pronoun ("told me it categorically rejects any
 * suggestion that …"), not inside an adverbial clause of the setting ("said after it was
 * announced that …", "told the Post before he spoke that …"). A "that" after it is the
 * clause's own, not the cue's.
 */
function opensClause(doc: Doc, j: number, first: number, hi: number): boolean {
  const norm = tok(doc, j).norm;
  const w = doc.words;
  const subject = norm === 'there' || w.personPronouns.has(norm) || w.groupPronouns.has(norm) || w.firstPerson.has(norm);
  if (!subject) return false;
  const prev = prevContent(doc, j, 0);
  if (prev >= 0 && SETTING_CLAUSE_OPENERS.has(tok(doc, prev).norm)) return false;
  // A pronoun past a setting's noun is a relative clause's subject ("said in a letter she sent to
  // staff that …"); right after the cue or its hearer, or after a time, it opens what is said.
  // "told the committee he chairs that …": a pronoun and one verb before "that" is a relative clause too.
  const next = nextContent(doc, j, hi);
  const relative = next >= 0 && tok(doc, nextContent(doc, next, hi))?.norm === 'that';
  if (norm !== 'there' && norm !== 'it') return !relative && (j === first || (prev >= 0 && namesTime(doc, tok(doc, prev).norm)));
  // "it" and "there" are a clause's subject before an auxiliary ("it was", "there is") or a verb
  // after an adverb ("it categorically rejects"); "said it again: …", "put it bluntly: …" are no clause.
  if (next >= 0 && /^\p{Ll}+ly$/u.test(tok(doc, next).text)) {
    const after = nextContent(doc, next, hi);
    return after >= 0 && tok(doc, after).kind === 'word';
  }
  return next >= 0 && FINITE.has(tok(doc, next).norm);
}

/** Words after "it" that leave it the object of a cue, before a colon: "said it again:", "put it this way:". */
const IT_ADVERBS: ReadonlySet<string> = new Set(['again', 'once', 'more', 'twice', 'too', 'so', 'this', 'way', 'best']);

/**
 * Where the content starts when the cue's object is "it" (or "this") with a few adverbs or a
 * time after it and a colon ("said it again: 'We have not paid a franc'", "put it bluntly: …"): after
 * the colon, as "it" stands for what follows. -1 for none.
 */
function afterObjectIt(doc: Doc, k: number, hi: number): number {
  const first = tok(doc, k).norm;
  if (first !== 'it' && first !== 'this') return -1;
  let j = nextContent(doc, k, hi);
  for (let n = 0; n < 5 && j >= 0; n++, j = nextContent(doc, j, hi)) {
    const t = tok(doc, j);
    if (t.text === ':') return nextContent(doc, j, hi);
    // Adverbs and a time: "said it again on Saturday: …".
    const time = doc.words.timeOpeners.has(t.norm) || namesTime(doc, t.norm);
    if (t.kind !== 'word' || !(IT_ADVERBS.has(t.norm) || /^\p{Ll}+ly$/u.test(t.text) || time)) return -1;
  }
  return -1;
}

/** Whether token `i`, after a weekday, is a plain word rather than more of the date or setting. */
function opensObject(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  return t.kind === 'word' && !namesTime(doc, t.norm) && !doc.words.adverbialStarters.has(t.norm) && t.norm !== 'of';
}

/**
 * Skips what stands between a reporting verb and its content: the hearer ("told
 * reporters"), a setting ("in a statement", "on Friday", "Sunday") and "that".
 */
export function contentStartAfter(doc: Doc, cueLast: number, verb: VerbInfo | null, hi: number): ContentStart | null {
  const w = doc.words;
  let k = nextContent(doc, cueLast, hi);
  if (k < 0) return null;
  const first = tok(doc, k);
  if (first.text === ':' || first.text === ',') {
    const n = nextContent(doc, k, hi);
    if (n < 0) return null;
    // ", the statement said, Afghan officials have …": a parenthetical cue, content after it.
    if (first.text === ',' && !isOpeningQuote(doc, n)) {
      const v = doc.words.verbs.get(tok(doc, n).norm);
      return v?.form === 'ing' || tok(doc, n).norm === 'according' ? null : { at: n, explicit: false };
    }
    return { at: n, explicit: true };
  }
  if (isOpeningQuote(doc, k)) return { at: k, explicit: true };
  if (verb !== null && w.hearer.has(verb.lemma)) {
    const hearer = HEARERS.has(tok(doc, k).norm) ? { first: k, last: k } : phraseStartingAt(doc, k, hi);
    let n = hearer === null ? -1 : nextContent(doc, hearer.last, hi);
    // "told Channel 4 …", "told Fox News 6 in Milwaukee": a number right after a capitalised hearer is of its name.
    if (hearer !== null && n >= 0 && /^\d+$/u.test(tok(doc, n).text) && /^\p{Lu}/u.test(tok(doc, hearer.last).text)) n = nextContent(doc, n, hi);
    // "tells Kabul to choose": the hearer belongs to what is urged, so it stays.
    if (hearer !== null && (n < 0 || tok(doc, n).norm !== 'to')) {
      if (n < 0) return null;
      k = n;
    }
  }
  // "said it again: …", "put it bluntly: …": "it" stands for what the colon opens.
  const opened = afterObjectIt(doc, k, hi);
  if (opened >= 0) return { at: opened, explicit: true };
  // "that" after a short adverbial: "said on Friday that", "told a news conference that".
  const lead = tok(doc, k).norm;
  const adverbialLead = w.adverbialStarters.has(lead) || isSettingTime(doc, k, hi) || (verb !== null && w.hearer.has(verb.lemma));
  let j = k;
  for (let n = 0; n < LOOKAHEAD && j >= 0; n++) {
    const t = tok(doc, j);
    // A clause of its own has begun ("said on Monday there was no evidence that …"): its "that" is not the cue's.
    if ((doc.quoteOf[j] ?? -1) >= 0 || t.text === ';' || opensClause(doc, j, k, hi)) break;
    if (t.norm === 'that' && (j === k || adverbialLead)) {
      const after = nextContent(doc, j, hi);
      return after < 0 ? null : { at: after, explicit: true };
    }
    if (!adverbialLead) break;
    j = nextContent(doc, j, hi);
  }
  // A setting with no "that": "said in a statement on Sunday its …", "said Sunday the …".
  for (let guard = 0; guard < 3 && k >= 0; guard++) {
    const t = tok(doc, k);
    if (isSettingTime(doc, k, hi)) {
      k = nextContent(doc, k, hi);
      continue;
    }
    if (!w.adverbialStarters.has(t.norm)) break;
    let end = -1;
    let m = k;
    for (let n = 0; n < 6 && m >= 0; n++) {
      const norm = tok(doc, m).norm;
      if (w.settingNouns.has(norm) || isTimeWord(norm)) end = m;
      if (tok(doc, m).text === ',' || (doc.quoteOf[m] ?? -1) >= 0) break;
      m = nextContent(doc, m, hi);
      // "rejected on Friday remarks by …": a weekday closes its setting before a plain word (a
      // time of day, a date, "of" or a comma go on with it: "on Friday morning", "on Tuesday 4
      // March 2014"); that word is the verb's object.
      if (norm in WEEKDAYS && m >= 0 && opensObject(doc, m)) break;
    }
    if (end < 0) break;
    k = nextContent(doc, end, hi);
    if (k >= 0 && tok(doc, k).text === ',') k = nextContent(doc, k, hi);
  }
  if (k < 0) return null;
  if (tok(doc, k).norm === 'that') {
    const after = nextContent(doc, k, hi);
    return after < 0 ? null : { at: after, explicit: true };
  }
  if (verb !== null && w.saying.has(verb.lemma) && onlySetting(doc, k, hi)) return null;
  return { at: k, explicit: isOpeningQuote(doc, k) };
}

/** Prepositions that open where, to whom or how something was said: "said in Iowa", "wrote to investors". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'to', 'from', 'during', 'via', 'through', 'with']);
/** The most words a setting closing a sentence after its cue has: "said in an interview with the Herald on Sunday". */
const SETTING_WORDS = 8;

/**
 * Whether what follows a verb of saying from token `k` is only a phrase of its setting, running
 * to the end of the sentence: "'…,' Mr. Rubio said in Iowa.", "'…,' Clinton said to People.",
 * "Lerer reported from Los Angeles." The content was the quotation before the cue, or nothing:
 * the phrase is none. A comma, "that" or a quotation mark in it ("wrote to investors, telling
 * them …") leaves it to the reading after.
 */
function onlySetting(doc: Doc, k: number, hi: number): boolean {
  if (!SETTING_PREPOSITIONS.has(tok(doc, k).norm)) return false;
  let words = 0;
  for (let j = k; j >= 0; j = nextContent(doc, j, hi)) {
    const t = tok(doc, j);
    if ((doc.quoteOf[j] ?? -1) >= 0 || t.norm === 'that' || t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (t.kind === 'word' && ++words > SETTING_WORDS) return false;
  }
  return true;
}

/** Whether token `i` opens an appositive claim: "a claim denied by …", "allegations that Kabul denies". */
export function opensClaimAppositive(doc: Doc, i: number, hi: number): boolean {
  const w = doc.words;
  if (i < 0) return false;
  const t = tok(doc, i);
  if (w.claimNouns.has(t.norm)) return true;
  if (!w.appositiveDeterminers.has(t.norm)) return false;
  const n = nextContent(doc, i, hi);
  if (n < 0) return false;
  if (w.claimNouns.has(tok(doc, n).norm)) return true;
  // ", which Kabul denies": a relative clause whose verb denies.
  if (t.norm !== 'which') return false;
  for (let j = n, g = 0; j >= 0 && g < 6; j = nextContent(doc, j, hi), g++) {
    const v = w.verbs.get(tok(doc, j).norm);
    if (v !== undefined) return v.stance === 'denies';
  }
  return false;
}

/** Trims blanks and edge punctuation from a token range; null when nothing is left. */
export function trimRange(doc: Doc, lo: number, hi: number): Range | null {
  const edge = (i: number): boolean => {
    const t = tok(doc, i);
    return t.kind === 'space' || (t.kind === 'punct' && /^[,.;:\u2014\u2013-]+$/u.test(t.text) && (doc.quoteOf[i] ?? -1) < 0);
  };
  while (lo < hi && edge(lo)) lo++;
  while (hi > lo && edge(hi - 1)) hi--;
  return hi > lo ? { lo, hi } : null;
}

/**
 * Content before an attribution ("…, Khan said." / "“…,” said Khan"): the quotation that
 * closes right before it, or the clause from `regionLo` (or the last colon or semicolon after
 * it) to the comma. `before` is the token
 * right before the speaker (or before an inverted verb).
 */
export function contentBefore(doc: Doc, before: number, regionLo: number): { quote: number } | { range: Range } | null {
  if (before < 0) return null;
  let p = before;
  const t = tok(doc, p);
  if (t.text === ',' || isDash(t)) p = prevContent(doc, p, regionLo);
  if (p < 0) return null;
  if (isClosingQuote(doc, p)) return { quote: doc.quoteOf[p] as number };
  if (t.text !== ',' && !isDash(t)) return null;
  // "…less attractive to financial firms: London was the financial capital, according to one
  // index": what the attribution reports starts after the sentence's last colon or semicolon.
  let lo = regionLo;
  for (let i = before - 1; i >= regionLo; i--) {
    if ((doc.quoteOf[i] ?? -1) < 0 && (tok(doc, i).text === ':' || tok(doc, i).text === ';')) {
      lo = i + 1;
      break;
    }
  }
  const range = trimRange(doc, lo, before);
  return range === null ? null : { range };
}
