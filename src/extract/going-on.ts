import { GOING_ON_FORMS } from '../lexicon/reporting-verbs';
import { prevContent, tok, type Doc } from './doc';

const GO: ReadonlySet<string> = new Set(GOING_ON_FORMS['go'] ?? []);
const PROCEED: ReadonlySet<string> = new Set(GOING_ON_FORMS['proceed'] ?? []);

/**
 * The first word of "went on to" or "proceeded to" right before the reporting verb at `cue`
 * ("Giuliani went on to say that …"): the verb's subject stands before it. -1 when the verb is
 * not so preceded ("declined to say" is not). O(1).
 */
export function goingOnStart(doc: Doc, cue: number, lo: number): number {
  const to = prevContent(doc, cue, lo);
  if (to < 0 || tok(doc, to).norm !== 'to') return -1;
  const before = prevContent(doc, to, lo);
  if (before < 0) return -1;
  if (PROCEED.has(tok(doc, before).norm)) return before;
  if (tok(doc, before).norm !== 'on') return -1;
  const go = prevContent(doc, before, lo);
  return go >= 0 && GO.has(tok(doc, go).norm) ? go : -1;
}
