import { SOURCE_LINKS } from '../lexicon/attribution';
import { prevContent, tok, type Doc } from './doc';
import type { Mention } from './speakers';

/**
 * Where a speaker phrase really starts when a source is linked to the body, person or matter
 * it names ("sources close to the ministry", "a person familiar with the talks", see
 * `SOURCE_LINKS`; "investigators probing the crash"): at the source's own phrase before the
 * link, so what it names is not made the speaker. `first` is where the phrase was read to
 * start; it stays when no link precedes it. `phraseEndingAt` reads the source's phrase (passed
 * in: the speakers module calls this one).
 */
export function linkedSourceStart(doc: Doc, first: number, lo: number, phraseEndingAt: (doc: Doc, end: number, lo: number) => Mention | null): number {
  const preposition = prevContent(doc, first, lo);
  // "investigators probing the crash", "officials handling the case": a participle links them to what they work on.
  if (preposition >= 0 && /^\p{Ll}+ing$/u.test(tok(doc, preposition).text)) {
    // Only after a plural ("investigators", "people"): "a press briefing", "the board meeting" are nouns in "-ing".
    const before = prevContent(doc, preposition, lo);
    if (before < 0 || !isPlural(tok(doc, before).norm)) return first;
    const source = phraseEndingAt(doc, before, lo);
    return source === null ? first : source.first;
  }
  const adjective = preposition < 0 ? -1 : prevContent(doc, preposition, lo);
  if (adjective < 0) return first;
  const link = `${tok(doc, adjective).norm} ${tok(doc, preposition).norm}`;
  if (!SOURCE_LINKS.includes(link)) return first;
  const source = phraseEndingAt(doc, prevContent(doc, adjective, lo), lo);
  return source === null ? first : source.first;
}

/** Plurals without "s" a source may be. */
const PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'personnel']);

/** Whether a word is a plural noun: "investigators", "officials", "people"; not "press" or "business". */
function isPlural(word: string): boolean {
  return PLURALS.has(word) || /[^s]s$/u.test(word);
}
