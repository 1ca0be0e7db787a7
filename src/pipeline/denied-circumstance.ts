import { CIRCUMSTANCE_PREPOSITIONS } from '../lexicon/attribution';
import type { Segment } from '../schema/diff';
import { lowerWords } from '../text/lower-words';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { replacedSlots } from './denied-time';

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** The most words a side of a replaced circumstance holds: "in exchange for a large ransom". */
const MAX_SLOT_WORDS = 7;

/** The circumstance's preposition a stretch opens with ("by", "in exchange for"), longest first; null for none. */
function openingPreposition(text: string): string | null {
  const words = lowerWords(text);
  if (words.length === 0 || words.length > MAX_SLOT_WORDS) return null;
  let found: string | null = null;
  for (const p of CIRCUMSTANCE_PREPOSITIONS) {
    const parts = p.split(' ');
    if (parts.length < words.length && parts.every((w, i) => words[i] === w) && (found === null || parts.length > found.split(' ').length)) found = p;
  }
  return found;
}

/**
 * Whether a denial denies how or why the claim's event happened, where the claim tells another
 * way: the core aligns the event and leaves one side's circumstance removed beside the other's
 * added, each opening with another preposition ("denied that the prisoner was freed in exchange
 * for a ransom" against "the prisoner was freed by the courts"). The denial is of that
 * circumstance, which the claim does not state: the two may both be true, and the pair differs.
 * The same preposition on both sides ("by a missile" / "by a Russian missile") leaves the pair
 * as it was: one circumstance told two ways, or a paraphrase the lexicon lacks. `segments` are
 * the core's, in order, the claim on side `claimSide`. O(segments).
 */
export function deniesAnotherCircumstance(claim: string, denial: string, segments: readonly Segment[], claimSide: 'a' | 'b'): boolean {
  return replacedSlots(segments, claimSide).some(([said, denied]) => {
    const [x, y] = [claim.slice(...said), denial.slice(...denied)];
    const [p, q] = [openingPreposition(x), openingPreposition(y)];
    if (p === null || q === null || p === q) return false;
    // Each side names its circumstance within the slot ("by army" / "because of its" left "shelling" aligned after them: one circumstance).
    const [cx, cy] = [contentAfter(x, p), contentAfter(y, q)];
    return cx.length > 0 && cy.length > 0 && !cx.some((w) => cy.includes(w));
  });
}

/** The content words of a circumstance past its preposition. */
function contentAfter(text: string, preposition: string): string[] {
  return lowerWords(text).slice(preposition.split(' ').length).filter((w) => !FUNCTION.has(w));
}
