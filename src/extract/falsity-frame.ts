/**
 * What a denial calls untrue when it names it in a frame of its own: "it is false that X", "it's
 * not true that X", "the false news that refers to X", "these baseless reports that X". The
 * denial denies X, not the rest of its sentence ("In view of the news of these last hours, the
 * club clarifies that it is false that …"): X is its proposition, which grouping and comparison
 * read in place of the whole quotation.
 */
import { COPULA_CONTRACTIONS, COPULAS, DISMISSAL_INTENSIFIERS, TRUTH_WORDS } from '../lexicon/stance';
import { tok, type Doc, type Range } from './doc';

const COPULA: ReadonlySet<string> = new Set([...COPULAS, ...COPULA_CONTRACTIONS, "'s"]);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
const TRUTH: ReadonlySet<string> = new Set(TRUTH_WORDS);
/** The subject of an extraposed frame: "it is false that …" (also "this is false: …" is a pointer, not a frame). */
const FRAME_SUBJECTS: ReadonlySet<string> = new Set(['it', "it's"]);
/** Verbs between a claim noun's "that" and what it claims: "the false news that refers to X", "reports that claim X". */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'refer', 'refers', 'referred', 'referring', 'claim', 'claims', 'claimed', 'claiming', 'say', 'says', 'said', 'saying',
  'suggest', 'suggests', 'suggested', 'suggesting', 'allege', 'alleges', 'alleged', 'alleging', 'state', 'states', 'stated',
]);
/** Words a denied clause must hold, at least: "it is false that it did" names nothing. */
const MIN_WORDS = 3;

/** The word tokens of a range (no spaces, punctuation or quotation marks), in order. */
function wordsOf(doc: Doc, range: Range): number[] {
  const out: number[] = [];
  for (let i = range.lo; i < range.hi; i++) {
    const kind = tok(doc, i).kind;
    if (kind === 'word' || kind === 'number') out.push(i);
  }
  return out;
}

/**
 * Whether the words before `w[k]` (a "that") close a frame that calls what follows untrue: an
 * extraposed verdict ("it is (utterly) false that", "it's not true that", "it is a lie that"), or
 * a claim noun called untrue ("the false news that", "these baseless reports that").
 */
function framesBefore(doc: Doc, w: readonly number[], k: number): boolean {
  const norm = (j: number): string => (j >= 0 && j < w.length ? tok(doc, w[j] as number).norm.replace(/’/g, "'") : '');
  const words = doc.words;
  let j = k - 1;
  // "the false news that", "such baseless allegations that".
  if (words.reportedClaimNouns.has(norm(j))) {
    let d = j - 1;
    while (d >= 0 && INTENSIFIER.has(norm(d)) && !words.dismissals.has(norm(d))) d--;
    return words.dismissals.has(norm(d)) || (norm(d) === 'fake');
  }
  // "… false that", "… not true that", "… a lie that"; "which" only after a claim noun.
  if (norm(k) !== 'that') return false;
  const untrue = words.dismissals.has(norm(j)) || (TRUTH.has(norm(j)) && norm(j - 1) === 'not');
  if (!untrue) return false;
  j -= TRUTH.has(norm(j)) ? 2 : 1;
  while (j >= 0 && INTENSIFIER.has(norm(j))) j--;
  if (COPULA.has(norm(j)) && FRAME_SUBJECTS.has(norm(j - 1))) return true;
  // "it's false that": the contraction is one word.
  return FRAME_SUBJECTS.has(norm(j)) && norm(j).endsWith("'s");
}

/**
 * Where a framed clause starting at token `from` ends: a sentence's end, a semicolon, or a
 * relative clause about the news itself (", and which, unfortunately, was echoed by A Bola",
 * ", which …"); no trailing space or punctuation.
 */
function clauseEnd(doc: Doc, from: number, hi: number): number {
  let end = hi;
  const before: number[] = [];
  for (let i = from; i < hi && end === hi; i++) {
    const t = tok(doc, i);
    if (t.kind === 'space') continue;
    if (/^[.;!?]$/.test(t.text)) end = i;
    else if (t.norm === 'which' && before.length > 0) {
      // The comma, or the "and" (after a comma or not), that opens the relative clause.
      const [p, q] = [before.at(-1) as number, before.at(-2)];
      if (tok(doc, p).text === ',') end = p;
      else if (tok(doc, p).norm === 'and') end = q !== undefined && tok(doc, q).text === ',' ? q : p;
    }
    before.push(i);
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
  const w = wordsOf(doc, range);
  for (let k = 1; k < w.length; k++) {
    const that = tok(doc, w[k] as number).norm;
    if ((that !== 'that' && that !== 'which') || !framesBefore(doc, w, k)) continue;
    let first = k + 1;
    // "the false news that refers to X", "reports that claim (that) X".
    if (LINKING_VERBS.has(tok(doc, w[first] as number)?.norm ?? '')) {
      first++;
      const next = tok(doc, w[first] as number)?.norm;
      if (next === 'to' || next === 'that') first++;
    }
    if (first >= w.length) return null;
    const lo = w[first] as number;
    const hi = clauseEnd(doc, lo, range.hi);
    return wordsOf(doc, { lo, hi }).length >= MIN_WORDS ? { lo, hi } : null;
  }
  return null;
}
