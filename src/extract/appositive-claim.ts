import { nextContent, tok, type Doc, type Range } from './doc';
import { reportedClaim } from './reported-claims';

/**
 * The part of a clause that an appositive denial after it names as the claim (see
 * `findAppositiveDenials`): what a claim noun inside it reports ("… criticism about his own life,
 * including allegations that he assaulted his wife, which he has denied": "he assaulted his
 * wife"; see `reportedClaim`), or what "whether" asks ("the speculation centered on whether an
 * official had impeded the rescue - an allegation rejected by the inquiries": "an official had
 * impeded the rescue"), the last such in the clause; else the whole clause. O(clause length)
 * plus one `reportedClaim` per claim noun tried.
 */
export function appositiveClaim(doc: Doc, clause: Range): Range {
  const w = doc.words;
  for (let k = clause.hi - 1; k >= clause.lo; k--) {
    const t = tok(doc, k);
    if ((doc.quoteOf[k] ?? -1) >= 0) continue;
    if (w.reportedClaimNouns.has(t.norm)) {
      const inner = reportedClaim(doc, { lo: k, hi: clause.hi });
      if (inner !== null) return inner.content;
    } else if (t.norm === 'whether') {
      let after = nextContent(doc, k, clause.hi);
      // "whether or not the board hid the cracks": what is asked starts after "or not".
      const not = after >= 0 && tok(doc, after).norm === 'or' ? nextContent(doc, after, clause.hi) : -1;
      if (not >= 0 && tok(doc, not).norm === 'not') after = nextContent(doc, not, clause.hi);
      if (after >= 0) return { lo: after, hi: clause.hi };
    }
  }
  return clause;
}
