import { CLAUSE_RESUMING_VERBS } from '../lexicon/attribution';
import { isDash, nextContent, tok, type Doc } from './doc';
import { startsShareClause } from './quantity-subjects';
import { opensClaimAppositive } from './reported-speech';
import { phraseStartingAt } from './speakers';

// Where reported content ends: the sentence's end, or where another clause of reporting begins.

const RESUMING = new Set(CLAUSE_RESUMING_VERBS);
/** Words after which a poll's next share may begin (a comma too): "…, while 22 percent said". */
const SHARE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/**
 * The end (exclusive token index) of content starting at `from`: the sentence end, a
 * semicolon, or a comma or dash before a participle cue (", adding that"), "according to",
 * or an appositive claim (", a claim denied by …"); with `inRelative` (the cue stands in a
 * relative clause, see `cueInRelativeClause`), also a comma before "is", "are", "was" or
 * "were", where the clause the relative one interrupted resumes. Quoted tokens never end it.
 */
export function contentEnd(doc: Doc, from: number, hi: number, inRelative = false): number {
  const w = doc.words;
  let openDash = false;
  for (let i = from; i < hi; i++) {
    const t = tok(doc, i);
    if (t.kind === 'space' || (doc.quoteOf[i] ?? -1) >= 0) continue;
    if (t.text === ';') return i;
    if (i > from && (SHARE_JOINS.has(t.norm) || t.text === ',')) {
      const n = nextContent(doc, i, hi);
      // "denied selling the park and blames the mayor", "says she respects him but argues that …":
      // a second reporting verb of the speaker; "half said they would vote and a third said …":
      // another speaker's.
      if ((t.norm === 'and' || t.norm === 'but') && n >= 0 && (reportingVerbAt(doc, n, hi) || opensReportingClause(doc, n, hi))) return i;
      // "74 percent said they are set, while 22 percent said they might change": a poll's next share.
      const m = n >= 0 && tok(doc, n).norm === 'while' ? nextContent(doc, n, hi) : n;
      if (m >= 0 && startsShareClause(doc, m, hi)) return i;
    }
    if (t.text !== ',' && !isDash(t)) continue;
    // A dash with no partner before the end opens the reporter's aside ("… to Congress — hours
    // after the report"); a pair sets off the speaker's own parenthesis, and the second closes it.
    // A dash glued to the word before breaks a word across a line ("con- clusion"): no aside.
    if (isDash(t) && tok(doc, i - 1)?.kind === 'space') {
      if (openDash) openDash = false;
      else if (closedDash(doc, i, hi)) openDash = true;
      else return i;
    }
    const n = nextContent(doc, i, hi);
    if (n < 0) continue;
    const v = w.verbs.get(tok(doc, n).norm);
    if (v !== undefined && v.form === 'ing') return i;
    if (tok(doc, n).norm === 'according') return i;
    if (opensClaimAppositive(doc, n, hi)) return i;
    if (t.text === ',' && startsAttribution(doc, n, hi)) return i;
    if (t.text === ',' && tok(doc, n).norm === 'with' && withParticiple(doc, n, hi)) return i;
    // "The crew, who the captain said had seen nothing, were questioned": the clause closes.
    if (inRelative && t.text === ',' && RESUMING.has(tok(doc, n).norm)) return i;
  }
  return hi;
}

/** Whether another dash closes the one at `i` before `hi`: "the plan — its second — failed". */
function closedDash(doc: Doc, i: number, hi: number): boolean {
  for (let j = i + 1; j < hi; j++) if ((doc.quoteOf[j] ?? -1) < 0 && isDash(tok(doc, j))) return true;
  return false;
}

/**
 * "… and about three in 10 said they want an outsider": a speaker phrase and a finite reporting
 * verb with its own content after it ("that", or a clause's first word), not a verb of the
 * content ("and the mayor's aides" … "said" read nowhere near).
 */
function opensReportingClause(doc: Doc, n: number, hi: number): boolean {
  const m = phraseStartingAt(doc, n, hi);
  return m !== null && reportingVerbAt(doc, nextContent(doc, m.last, hi), hi, true);
}

/**
 * Whether a reporting verb of a finite form stands at `k`, past up to three auxiliaries,
 * negations and adverbs ("also noted", "did not suggest", "has repeatedly said"; a base form
 * after an auxiliary), not a noun-like one ("claims"); with `asserting`, only one that asserts.
 */
function reportingVerbAt(doc: Doc, k: number, hi: number, asserting = false): boolean {
  const w = doc.words;
  let auxiliary = false;
  for (let g = 0; g < 3 && k >= 0; g++) {
    const t = tok(doc, k);
    const filler = w.auxiliaries.has(t.norm) || w.negations.has(t.norm) || t.norm === 'also' || (t.kind === 'word' && /^\p{Ll}+ly$/u.test(t.text));
    if (!filler) break;
    auxiliary ||= w.auxiliaries.has(t.norm);
    k = nextContent(doc, k, hi);
  }
  const verb = k < 0 ? undefined : w.verbs.get(tok(doc, k).norm);
  if (verb === undefined || w.nounLike.has(verb.lemma) || (asserting && verb.stance !== 'asserts')) return false;
  return verb.form === 's' || verb.form === 'ed' || (auxiliary && verb.form === 'base');
}

/** ", state media reported on Sunday": a speaker and a finite reporting verb after a comma. */
function startsAttribution(doc: Doc, n: number, hi: number): boolean {
  const m = phraseStartingAt(doc, n, hi);
  if (m === null) return false;
  let v = nextContent(doc, m.last, hi);
  for (let g = 0; g < 3 && v >= 0 && (doc.words.auxiliaries.has(tok(doc, v).norm) || tok(doc, v).norm === 'also'); g++) v = nextContent(doc, v, hi);
  const verb = v < 0 ? undefined : doc.words.verbs.get(tok(doc, v).norm);
  if (verb === undefined || (verb.form !== 's' && verb.form !== 'ed')) return false;
  const after = nextContent(doc, v, hi);
  return after < 0 || /^[,.;:!?]$/.test(tok(doc, after).text) || doc.words.adverbialStarters.has(tok(doc, after).norm) || tok(doc, after).norm === 'that';
}

/** ", with Ann Cole telling reporters …": "with", a speaker phrase and a reporting participle. */
function withParticiple(doc: Doc, withAt: number, hi: number): boolean {
  const m = phraseStartingAt(doc, nextContent(doc, withAt, hi), hi);
  if (m === null) return false;
  const v = doc.words.verbs.get(tok(doc, nextContent(doc, m.last, hi))?.norm ?? '');
  return v !== undefined && v.form === 'ing';
}
