import type { WordLists } from '../../lexicon/word-lists';
import { toTerms, type Term } from './terms';

/** Texts whose terms are kept per word lists: enough for a group's canonical and a run of pairs sharing a statement. */
export const TERM_CACHE_SIZE = 256;

const caches = new WeakMap<WordLists, Map<string, readonly Term[]>>();

/**
 * `toTerms`, remembered for the last `TERM_CACHE_SIZE` texts read with the same word lists and
 * reference day: the pipeline compares one statement with many (a group's canonical with each
 * member, a statement with each of its near pairs), and reading its terms is about a seventh of
 * a comparison. The terms are read-only, so sharing them changes nothing.
 */
export function cachedTerms(text: string, words: WordLists, reference?: number): readonly Term[] {
  let cache = caches.get(words);
  if (!cache) caches.set(words, (cache = new Map()));
  const key = reference === undefined ? text : `${reference}\u0000${text}`;
  let terms = cache.get(key);
  if (terms !== undefined) {
    cache.delete(key);
  } else {
    terms = toTerms(text, words, reference);
    if (cache.size >= TERM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, terms);
  return terms;
}
