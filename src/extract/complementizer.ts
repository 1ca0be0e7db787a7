import { SPEAKER_DETERMINERS } from '../lexicon/determiners';
import { isCapitalised, tok, type Doc } from './doc';

const DETERMINERS: ReadonlySet<string> = new Set(SPEAKER_DETERMINERS);

/**
 * Whether "that" at `p` opens a clause rather than points: a determiner or a name follows it
 * (at `next`: "told analysts that the chairman had said", "that Halvorsen's chairman"), where a
 * pointing "that" takes a plain noun ("that official"). A speaker phrase starts after it.
 */
export function complementizer(doc: Doc, p: number, next: number): boolean {
  if (tok(doc, p).norm !== 'that') return false;
  const t = tok(doc, next);
  return DETERMINERS.has(t.norm) || isCapitalised(t);
}
