import { PAGE_NOUNS, PARTICIPLE_OPENING_WORDS, SOURCE_NOUNS } from '../lexicon/attribution';
import type { Stance } from '../schema/statement';
import { countWords, isCapitalised, isPossessive, tokenIndexAt, isClosingQuote, isDash, isOpeningQuote, nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { passiveAccusation, withCharges, type ChargePieces } from './accusations';
import { contentBefore, contentEnd, contentStartAfter, cueInRelativeClause, trimRange } from './reported-speech';
import { isIssuedText } from './aliases';
import { endsClause, isPronoun, phraseEndingAt, phraseStartingAt, sourcePronounAfter, subjectAfter, subjectBefore, type Mention } from './speakers';
import type { QuoteSpan } from './quotes';
import type { VerbInfo } from './word-sets';
import { verdictAttribution } from './verdicts';
import { isDateline } from './dateline';
import { goingOnStart } from './going-on';
import { feelingAttribution } from './stated-feelings';
import { relativeSubject } from './relative-subject';
import { BE_FORMS } from '../lexicon/function-words';

/** One reporting cue in a sentence, with its speaker phrase and what it reports. */
export interface Attribution {
  /** Token indices of the cue, both included ("said"; "according to"). */
  readonly cueFirst: number;
  readonly cueLast: number;
  readonly lemma: string;
  readonly stance: Stance;
  /** The speaker phrase; null for a participle, which takes the speaker of its clause. */
  readonly speaker: Mention | null;
  /**
   * `coordinated`: a finite verb after "and" ("denied X and blames Y"): the clause's speaker, its
   * own stance. `none`: no one is named ("it was claimed that …").
   */
  readonly speakerFrom?: 'coordinated' | 'none';
  /**
   * A quotation reported directly, reported content as a token range, or `next`: the cue
   * ends its sentence with a colon and announces the quotation that follows.
   */
  readonly content: { quote: number } | { range: Range } | { next: true };
  /** An accusation's accused and charge inside `content` ("Castoria" / "funding the raids"). */
  readonly pieces?: ChargePieces;
  /** The pieces are a relative clause's antecedent and the clause (see `relativeSubject`), which may deny. */
  readonly subjectPiece?: true;
}

const PAGE = new Set(PAGE_NOUNS);

const SOURCE = new Set(SOURCE_NOUNS);

const PARTICIPLE_OPENERS = new Set([',', '\u2014', '\u2013', ...PARTICIPLE_OPENING_WORDS]);

/** The quotation that is the whole of a content range (bar edge punctuation), or -1. */
function wholeQuote(doc: Doc, range: Range): number {
  if (!isOpeningQuote(doc, range.lo)) return -1;
  const q = doc.quoteOf[range.lo] as number;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if ((doc.quoteOf[i] ?? -1) !== q && t.kind !== 'space' && !/^[,.;:!?]+$/.test(t.text)) return -1;
  }
  return q;
}

function forwardContent(doc: Doc, cueLast: number, verb: Parameters<typeof contentStartAfter>[2], range: Range, minWords: number, explicitOnly: boolean): { quote: number } | { range: Range } | null {
  const start = contentStartAfter(doc, cueLast, verb, range.hi);
  if (start === null || (explicitOnly && !start.explicit)) return null;
  const first = tok(doc, start.at);
  if (!start.explicit && (doc.words.verbs.get(first.norm)?.form === 'ed' || doc.words.subordinators.has(first.norm))) return null;
  const inRelative = cueInRelativeClause(doc, cueLast, range.lo);
  let r = trimRange(doc, start.at, contentEnd(doc, start.at, range.hi, inRelative));
  // "rejected that account": "that" was a determiner, not a complementiser.
  const before = prevContent(doc, start.at, range.lo);
  if (start.explicit && before >= 0 && tok(doc, before).norm === 'that' && (r === null || countWords(doc, r.lo, r.hi) < minWords)) {
    r = trimRange(doc, before, contentEnd(doc, before, range.hi, inRelative));
  }
  if (r === null) return null;
  const q = wholeQuote(doc, r);
  if (q >= 0) return { quote: q };
  return countWords(doc, r.lo, r.hi) >= minWords ? { range: r } : null;
}

