/**
 * What a denial calls untrue when it names it in a frame of its own: "it is false that X", "it's
 * not true that X", "the false news that refers to X", "these baseless reports which claimed X".
 * The denial denies X, not the rest of its sentence ("In view of the news of these last hours, the
 * club clarifies that it is false that …"): X is its proposition, which grouping and comparison
 * read in place of the whole quotation.
 */
import { COPULA_CONTRACTIONS, COPULAS, DISMISSAL_INTENSIFIERS, TRUTH_WORDS } from '../lexicon/stance';
import { countWords, tok, wordIndices, type Doc, type Range } from './doc';

const COPULA: ReadonlySet<string> = new Set([...COPULAS, ...COPULA_CONTRACTIONS]);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
const TRUTH: ReadonlySet<string> = new Set(TRUTH_WORDS);
/**
 * Verbs that tie a claim noun to what it claims: "the false news that refers to X", "reports
 * which claimed X". Without one, "the false news that appeared in A Bola" is a relative clause
 * about the news, not what it says.
 */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'refer', 'refers', 'referred', 'referring', 'claim', 'claims', 'claimed', 'claiming', 'say', 'says', 'said', 'saying',
  'suggest', 'suggests', 'suggested', 'suggesting', 'allege', 'alleges', 'alleged', 'alleging',
]);
/** Words a denied clause must hold, at least: "it is false that it did" names nothing. */
const MIN_WORDS = 3;
/** Punctuation that ends a clause: a frame never reaches across it, and the denied clause stops at it. */
const CLAUSE_END = /^[.;:!?\u2014\u2013]$/;
/** What may stand right before the "it" of a frame, so that "it" opens its own clause ("the club clarifies that it is false", "“It is false …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', ',', ':', ';', '(', '"', '“', '‘', "'", '\u2014', '\u2013']);

/** Whether no punctuation ending a clause stands between tokens `a` and `b`. */
function oneClause(doc: Doc, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (CLAUSE_END.test(tok(doc, i).text)) return false;
  return true;
}

/**
 * Whether the frame's "it" at token `at` opens a clause of the range: at its start, after a
 * sentence's end, or after "that", a comma, a colon, a dash or an opening quotation mark. "Nobody
 * can say it is false that …" and "the council had said it was false that …" frame nothing the
 * speaker denies.
 */
function opensClause(doc: Doc, at: number, lo: number): boolean {
  for (let i = at - 1; i >= lo; i--) {
    const t = tok(doc, i);
    if (t.kind === 'space') continue;
    return CLAUSE_OPENERS.has(t.norm) || CLAUSE_OPENERS.has(t.text) || /^[.!?]$/.test(t.text);
  }
  return true;
}

/**
 * Where the denied clause starts when the words before `w[k]` (a "that" or "which") close a frame
 * calling it untrue, as an index into `w`; -1 when they do not. An extraposed verdict ("it is
 * (utterly) false that", "it's not true that", "it is a lie that") takes the clause right after
 * "that"; a claim noun called untrue ("the false news that refers to", "these baseless reports
 * which claimed (that)") takes it after the verb that ties the noun to its content.
 */
function clauseAfterFrame(doc: Doc, w: readonly number[], k: number, lo: number): number {
  const norm = (j: number): string => (j >= 0 && j < w.length ? tok(doc, w[j] as number).norm.replace(/’/g, "'") : '');
  const words = doc.words;
  const last = k - 1;
  if (last < 0 || !oneClause(doc, w[last] as number, w[k] as number)) return -1;
  if (words.reportedClaimNouns.has(norm(last))) {
    let d = last - 1;
    while (d >= 0 && INTENSIFIER.has(norm(d)) && !words.dismissals.has(norm(d))) d--;
    if (!words.dismissals.has(norm(d)) || !LINKING_VERBS.has(norm(k + 1))) return -1;
    const next = norm(k + 2);
    return next === 'to' || next === 'that' ? k + 3 : k + 2;
  }
  if (norm(k) !== 'that') return -1;
  const truth = TRUTH.has(norm(last)) && norm(last - 1) === 'not';
  if (!truth && !words.dismissals.has(norm(last))) return -1;
  let j = last - (truth ? 2 : 1);
  while (j >= 0 && INTENSIFIER.has(norm(j))) j--;
  // "it is false that", or "it's false that", the contraction one word.
  let subject: number;
  if (norm(j) === "it's") subject = j;
  else if (COPULA.has(norm(j)) && norm(j - 1) === 'it') subject = j - 1;
  else return -1;
  return opensClause(doc, w[subject] as number, lo) ? k + 1 : -1;
}

/**
 * Where a denied clause starting at token `from` ends: a sentence's end, a semicolon, a colon or
 * a dash, or a relative clause about the news itself ("… and which, unfortunately, was echoed by
 * A Bola"); no trailing space or punctuation. A ", which" inside the clause ("the old pier, which
 * dates from 1900, was sold") is part of it.
 */
function clauseEnd(doc: Doc, from: number, hi: number): number {
  let end = hi;
  let previous = -1;
  for (let i = from; i < hi && end === hi; i++) {
    const t = tok(doc, i);
    if (t.kind === 'space') continue;
    if (CLAUSE_END.test(t.text)) end = i;
    else if (t.norm === 'which' && previous >= 0 && tok(doc, previous).norm === 'and') end = previous;
    previous = i;
  }
  while (end > from && tok(doc, end - 1).kind !== 'word' && tok(doc, end - 1).kind !== 'number') end--;
  return end;
}

/**
 * The clause a denial's own words call untrue (see the file comment), as a token range of
 * `range`, or null when it holds no such frame or the clause names fewer than `MIN_WORDS` words.
 * The first frame wins. O(range length).
 */
export function deniedComplement(doc: Doc, range: Range): Range | null {
  const w = wordIndices(doc, range);
  for (let k = 1; k < w.length; k++) {
    const that = tok(doc, w[k] as number).norm;
    if (that !== 'that' && that !== 'which') continue;
    const first = clauseAfterFrame(doc, w, k, range.lo);
    if (first < 0) continue;
    if (first >= w.length) return null;
    const lo = w[first] as number;
    const hi = clauseEnd(doc, lo, range.hi);
    return countWords(doc, lo, hi, MIN_WORDS) >= MIN_WORDS ? { lo, hi } : null;
  }
  return null;
}
