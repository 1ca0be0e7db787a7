import { SPEAKER_DETERMINERS } from '../lexicon/determiners';
import { isCapitalised, prevContent, tok, type Doc } from './doc';

const DETERMINERS: ReadonlySet<string> = new Set(SPEAKER_DETERMINERS);

/**
 * Whether "that" at `p` opens a clause rather than points: a determiner or a name follows it
 * (at `next`: "told analysts that the chairman had said", "that Halvorsen's chairman"), where a
 * pointing "that" takes a plain noun ("that official"), and a cue comes just before it (see
 * `afterCue`). A speaker phrase starts after it.
 */
export function complementizer(doc: Doc, p: number, next: number): boolean {
  if (tok(doc, p).norm !== 'that') return false;
  const t = tok(doc, next);
  return (DETERMINERS.has(t.norm) || isCapitalised(t)) && afterCue(doc, p);
}

/** How many words before "that" a cue may stand: "told analysts that", "said in 2005 that". */
const CUE_REACH = 3;

/**
 * Whether a reporting verb stands a few words before "that" ("told analysts that …"): then
 * "that" opens what is told. A relative "that" follows its noun ("the report that Reuters
 * published said …"), and the phrase keeps it.
 */
function afterCue(doc: Doc, p: number): boolean {
  for (let k = prevContent(doc, p, 0), n = 0; k >= 0 && n < CUE_REACH; k = prevContent(doc, k, 0), n++) {
    // A finite form: "told", "says"; "the report that …" is a noun.
    const form = doc.words.verbs.get(tok(doc, k).norm)?.form;
    if (form === 'ed' || form === 's') return true;
  }
  return false;
}