/**
 * Finds the reporting cues of one sentence, outside quotations, and for each the speaker
 * phrase and the content: forward ("X said (that) …", "X denied …", "according to X, …"),
 * backward ("…, X said." / "“…,” said X" / "…, according to X") or a participle
 * (", insisting that …"). An accusation's content comes with its pieces, the accused and the
 * charge, passive ones read here and active ones by `withCharges`. O(sentence length × a
 * small lookahead).
 */
export function findAttributions(doc: Doc, range: Range, minWords: number): Attribution[] {
  const w = doc.words;
  const out: Attribution[] = [];
  let regionLo = range.lo;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if (t.kind !== 'word' || (doc.quoteOf[i] ?? -1) >= 0) continue;
    const push = (a: Attribution, end: number): void => {
      out.push(a);
      regionLo = Math.max(regionLo, end + 1);
    };
    if (t.norm === 'according') {
      const to = nextContent(doc, i, range.hi);
      if (to < 0 || tok(doc, to).norm !== 'to') continue;
      const source = subjectAfter(doc, to, range.hi) ?? sourcePronounAfter(doc, to, range.hi) ?? sourceUpTo(doc, to, range.hi);
      if (source === null) continue;
      const cue = { cueFirst: i, cueLast: to, lemma: 'according to', stance: 'asserts' as Stance, speaker: source };
      const p = prevContent(doc, i, range.lo);
      const before = p < 0 ? null : contentBefore(doc, p, regionLo);
      let after = sourceTailEnd(doc, source.last, range.hi);
      // "According to early results of the exit poll conducted by …, Clinton led": opening the
      // sentence, the source runs to its comma.
      if (p < 0 && after >= 0 && tok(doc, after).text !== ',') after = sourceComma(doc, source.last, range.hi);
      if (before !== null) push({ ...cue, content: before }, source.last);
      else if (after >= 0 && tok(doc, after).text === ',') {
        const r = trimRange(doc, after + 1, contentEnd(doc, after + 1, range.hi));
        if (r !== null && countWords(doc, r.lo, r.hi) >= minWords) push({ ...cue, content: wholeQuote(doc, r) >= 0 ? { quote: wholeQuote(doc, r) } : { range: r } }, source.last);
      }
      continue;
    }
    const felt = feelingAttribution(doc, i, range, minWords);
    if (felt !== null) {
      push(felt, felt.content.range.hi - 1);
      continue;
    }
    const verb = w.verbs.get(t.norm);
    if (verb === undefined) continue;
    if (verb.verdict) {
      const named = verdictAttribution(doc, i, verb, range, minWords);
      if (named !== null && 'range' in named.content) push(named, named.content.range.hi - 1);
      continue;
    }
    // Title case ("County Says Trump Should Win") allows a capitalised verb, never a noun-like one.
    if (/^\p{Lu}/u.test(t.text) && (w.nounLike.has(verb.lemma) || verb.form === 'base' || verb.form === 'ing' || prevContent(doc, i, range.lo) < 0)) continue;
    const n = nextContent(doc, i, range.hi);
    if (n >= 0 && w.blockers.get(verb.lemma)?.has(tok(doc, n).norm)) continue;
    // "a statement first reported by CNN": a passive participle names no speaker before it.
    // "Castoria was accused by X of …" names its accuser there, read as a passive below.
    if (n >= 0 && verb.form === 'ed' && tok(doc, n).norm === 'by' && !(verb.charge !== undefined && BE.has(tok(doc, prevContent(doc, i, range.lo))?.norm ?? ''))) continue;
    const progressive = verb.form === 'ing' && isProgressive(doc, i, range.lo);
    if (verb.form === 'ing' && !progressive) {
      const p = prevContent(doc, i, range.lo);
      // "sources saying …", "reports claiming that …": the noun is the speaker; so is X in ", with X telling …".
      const source = p >= 0 && SOURCE.has(tok(doc, p).norm) ? { first: p, last: p } : withSubject(doc, p, range.lo);
      // ", insisting that …", "by denying …", "issued a statement disputing …".
      if (source === null && p >= 0 && !PARTICIPLE_OPENERS.has(tok(doc, p).norm) && !w.settingNouns.has(tok(doc, p).norm)) continue;
      const content = forwardContent(doc, i, verb, range, minWords, false);
      if (content !== null && !answered(doc, verb, content)) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: source, content }, i);
      continue;
    }
    // "… and said (that) …", "denied it and blames …": a second verb of the clause's speaker.
    const conj = prevContent(doc, i, range.lo);
    if (conj >= 0 && tok(doc, conj).norm === 'and' && (verb.form === 's' || verb.form === 'ed') && !w.nounLike.has(verb.lemma)) {
      const content = forwardContent(doc, i, verb, range, minWords, false);
      if (content !== null) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: null, speakerFrom: 'coordinated', content }, endOf(doc, content));
      continue;
    }
    // "went on to say that …": the subject of "went" says it.
    const goingOn = verb.form === 'base' ? goingOnStart(doc, i, range.lo) : -1;
    let speaker = verb.invertedOnly ? null : subjectBefore(doc, goingOn >= 0 ? goingOn : progressive ? firstParticiple(doc, i, range.lo) : i, range.lo);
    if (speaker !== null && verb.form === 'ed' && isPassive(doc, speaker.last, i)) {
      // "Castoria was accused of … (by X)": a claim of X, or of no one named.
      const accused = verb.charge === undefined ? null : passiveAccusation(doc, speaker, i, verb.charge, range);
      if (accused !== null) {
        const by = accused.speaker === null ? { speaker: null, speakerFrom: 'none' as const } : { speaker: accused.speaker };
        push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: 'asserts', ...by, content: { range: accused.content }, pieces: accused.pieces }, accused.content.hi - 1);
      }
      // "It was claimed that …": a claim no one is named for.
      const that = nextContent(doc, i, range.hi);
      if (tok(doc, speaker.first).norm === 'it' && speaker.first === speaker.last && that >= 0 && tok(doc, that).norm === 'that') {
        const content = forwardContent(doc, i, verb, range, minWords, true);
        if (content !== null) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: null, speakerFrom: 'none', content }, endOf(doc, content));
      }
      continue;
    }
    const next = n >= 0 ? tok(doc, n).norm : '';
    // "eight states with …", "primary contests": a noun-like lemma's bare and -s forms need "that" or a pronoun;
    // "Cole claims: …" takes a colon too, "Editor's note: …" does not.
    if (speaker !== null && (verb.form === 'base' || verb.form === 's') && w.nounLike.has(verb.lemma) && next !== 'that' && !(next === ':' && verb.form === 's' && !isPossessive(tok(doc, speaker.last))) && !isPronoun(doc, tok(doc, speaker.first))) continue;
    let before = speaker === null ? -1 : prevContent(doc, speaker.first, range.lo);
    // "“…,” Mr. Rubio said": the honorific stands outside the speaker's phrase (a clause opener
    // there, see CLAUSE_OPENERS), not between the quotation and the speaker.
    if (before >= 0 && w.honorifics.has(tok(doc, before).norm)) before = prevContent(doc, before, range.lo);
    let cueEnd = i;
    if (speaker === null) {
      const p = prevContent(doc, i, range.lo);
      if (p < 0 || !(tok(doc, p).text === ',' || isClosingQuote(doc, p) || isDash(tok(doc, p)))) continue;
      // Only a finite form inverts ("…,” said Khan); "state broadcaster" is no verb.
      if (verb.form !== 'ed' && verb.form !== 's') continue;
      speaker = subjectAfter(doc, i, range.hi);
      if (speaker === null || !endsClause(doc, speaker, range.hi)) continue;
      before = p;
      cueEnd = speaker.last;
      speaker = issuerOf(doc, speaker, range.hi) ?? speaker;
    }
    const cue = { cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker };
    const explicit = forwardContent(doc, cueEnd, verb, range, minWords, true);
    let backward = before >= 0 && (tok(doc, before).text === ',' || isClosingQuote(doc, before) || isDash(tok(doc, before)))
      ? contentBefore(doc, before, regionLo) : null;
    // "Speaking at the briefing, Khan said that …": an opening adverbial is no content when
    // content follows the verb; "Also found was a record …, he said" has none after it.
    if (backward !== null && 'range' in backward && (explicit !== null || (opensAdverbial(doc, backward.range.lo) && forwardContent(doc, cueEnd, verb, range, minWords, false) !== null))) backward = null;
    // "Hours later, Intel said the event was canceled": a verb that takes its object right after
    // it ends no content before the comma; what stood there opened the sentence.
    if (backward !== null && 'range' in backward && takesObject(doc, cueEnd, verb, range, minWords)) backward = null;
    // "DAMASCUS, (ST)- The ministry refuted …": a dateline before a dash is no content.
    if (backward !== null && 'range' in backward && isDash(tok(doc, before)) && isDateline(doc, backward.range, range.lo)) backward = null;
    if (backward !== null && countWordsOf(doc, backward) >= minWords) {
      push({ ...cue, content: backward }, cueEnd);
      const more = forwardContent(doc, cueEnd, verb, range, minWords, true);
      if (more !== null) push({ ...cue, content: more }, endOf(doc, more));
      continue;
    }
    const forward = forwardContent(doc, cueEnd, verb, range, minWords, false);
    // ", whom Hersh claimed had assisted …": the antecedent is the clause's subject.
    const relative = forward !== null && 'range' in forward && speaker !== null ? relativeSubject(doc, speaker, forward.range, range.lo, range.hi) : null;
    if (relative !== null) push({ ...cue, content: { range: { lo: relative[0].lo, hi: relative[1].hi } }, pieces: relative, subjectPiece: true }, relative[1].hi - 1);
    else if (forward !== null && !answered(doc, verb, forward)) push({ ...cue, content: forward }, endOf(doc, forward));
    else if (n >= 0 && tok(doc, n).text === ':' && nextContent(doc, n, range.hi) < 0) push({ ...cue, content: { next: true } }, n);
  }
  return withCharges(doc, out);
}

