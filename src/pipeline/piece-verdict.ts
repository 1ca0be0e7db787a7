import { PIECE_NOUNS } from '../lexicon/pointer-words';
import type { Segment, Span } from '../schema/diff';
import type { ClaimDenialVerdict } from './claim-denial-pair';
import { trimmed } from './spans';

/** The noun that ends what a claim says of the piece ("We stand by our reporting"): one of `PIECE_NOUNS`. */
const PIECE_END = new RegExp(`\\b(?:${PIECE_NOUNS.join('|')})\\b`, 'iu');

/**
 * A claim and a denial on two sides of an outlet's piece ("We stand by our reporting" against
 * "its report was inaccurate": see `sidesWithPiece`): a contradiction of the piece's accuracy
 * that shares no words to align. The claim up to the piece it names faces the
 * whole denial as the contradicting segment (reason `stance`); the rest of the claim ("and the
 * sources who informed it") is its own, removed or added as the claim is side a or b.
 */
export function pieceVerdict(claim: string, denial: string, claimSide: 'a' | 'b'): ClaimDenialVerdict {
  const m = PIECE_END.exec(claim);
  const cut = m === null ? claim.length : m.index + m[0].length;
  const vouched = trimmed(claim, 0, cut);
  const rest = trimmed(claim, cut, claim.length);
  const sides = (c: Span | null, d: Span | null): Pick<Segment, 'a' | 'b'> => (claimSide === 'a' ? { a: c, b: d } : { a: d, b: c });
  const segments: Segment[] = [{ label: 'contradict', ...sides(vouched, trimmed(denial, 0, denial.length)), reasons: ['stance'] }];
  if (rest !== null) segments.push({ label: claimSide === 'a' ? 'removed' : 'added', ...sides(rest, null), reasons: [] });
  return { relation: 'contradict', segments, reasons: ['stance'] };
}
