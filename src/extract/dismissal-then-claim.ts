import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { COPULA_CONTRACTIONS, DISMISSAL_INTENSIFIERS } from '../lexicon/stance';
import { dismissesContent } from './content-stance';
import { countWords, nextContent, prevContent, tok, type Doc, type Range } from './doc';

/** The finite forms of "be" a dismissal may follow ("is false"); not "be" after a modal ("might be false"). */
const COPULA: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const CONTRACTED: ReadonlySet<string> = new Set(COPULA_CONTRACTIONS);
const INTENSIFIER: ReadonlySet<string> = new Set(DISMISSAL_INTENSIFIERS);
/** Finite verbs that open a second predicate of the same subject: "… is false and has clear intentions for …". */
const FINITE: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
/**
 * Words that make what comes before the copula more than a subject: a clause of another (a
 * relative, a conditional, a question), a negation, a report or a thought ("I never claimed the
 * report was false and …", "Nobody says …", "If the story is false and …", "What is false and …").
 */
const NO_SUBJECT: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'whether', 'if', 'why', 'when', 'where', 'how', 'unless', 'because', 'although',
  'not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor',
  'might', 'may', 'could', 'would', 'should', 'must', 'can', 'will', 'shall', 'do', 'does', 'did',
]);
/** Verbs of saying and thinking, which open another's words unless a determiner makes them a noun ("the claims are false and …"). */
const SAYING: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'claim', 'claims', 'claimed', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'doubt', 'deny', 'denies', 'denied',
]);
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there']);
/** The most words a plain subject holds. */
const MAX_SUBJECT_WORDS = 6;
/** The fewest words the second predicate holds: less is no statement of its own. */
const MIN_PREDICATE_WORDS = 3;

/**
 * Where a sentence of a quotation turns from dismissing to asserting, on one subject: "this
 * information is totally false, absurd and has clear intentions for the reputation and dignity
 * of the club". A plain subject opening the sentence or following a colon (no word of
 * `NO_SUBJECT` in it, `MAX_SUBJECT_WORDS` at most), "is", "are", "was" or "were", dismissal words
 * (with intensifiers, commas and "and" between them), then "and" and a finite verb of "have" or
 * "be" opening `MIN_PREDICATE_WORDS` words or more: not an obligation ("has to stop"), a question,
 * or a predicate that dismisses in turn. The dismissal denies; what the second predicate says of
 * the thing dismissed (its intent, its source) is a claim of the speaker's own. The subject's
 * span, and the offsets where the dismissal ends and the predicate begins; null for none.
 * O(sentence length).
 */
export function dismissalThenClaim(doc: Doc, range: Range): { subject: [number, number]; before: number; from: number } | null {
  const last = prevContent(doc, range.hi, range.lo);
  if (last < 0 || tok(doc, last).text === '?') return null;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if (t.kind !== 'word' || CONTRACTED.has(t.norm)) continue;
    const previous = prevContent(doc, i, range.lo);
    if (NO_SUBJECT.has(t.norm) || t.norm.endsWith("n't") || (SAYING.has(t.norm) && !(previous >= 0 && PHRASE_DETERMINERS.includes(tok(doc, previous).norm)))) return null;
    if (!COPULA.has(t.norm)) continue;
    const subject = subjectBefore(doc, i, range.lo);
    if (subject === null) return null;
    let k = nextContent(doc, i, range.hi);
    let dismissed = -1;
    for (; k >= 0; k = nextContent(doc, k, range.hi)) {
      const w = tok(doc, k);
      if (w.kind === 'word' && doc.words.dismissals.has(w.norm)) dismissed = k;
      else if (w.norm === 'and' ? !dismissalNext(doc, k, range.hi) : !(w.text === ',' || INTENSIFIER.has(w.norm))) break;
    }
    if (dismissed < 0 || k < 0 || tok(doc, k).norm !== 'and') return null;
    const verb = nextContent(doc, k, range.hi);
    const after = verb < 0 ? -1 : nextContent(doc, verb, range.hi);
    // "has to stop" is an obligation; "was it written …" a question.
    if (verb < 0 || !FINITE.has(tok(doc, verb).norm) || after < 0 || tok(doc, after).norm === 'to' || PRONOUNS.has(tok(doc, after).norm)) return null;
    if (countWords(doc, verb, range.hi) < MIN_PREDICATE_WORDS || dismissesContent(doc, { lo: verb, hi: range.hi })) return null;
    const end = prevContent(doc, k, range.lo);
    const before = tok(doc, end).text === ',' ? prevContent(doc, end, range.lo) : end;
    return { subject, before: tok(doc, before).end, from: tok(doc, verb).start };
  }
  return null;
}

/** The plain subject before the copula at `i`: its words back to the sentence's start or a colon, or null when there are none or too many. */
function subjectBefore(doc: Doc, i: number, lo: number): [number, number] | null {
  let first = -1;
  let words = 0;
  for (let k = prevContent(doc, i, lo); k >= 0; k = prevContent(doc, k, lo)) {
    const t = tok(doc, k);
    if (t.text === ':') break;
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    if (++words > MAX_SUBJECT_WORDS) return null;
    first = k;
  }
  return first < 0 ? null : [tok(doc, first).start, tok(doc, prevContent(doc, i, lo)).end];
}

/** Whether the word after "and" at `k` is a dismissal too ("false and absurd"). */
function dismissalNext(doc: Doc, k: number, hi: number): boolean {
  const n = nextContent(doc, k, hi);
  return n >= 0 && doc.words.dismissals.has(tok(doc, n).norm);
}
