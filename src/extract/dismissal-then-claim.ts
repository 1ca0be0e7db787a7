import { COPULA_CONTRACTIONS, COPULAS, DISMISSAL_INTENSIFIERS } from '../lexicon/stance';
import { countWords, nextContent, prevContent, tok, type Doc, type Range } from './doc';

const COPULA: ReadonlySet<string> = new Set([...COPULAS, ...COPULA_CONTRACTIONS]);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
/** Finite verbs that open a second predicate of the same subject: "… is false and has clear intentions for …". */
const FINITE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
/** The fewest words the second predicate holds: less is no statement of its own. */
const MIN_PREDICATE_WORDS = 3;

/**
 * Where a sentence turns from dismissing to asserting, on one subject: "this information is
 * totally false, absurd and has clear intentions for the reputation and dignity of the club".
 * The copula, dismissal words (with intensifiers, commas and "and" between them), then "and" and
 * a finite verb that opens a predicate of its own ("has", "is", a verb in -s), of
 * `MIN_PREDICATE_WORDS` words or more. The dismissal denies; what the second predicate says of
 * the thing dismissed (its intent, its source) is a claim of the speaker's own. The offsets
 * where the dismissal ends and the predicate begins, or null. O(sentence length).
 */
export function dismissalThenClaim(doc: Doc, range: Range): { before: number; from: number } | null {
  for (let i = range.lo; i < range.hi; i++) {
    if (tok(doc, i).kind !== 'word' || !COPULA.has(tok(doc, i).norm)) continue;
    let k = nextContent(doc, i, range.hi);
    let dismissed = -1;
    for (; k >= 0; k = nextContent(doc, k, range.hi)) {
      const t = tok(doc, k);
      if (t.kind === 'word' && doc.words.dismissals.has(t.norm)) dismissed = k;
      else if (t.norm === 'and' ? !dismissalNext(doc, k, range.hi) : !(t.text === ',' || INTENSIFIER.has(t.norm))) break;
    }
    if (dismissed < 0 || k < 0 || tok(doc, k).norm !== 'and') continue;
    const verb = nextContent(doc, k, range.hi);
    if (verb < 0 || !opensPredicate(doc, verb) || countWords(doc, verb, range.hi) < MIN_PREDICATE_WORDS) continue;
    const last = prevContent(doc, k, range.lo);
    return { before: tok(doc, tok(doc, last).text === ',' ? prevContent(doc, last, range.lo) : last).end, from: tok(doc, verb).start };
  }
  return null;
}

/** Whether the word after "and" at `k` is a dismissal too ("false and absurd"). */
function dismissalNext(doc: Doc, k: number, hi: number): boolean {
  const n = nextContent(doc, k, hi);
  return n >= 0 && doc.words.dismissals.has(tok(doc, n).norm);
}

/** A finite verb of the same subject: "has", "is", or a lower-case verb in -s that no dismissal is ("seeks", "aims"). */
function opensPredicate(doc: Doc, i: number): boolean {
  const t = tok(doc, i);
  if (t.kind !== 'word' || doc.words.dismissals.has(t.norm)) return false;
  return FINITE.has(t.norm) || (/^\p{Ll}+s$/u.test(t.text) && !t.norm.endsWith('ss'));
}
