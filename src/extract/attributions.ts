import { PAGE_NOUNS, PARTICIPLE_OPENING_WORDS, SOURCE_NOUNS } from '../lexicon/attribution';
import type { Stance } from '../schema/statement';
import { countWords, isCapitalised, isPossessive, tokenIndexAt, isClosingQuote, isDash, nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { passiveAccusation, withCharges, type ChargePieces } from './accusations';
import { isUnsaid } from './unsaid';
import { isPossessedParticiple } from './possessed-participle';
import { isNegatedCue } from './negated-cue';
import { pluralNounUse } from './noun-use';
import { asideParticiple } from './aside-participle';
import { contentBefore, trimRange } from './reported-speech';
import { contentEnd } from './content-end';
import { isIssuedText } from './aliases';
import { endsClause, isPronoun, phraseEndingAt, phraseStartingAt, subjectAfter, subjectBefore, type Mention } from './speakers';
import type { QuoteSpan } from './quotes';
import type { VerbInfo } from './word-sets';
import { verdictAttribution } from './verdicts';
import { isDateline, withoutDateline } from './dateline';
import { goingOnStart } from './going-on';
import { feelingAttribution } from './stated-feelings';
import { relativeSubject } from './relative-subject';
import { forwardContent, takesObject, wholeQuote } from './forward-content';
import { accordingSource, sourceEnd } from './according-to';
import { BE_FORMS } from '../lexicon/function-words';
import { reducedRelative } from './reduced-relative';

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

/**
 * Finds the reporting cues of one sentence, outside quotations, and for each the speaker
 * phrase and the content: forward ("X said (that) …", "X denied …", "according to X, …"),
 * backward ("…, X said." / "“…,” said X" / "…, according to X") or a participle
 * (", insisting that …"). An accusation's content comes with its pieces, the accused and the
 * charge, passive ones read here and active ones by `withCharges`. O(sentence length × a
 * small lookahead).
 */
export function findAttributions(doc: Doc, sentence: Range, minWords: number): Attribution[] {
  // "PORT ELLIS, June 10 (Northwire) - …": the dateline is no part of what is said.
  const range = withoutDateline(doc, sentence);
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
      const source = accordingSource(doc, to, range.hi);
      if (source === null) continue;
      const cue = { cueFirst: i, cueLast: to, lemma: 'according to', stance: 'asserts' as Stance, speaker: source };
      const p = prevContent(doc, i, range.lo);
      const before = p < 0 ? null : contentBefore(doc, p, regionLo);
      const after = sourceEnd(doc, source.last, range.hi, p < 0);
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
    // "never said …", "did not deny …": nothing said (see `isNegatedCue`).
    if (verb === undefined || isNegatedCue(doc, i, range.lo) || pluralNounUse(doc, i, verb, range)) continue;
    if (verb.verdict) {
      const named = verdictAttribution(doc, i, verb, range, minWords);
      if (named !== null && 'range' in named.content) push(named, named.content.range.hi - 1);
      continue;
    }
    // Title case ("County Says Trump Should Win") allows a capitalised verb, never a noun-like one.
    if (/^\p{Lu}/u.test(t.text) && (w.nounLike.has(verb.lemma) || verb.form === 'base' || verb.form === 'ing' || prevContent(doc, i, range.lo) < 0)) continue;
    const n = nextContent(doc, i, range.hi);
    if (n >= 0 && w.blockers.get(verb.lemma)?.has(tok(doc, n).norm)) continue;
    // "a statement first reported by CNN": a passive participle names no speaker before it ("Castoria was accused by X of …" is read below).
    if (n >= 0 && verb.form === 'ed' && tok(doc, n).norm === 'by' && !(verb.charge !== undefined && BE.has(tok(doc, prevContent(doc, i, range.lo))?.norm ?? ''))) continue;
    // "The mayor accused of taking bribes said …": a charge's participle after a common noun, no object, reports nothing.
    if (n >= 0 && verb.form === 'ed' && verb.charge === tok(doc, n).norm && reducedRelative(doc, i, range.lo)) continue;
    const progressive = verb.form === 'ing' && isProgressive(doc, i, range.lo);
    if (verb.form === 'ing' && !progressive) {
      const p = prevContent(doc, i, range.lo);
      // "sources saying …", "reports claiming that …": the noun is the speaker; so is X in ", with X telling …".
      const source = p >= 0 && SOURCE.has(tok(doc, p).norm) ? { first: p, last: p } : withSubject(doc, p, range.lo);
      // ", insisting that …", "by denying …", "issued a statement disputing …".
      if (source === null && p >= 0 && !PARTICIPLE_OPENERS.has(tok(doc, p).norm) && !w.settingNouns.has(tok(doc, p).norm)) continue;
      const aside = asideParticiple(doc, i, p, range);
      if (aside !== null) {
        if (aside.content !== null && countWords(doc, aside.content.lo, aside.content.hi) >= minWords) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: aside.speaker, content: { range: aside.content } }, aside.content.hi - 1);
        continue;
      }
      const content = forwardContent(doc, i, verb, range, minWords, false);
      if (content !== null && !answered(doc, verb, content)) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: source, content }, i);
      continue;
    }
    // "… and said (that) …", "denied it and blames …", "endorsed Clinton, but told …": a second verb of the clause's speaker.
    const conj = prevContent(doc, i, range.lo);
    if (conj >= 0 && (tok(doc, conj).norm === 'and' || tok(doc, conj).norm === 'but') && (verb.form === 's' || verb.form === 'ed') && !w.nounLike.has(verb.lemma)) {
      const content = forwardContent(doc, i, verb, range, minWords, false);
      if (content !== null) push({ cueFirst: i, cueLast: i, lemma: verb.lemma, stance: verb.stance, speaker: null, speakerFrom: 'coordinated', content }, endOf(doc, content));
      continue;
    }
    // "Mexico must rebut Trump's claims": owed or possible, not said (see `isUnsaid`); "the GOP's
    // contested convention" says nothing either (see `isPossessedParticiple`).
    if ((verb.form === 'base' || verb.form === 'ed') && isUnsaid(doc, i, range.lo)) continue;
    if (verb.form === 'ed' && isPossessedParticiple(doc, i, range.lo, range.hi)) continue;
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
    // The content after the cue, "that" or not: read once, when a check below first asks for it.
    let forwardRead: ReturnType<typeof forwardContent> | undefined;
    const forwardOf = (): ReturnType<typeof forwardContent> => (forwardRead === undefined ? (forwardRead = forwardContent(doc, cueEnd, verb, range, minWords, false)) : forwardRead);
    let backward = before >= 0 && (tok(doc, before).text === ',' || isClosingQuote(doc, before) || isDash(tok(doc, before)))
      ? contentBefore(doc, before, regionLo) : null;
    // "Speaking at the briefing, Khan said that …": an opening adverbial is no content when
    // content follows the verb; "Also found was a record …, he said" has none after it.
    if (backward !== null && 'range' in backward && (explicit !== null || (opensAdverbial(doc, backward.range.lo) && forwardOf() !== null))) backward = null;
    // "Asked if he would resign, Kestin said no": the question alone before the speaker is none of what they said.
    if (backward !== null && 'range' in backward && tok(doc, backward.range.lo).norm === 'asked' && !hasComma(doc, backward.range)) backward = null;
    // "Hours later, Intel said the event was canceled": a verb that takes its object right after
    // it ends no content before the comma; what stood there opened the sentence.
    if (backward !== null && 'range' in backward && takesObject(doc, cueEnd, range.hi, forwardOf)) backward = null;
    // "DAMASCUS, (ST)- The ministry refuted …": a dateline before a dash is no content.
    if (backward !== null && 'range' in backward && isDash(tok(doc, before)) && isDateline(doc, backward.range, range.lo)) backward = null;
    if (backward !== null && countWordsOf(doc, backward) >= minWords) {
      push({ ...cue, content: backward }, cueEnd);
      if (explicit !== null) push({ ...cue, content: explicit }, endOf(doc, explicit));
      continue;
    }
    const forward = forwardOf();
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

/**
 * "had been informed", "was told", "was widely accused": the subject is the hearer, not the
 * speaker. The form of "be" stands in the verb's own group, after the subject's last comma or
 * dash: in "Cruz, whose finish was poor, said", it belongs to the relative clause.
 */
function isPassive(doc: Doc, from: number, cue: number): boolean {
  for (let j = cue - 1; j > from; j--) {
    if ((tok(doc, j).text === ',' || isDash(tok(doc, j))) && (doc.quoteOf[j] ?? -1) < 0) return false;
    if (BE.has(tok(doc, j).norm)) return true;
  }
  return false;
}

/** Whether a clause opens with an adverbial ("Speaking at …", "Despite …", "In a statement …"). */
function opensAdverbial(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an' || isPronoun(doc, t)) return false;
  return doc.words.clauseOpeners.has(t.norm) || (t.kind === 'word' && /(?:ing|ly)$/.test(t.norm)) || doc.words.adverbialStarters.has(t.norm);
}

/** Whether a token range holds a comma. */
function hasComma(doc: Doc, r: Range): boolean {
  for (let i = r.lo; i < r.hi; i++) if (tok(doc, i).text === ',') return true;
  return false;
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
