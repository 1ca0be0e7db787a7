import { FINITE_AUXILIARIES } from '../lexicon/function-words';
import { CLAUSE_SUBJECTS } from '../lexicon/pronouns';
import { isDash, nextContent, tok, type Doc, type Range } from './doc';
import { opensClaimAppositive } from './reported-speech';
import { phraseStartingAt, type Mention } from './speakers';

/** "…, a claim denied by Taliban officials": a denial of the clause before `boundary`. */
export interface AppositiveDenial {
  /** The comma or dash that ends the claimed clause. */
  readonly boundary: number;
  /** The denying verb. */
  readonly cue: number;
  readonly speaker: Mention;
}

/**
 * Finds appositive denials in a sentence: ", a claim denied by X", ", a charge X denies",
 * ", allegations that X denies", "— a claim X has always rejected", ", which X denies".
 * Each names the clause before it as a claim and X as its denier. O(sentence length).
 */
export function findAppositiveDenials(doc: Doc, range: Range): AppositiveDenial[] {
  const w = doc.words;
  const found: AppositiveDenial[] = [];
  for (let b = range.lo; b < range.hi; b++) {
    const t = tok(doc, b);
    if ((doc.quoteOf[b] ?? -1) >= 0 || (t.text !== ',' && !isDash(t))) continue;
    let k = nextContent(doc, b, range.hi);
    if (!opensClaimAppositive(doc, k, range.hi)) continue;
    if (w.appositiveDeterminers.has(tok(doc, k).norm)) k = nextContent(doc, k, range.hi);
    if (k >= 0 && w.claimNouns.has(tok(doc, k).norm)) k = nextContent(doc, k, range.hi);
    if (k >= 0 && (tok(doc, k).norm === 'that' || tok(doc, k).norm === 'which')) k = nextContent(doc, k, range.hi);
    if (k < 0) continue;
    const passive = w.verbs.get(tok(doc, k).norm);
    if (passive !== undefined && passive.stance === 'denies') {
      const by = nextContent(doc, k, range.hi);
      if (by < 0 || tok(doc, by).norm !== 'by') continue;
      const speaker = phraseStartingAt(doc, nextContent(doc, by, range.hi), range.hi);
      if (speaker !== null) found.push({ boundary: b, cue: k, speaker });
      continue;
    }
    const speaker = phraseStartingAt(doc, k, range.hi);
    if (speaker === null) continue;
    let v = nextContent(doc, speaker.last, range.hi);
    for (let g = 0; g < 4 && v >= 0 && w.auxiliaries.has(tok(doc, v).norm); g++) v = nextContent(doc, v, range.hi);
    const verb = v < 0 ? undefined : w.verbs.get(tok(doc, v).norm);
    if (verb !== undefined && verb.stance === 'denies') found.push({ boundary: b, cue: v, speaker });
  }
  return found;
}

/** What makes an opener a clause of its own: a finite verb of "be", "have", "do", a modal, or a pronoun subject. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, ...CLAUSE_SUBJECTS]);
const MAIN_CLAUSE_WORDS = 10;
/** Words a short opener before a comma may have ("Thank goodness,", "Frankly,", "In fact,"). */
const MAX_OPENER_WORDS = 3;

/**
 * The negation of reported content's main clause, as a token index, or -1 ("Afghanistan is not used as …",
 * "it does not allow …"): a negation among its first words, before any later comma or any
 * subordinating word. A short opener before a first comma ("Thank goodness, …", "In 2015, …",
 * "John, you did not pay") is passed over, unless it is a clause of its own (a verb or a pronoun
 * subject: "It's true, I haven't …") or "not" follows it ("The pier, not the ferry, was closed":
 * a contrast). "not only" and negations inside "because …" clauses do not count.
 */
export function negationInMainClause(doc: Doc, range: Range): number {
  const w = doc.words;
  let words = 0;
  let opener = true;
  for (let i = range.lo; i < range.hi && words < MAIN_CLAUSE_WORDS; i++) {
    const t = tok(doc, i);
    if (t.kind === 'space') continue;
    if (t.text === ',' && opener && words > 0 && words <= MAX_OPENER_WORDS) {
      // "Thank goodness, both of those things weren't true": the main clause starts after a
      // short opener; "The pier, not the ferry, was closed" contrasts, it denies nothing.
      const n = nextContent(doc, i, range.hi);
      if (n < 0 || tok(doc, n).norm === 'not') return -1;
      opener = false;
      words = 0;
      continue;
    }
    if (t.text === ',' || t.text === ';' || t.text === ':') return -1;
    if (t.kind !== 'word') continue;
    words++;
    if (t.norm === 'but' && words > 1) return -1;
    if (w.subordinators.has(t.norm) && words > 0 && !(words === 1 && t.norm === 'that')) return -1;
    if (w.negations.has(t.norm)) {
      const n = nextContent(doc, i, range.hi);
      return t.norm === 'not' && n >= 0 && tok(doc, n).norm === 'only' ? -1 : i;
    }
    // An opener with a verb is a clause of its own ("It's true, I haven't …", "I am 51, and …",
    // "She attracted fascination, …": a past form, but "indeed").
    if (w.verbs.has(t.norm) || CLAUSE_MARKS.has(t.norm.replace(/’/gu, "'")) || (/\p{L}ed$/u.test(t.norm) && t.norm !== 'indeed')) opener = false;
  }
  return -1;
}
