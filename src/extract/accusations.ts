/**
 * Accusations: "X blamed Y for Z", "X accused Y of Z", "Y was accused of Z by X". What X says is
 * "Y Z": the object (or the passive subject) and the charge, with the preposition and, in the
 * passive, the verb left out. The statement's span covers both; its pieces are the two parts.
 */
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isCapitalised, nextContent, tok, tokenIndexAt, type Doc, type Range } from './doc';
import type { Attribution } from './attributions';
import { trimRange } from './reported-speech';
import { contentEnd } from './content-end';
import { isPronoun, phraseStartingAt, type Mention } from './speakers';

const OBJECT = new Set(OBJECT_PRONOUNS);

/** The accused and what they are accused of: "Castoria" / "funding the raids". */
export type ChargePieces = readonly [Range, Range];

/** Words an accused phrase may have before the preposition: "the outgoing city council". */
const MAX_ACCUSED_WORDS = 6;

const STOPS = new Set([',', ';', ':']);

/**
 * The accused and the charge in the content of an active accusation ("Castoria for funding the
 * raids", with `prep` "for"), or null when no short phrase before `prep` names the accused.
 */
export function chargePieces(doc: Doc, range: Range, prep: string): ChargePieces | null {
  const at = prepositionAfter(doc, range.lo, range.hi, prep);
  if (at < 0) return null;
  const accused = trimRange(doc, range.lo, at);
  const charge = trimRange(doc, at + 1, range.hi);
  return accused === null || charge === null ? null : [accused, charge];
}

/**
 * The preposition `prep` that ends a short phrase starting at `lo`, or -1. Of several, the first
 * not followed by a capital: "the Port of Lisbon of hiding …" keeps the name whole.
 */
function prepositionAfter(doc: Doc, lo: number, hi: number, prep: string): number {
  let words = 0;
  let first = -1;
  for (let i = lo; i >= 0 && i < hi; i = nextContent(doc, i, hi)) {
    const t = tok(doc, i);
    if ((doc.quoteOf[i] ?? -1) >= 0 || STOPS.has(t.text)) break;
    if (t.norm === prep && words > 0) {
      const next = nextContent(doc, i, hi);
      if (next >= 0 && !isCapitalised(tok(doc, next))) return i;
      if (first < 0) first = i;
    }
    // "blamed a lack of funding for …": a verb before the preposition means it heads no accused phrase.
    if (t.kind === 'word' && (doc.words.verbs.has(t.norm) || doc.words.subordinators.has(t.norm))) break;
    if (t.kind === 'word' || t.kind === 'number') words++;
    if (words > MAX_ACCUSED_WORDS) break;
  }
  return first;
}

/** A passive accusation: the accuser when "by X" names one, the content range and its pieces. */
export interface PassiveAccusation {
  readonly speaker: Mention | null;
  readonly content: Range;
  readonly pieces: ChargePieces;
}

/** "by the ministry" closing `charge`: the accuser and where the charge ends without it. */
function trailingAgent(doc: Doc, charge: Range): { agent: Mention; hi: number } | null {
  for (let i = charge.lo; i < charge.hi; i++) {
    if (tok(doc, i).norm !== 'by' || (doc.quoteOf[i] ?? -1) >= 0) continue;
    const agent = phraseStartingAt(doc, nextContent(doc, i, charge.hi), charge.hi);
    if (agent === null || nextContent(doc, agent.last, charge.hi) >= 0) continue;
    const rest = trimRange(doc, charge.lo, i);
    if (rest !== null) return { agent, hi: rest.hi };
  }
  return null;
}

/**
 * "Castoria was accused of harbouring militants (by the ministry)", "Castoria was accused by the
 * ministry of harbouring militants": `subject` is the accused, `cue` the participle and `prep`
 * the verb's preposition. Null when the preposition does not follow.
 */
export function passiveAccusation(doc: Doc, subject: Mention, cue: number, prep: string, range: Range): PassiveAccusation | null {
  let speaker: Mention | null = null;
  let k = nextContent(doc, cue, range.hi);
  if (k >= 0 && tok(doc, k).norm === 'by') {
    // "by the ministry of harbouring …": the accuser ends before the preposition, which a name may hold.
    const p = prepositionAfter(doc, nextContent(doc, k, range.hi), range.hi, prep);
    speaker = p < 0 ? null : phraseStartingAt(doc, nextContent(doc, k, p), p);
    if (speaker === null) return null;
    k = nextContent(doc, speaker.last, range.hi);
  }
  if (k < 0 || tok(doc, k).norm !== prep) return null;
  const from = nextContent(doc, k, range.hi);
  if (from < 0) return null;
  let charge = trimRange(doc, from, contentEnd(doc, from, range.hi));
  if (charge === null) return null;
  const tail = speaker === null ? trailingAgent(doc, charge) : null;
  if (tail !== null) {
    speaker = tail.agent;
    charge = { lo: charge.lo, hi: tail.hi };
  }
  const accused = { lo: subject.first, hi: subject.last + 1 };
  return { speaker, content: { lo: accused.lo, hi: charge.hi }, pieces: [accused, charge] };
}

/**
 * The attributions of a sentence with the pieces of each accusation read from its content; an
 * accusing verb that is a cue only with its charge ("condemned Y for Z") is dropped without one.
 */
export function withCharges(doc: Doc, atts: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const a of atts) {
    const verb = doc.words.verbs.get(tok(doc, a.cueFirst).norm);
    if (verb?.charge === undefined || a.pieces !== undefined) {
      out.push(a);
      continue;
    }
    const pieces = 'range' in a.content ? chargePieces(doc, a.content.range, verb.charge) : null;
    if (pieces !== null) out.push({ ...a, pieces });
    else if (verb.chargeOnly !== true) out.push(a);
  }
  return out;
}

/**
 * Who denies an accusation in ", which she denies" / ", a charge it denies": a pronoun there
 * stands for the accused (the first of `content`, the accusation's pieces), not for the accuser
 * who spoke last. Any other denier is kept.
 */
export function accusedDenier(doc: Doc, denier: Mention, content: readonly (readonly [number, number])[] | undefined): Mention {
  const accused = content?.[0];
  if (accused === undefined || denier.first !== denier.last || !isPronoun(doc, tok(doc, denier.first))) return denier;
  const first = tokenIndexAt(doc, accused[0]);
  const last = tokenIndexAt(doc, accused[1]) - 1;
  // "accused him of lying, which he denies": a pronoun for a pronoun names no one new.
  return first === last && (isPronoun(doc, tok(doc, first)) || OBJECT.has(tok(doc, first).norm)) ? denier : { first, last };
}
