import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isOpeningQuote, isPossessive, nextContent, prevContent, tok, type Doc } from './doc';

/**
 * What may follow "'s" read as "has" and a participle of saying: "Trump's claimed that …", "the
 * party's disputed the result", "she's denied it", "he's claimed to …".
 */
const AFTER_HAS: ReadonlySet<string> = new Set([...PHRASE_DETERMINERS, ...OBJECT_PRONOUNS, 'to', 'that', ':', ',']);

/** Words whose "'s" is "is" or "has", never a possessive: "he's predicted big wins". */
const CONTRACTED: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'what', 'who', 'there', 'here', 'where', 'everyone', 'nobody', 'someone', 'one']);

/**
 * Participles of saying that stand as adjectives after a possessive ("the GOP's contested
 * convention", "Trump's stated goal", "the delegates' pledged votes"); "Kestin's denied
 * allegations" and "Kestin's claimed victory" are as often "has denied", "has claimed": left to
 * the verb.
 */
const ADJECTIVAL: ReadonlySet<string> = new Set(['contested', 'disputed', 'reported', 'stated', 'alleged', 'purported', 'rumored', 'rumoured', 'pledged', 'announced', 'professed', 'avowed', 'proclaimed']);

/**
 * Whether the participle at token `i` stands between a possessive and its noun, an adjective
 * ("the GOP's contested 1976 convention", "the county's disputed ballots"), not a verb of saying
 * after "'s" for "has" ("the GOP's contested the result"): what follows it opens no object, no
 * clause and no quotation.
 */
export function isPossessedParticiple(doc: Doc, i: number, lo: number, hi: number): boolean {
  if (!ADJECTIVAL.has(tok(doc, i).norm)) return false;
  const p = prevContent(doc, i, lo);
  if (p < 0 || !isPossessive(tok(doc, p)) || CONTRACTED.has(tok(doc, p).norm.slice(0, -2))) return false;
  const n = nextContent(doc, i, hi);
  return n >= 0 && !AFTER_HAS.has(tok(doc, n).norm) && !isOpeningQuote(doc, n);
}
