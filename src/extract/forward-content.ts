import { countWords, isOpeningQuote, nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { contentStartAfter, cueInRelativeClause, trimRange } from './reported-speech';
import { contentEnd } from './content-end';

// The content after a reporting cue: "X said (that) …", "X denied …".

const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** The quotation that is the whole of a content range (bar edge punctuation), or -1. */
export function wholeQuote(doc: Doc, range: Range): number {
  if (!isOpeningQuote(doc, range.lo)) return -1;
  const q = doc.quoteOf[range.lo] as number;
  for (let i = range.lo; i < range.hi; i++) {
    const t = tok(doc, i);
    if ((doc.quoteOf[i] ?? -1) !== q && t.kind !== 'space' && !/^[,.;:!?]+$/.test(t.text)) return -1;
  }
  return q;
}

/**
 * The content after a cue (its last token `cueLast`), from where `contentStartAfter` finds it to
 * where `contentEnd` ends it: a whole quotation or a range of `minWords` words at least; with
 * `explicitOnly`, only one announced by "that", a colon or a quotation mark. Null when none.
 */
export function forwardContent(doc: Doc, cueLast: number, verb: Parameters<typeof contentStartAfter>[2], range: Range, minWords: number, explicitOnly: boolean): { quote: number } | { range: Range } | null {
  const start = contentStartAfter(doc, cueLast, verb, range.hi);
  if (start === null || (explicitOnly && !start.explicit)) return null;
  const first = tok(doc, start.at);
  // "said after the vote", "said as he left": the adverbial of the saying; "said if elected he
  // would …" states a condition of what it says.
  if (!start.explicit && (doc.words.verbs.get(first.norm)?.form === 'ed' || (doc.words.subordinators.has(first.norm) && !CONDITIONS.has(first.norm)))) return null;
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

/** Prepositions that open what a content is about or where it was said, not a clause: "said of the plan", "said in Iowa". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'in', 'on', 'at', 'to', 'from', 'during', 'with', 'for', 'after', 'before']);

/**
 * Whether the cue ending at `cueEnd` takes its content right after it, a word and no
 * punctuation between ("Intel said the event was canceled"), that content no phrase opening
 * with a preposition ("…, Smith said of the proposal"). `forward`: the content after the cue
 * (`forwardContent`, read only when the word after the cue may open it).
 */
export function takesObject(doc: Doc, cueEnd: number, hi: number, forward: () => { quote: number } | { range: Range } | null): boolean {
  const n = nextContent(doc, cueEnd, hi);
  if (n < 0 || tok(doc, n).kind !== 'word' || OBJECT_PREPOSITIONS.has(tok(doc, n).norm)) return false;
  const content = forward();
  return content !== null && 'range' in content && !OBJECT_PREPOSITIONS.has(tok(doc, content.range.lo).norm);
}