/** "is suggesting", "he's predicting", "are saying": a finite use of the -ing form. */
function isProgressive(doc: Doc, i: number, lo: number): boolean {
  let p = prevContent(doc, firstParticiple(doc, i, lo), lo);
  if (p >= 0 && /ly$/.test(tok(doc, p).norm)) p = prevContent(doc, p, lo);
  if (p < 0) return false;
  const n = tok(doc, p).norm;
  return BE.has(n) || /'(?:s|re|m)$/.test(n) && isPronoun(doc, tok(doc, p));
}

/** "are defending and denying": the first of two coordinated participles, which carries the auxiliary. */
function firstParticiple(doc: Doc, i: number, lo: number): number {
  const p = prevContent(doc, i, lo);
  if (p < 0 || tok(doc, p).norm !== 'and') return i;
  const q = prevContent(doc, p, lo);
  return q >= 0 && tok(doc, q).kind === 'word' && /ing$/.test(tok(doc, q).norm) ? q : i;
}

const BE = new Set(BE_FORMS);

/** "had been informed", "was told": the subject is the hearer, not the speaker. */
function isPassive(doc: Doc, from: number, cue: number): boolean {
  for (let j = from + 1; j < cue; j++) if (BE.has(tok(doc, j).norm)) return true;
  return false;
}

