import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { isPossessive, prevContent, tok, type Doc, type Range } from './doc';
import type { VerbInfo } from './word-sets';

/** Determiners before a plural noun; not "this" or "that", which a verb may follow ("the party that rejects …"). */
const DETERMINERS: ReadonlySet<string> = new Set(PHRASE_DETERMINERS.filter((w) => w !== 'this' && w !== 'that'));

/**
 * Whether a cue's -s form at `i` is a plural noun, not a verb: after a determiner or a possessive
 * ("the factory's rejects were sold", "the denies and the confirms"). Not read from what follows
 * it: "who he says was influenced" is a verb before "was". Verbs that are nouns far more often
 * (`NOUN_LIKE_VERBS`) are held back otherwise.
 */
export function pluralNounUse(doc: Doc, i: number, verb: VerbInfo, range: Range): boolean {
  if (verb.form !== 's') return false;
  const p = prevContent(doc, i, range.lo);
  return p >= 0 && (DETERMINERS.has(tok(doc, p).norm) || isPossessive(tok(doc, p)));
}
