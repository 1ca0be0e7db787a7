import { nextContent, prevContent, tok, type Doc, type Range } from './doc';
import { phraseEndingAt, type Mention } from './speakers';

/**
 * A participle set off by commas between a speaker and their verb: "the ministry, denying the
 * reports, said …", "Pena Nieto, contradicting Trump, said …". Its speaker is the phrase before
 * the first comma, and what it takes ends at the second: the clause's own verb follows ("said the
 * pier was open" is the ministry's, not what it denied). Null when the cue at `i` (its previous
 * token `p`) is no such aside: no comma before it, no speaker phrase before that, or no comma and
 * reporting verb after it; `content` null when no word stands between the commas.
 */
export function asideParticiple(doc: Doc, i: number, p: number, range: Range): { speaker: Mention; content: Range | null } | null {
  if (p < 0 || tok(doc, p).text !== ',') return null;
  const before = prevContent(doc, p, range.lo);
  const speaker = before >= 0 ? phraseEndingAt(doc, before, range.lo) : null;
  if (speaker === null) return null;
  for (let k = nextContent(doc, i, range.hi); k >= 0; k = nextContent(doc, k, range.hi)) {
    const t = tok(doc, k);
    if ((doc.quoteOf[k] ?? -1) >= 0 || /^[.;:!?]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    const verb = nextContent(doc, k, range.hi);
    const form = verb >= 0 ? doc.words.verbs.get(tok(doc, verb).norm)?.form : undefined;
    if (form !== 'ed' && form !== 's') return null;
    const first = nextContent(doc, i, range.hi);
    return { speaker, content: first >= 0 && first < k ? { lo: first, hi: k } : null };
  }
  return null;
}
