import { UNSAID_MODALS } from '../lexicon/modals';
import { prevContent, tok, type Doc } from './doc';

const UNSAID: ReadonlySet<string> = new Set(UNSAID_MODALS);

/** What may stand between such a modal and the verb: "must also rebut", "may have said", "should not deny". */
const BETWEEN: ReadonlySet<string> = new Set(['not', 'never', 'also', 'have', 'be', 'to']);

/**
 * Whether the reporting verb at `cue` is said to be owed or possible, not said: a modal of
 * obligation or possibility before it (see `UNSAID_MODALS`), past "not", "also", "have" ("may
 * have said") and adverbs in "-ly" ("must publicly deny"). "Mexico must rebut Trump's claims"
 * reports no denial by Mexico, and "Mexico must" is no speaker. O(words before the cue).
 */
export function isUnsaid(doc: Doc, cue: number, lo: number): boolean {
  for (let j = prevContent(doc, cue, lo), steps = 0; j >= 0 && steps < 4; j = prevContent(doc, j, lo), steps++) {
    const t = tok(doc, j);
    if (t.kind !== 'word') return false;
    if (UNSAID.has(t.norm)) return true;
    if (!BETWEEN.has(t.norm) && !/^\p{Ll}+ly$/u.test(t.text)) return false;
  }
  return false;
}