/** Whether a clause opens with an adverbial ("Speaking at …", "Despite …", "In a statement …"). */
function opensAdverbial(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an' || isPronoun(doc, t)) return false;
  return doc.words.clauseOpeners.has(t.norm) || (t.kind === 'word' && /(?:ing|ly)$/.test(t.norm)) || doc.words.adverbialStarters.has(t.norm);
}

/** Prepositions that open what a content is about or where it was said, not a clause: "said of the plan", "said in Iowa". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'in', 'on', 'at', 'to', 'from', 'during', 'with', 'for', 'after', 'before']);

/**
 * Whether the cue ending at `cueEnd` takes its content right after it, a word and no
 * punctuation between ("Intel said the event was canceled"), that content no phrase opening
 * with a preposition ("…, Smith said of the proposal").
 */
function takesObject(doc: Doc, cueEnd: number, verb: VerbInfo, range: Range, minWords: number): boolean {
  const n = nextContent(doc, cueEnd, range.hi);
  if (n < 0 || tok(doc, n).kind !== 'word' || OBJECT_PREPOSITIONS.has(tok(doc, n).norm)) return false;
  const forward = forwardContent(doc, cueEnd, verb, range, minWords, false);
  return forward !== null && 'range' in forward && !OBJECT_PREPOSITIONS.has(tok(doc, forward.range.lo).norm);
}

/** Whether a content after "responded", "replying" is only what was answered: it opens with "to" ("to the journalist's inquiry"). */
function answered(doc: Doc, verb: VerbInfo, content: { quote: number } | { range: Range } | { next: true }): boolean {
  return doc.words.answering.has(verb.lemma) && 'range' in content && tok(doc, content.range.lo).norm === 'to';
}

function countWordsOf(doc: Doc, c: { quote: number } | { range: Range }): number {
  if ('quote' in c) {
    const q = doc.quotes[c.quote] as QuoteSpan;
    return q.end > q.start ? Number.MAX_SAFE_INTEGER : 0;
  }
  return countWords(doc, c.range.lo, c.range.hi);
}

function endOf(doc: Doc, c: { quote: number } | { range: Range }): number {
  if ('range' in c) return c.range.hi - 1;
  return tokenIndexAt(doc, (doc.quotes[c.quote] as QuoteSpan).end);
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
 * `MAX_SOURCE_WORDS`, no quotation or reporting verb among them; null when none.
 */
function sourceUpTo(doc: Doc, to: number, hi: number): Mention | null {
  const first = nextContent(doc, to, hi);
  let last = -1;
  for (let k = first, n = 0; k >= 0; k = nextContent(doc, k, hi), n++) {
    const t = tok(doc, k);
    if (t.text === ',' || /^[.;:!?]+$/.test(t.text)) break;
    if (n >= MAX_SOURCE_WORDS || (doc.quoteOf[k] ?? -1) >= 0 || doc.words.verbs.has(t.norm)) return null;
    if (t.kind === 'word' || t.kind === 'number') last = k;
  }
  return last < 0 ? null : { first, last };
}

/** ", with press secretary Ann Cole telling …": the phrase after "with" ending at `p`, or null. */
function withSubject(doc: Doc, p: number, lo: number): Mention | null {
  if (p < 0 || !isCapitalised(tok(doc, p))) return null;
  const m = phraseEndingAt(doc, p, lo);
  if (m === null) return null;
  const w = prevContent(doc, m.first, lo);
  return w >= 0 && tok(doc, w).norm === 'with' ? m : null;
}

/**
 * "read a statement on the club's website", "said a statement from the ministry": the body that
 * issued the text named after it, or null.
 */
function issuerOf(doc: Doc, m: Mention, hi: number): Mention | null {
  if (!isIssuedText(tok(doc, m.last).norm)) return null;
  const prep = nextContent(doc, m.last, hi);
  if (prep < 0 || !['on', 'from', 'by'].includes(tok(doc, prep).norm)) return null;
  const k = nextContent(doc, prep, hi);
  if (k < 0) return null;
  const body = phraseStartingAt(doc, k, hi);
  if (body === null) return null;
  // "on the club's website": the owner of the page.
  for (let j = body.first; j <= body.last; j++) if (isPossessive(tok(doc, j))) return { first: body.first, last: j };
  const head = tok(doc, body.last);
  return !PAGE.has(head.norm) && (isCapitalised(head) || doc.words.organisations.has(head.norm)) ? body : null;
}
