import { createWordNetLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import type { Lexicon } from '../lexicon/lexicon';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { ASSERT_VERBS, DENY_VERBS } from '../lexicon/reporting-verbs';

/** What turns a text into features: base forms and the words to leave out. */
export interface FeatureContext {
  readonly lexicon: Lexicon;
  /** Compared against lower-cased words and against their base forms. */
  readonly stopWords: ReadonlySet<string>;
  /** word -> base form, filled as words are met; bounded by the vocabulary. */
  readonly baseForms: Map<string, string>;
}

let builtInLexicon: Lexicon | undefined;

/**
 * Words that say little about which statement is reported, beyond the function words: more
 * prepositions, modals and discourse words. Data, like the other lists; replace it through
 * the `stopWords` option.
 */
export const GROUPING_STOP_WORDS: readonly string[] = [
  'against', 'between', 'after', 'before', 'during', 'through', 'under', 'within', 'across', 'among', 'via', 'per',
  'because', 'although', 'though', 'since', 'until', 'unless', 'would', 'will', 'can', 'could', 'should', 'may',
  'might', 'must', 'shall', 'all', 'any', 'some', 'more', 'most', 'other', 'only', 'now', 'how', 'why', 'get', 'go',
  'make', 'take', 'like', 'well', 'many', 'much', 'two', 'new', 'mr', 'mrs', 'ms', 'dr', 'year', 'week', 'day',
];

/**
 * Function words, negation cues and reporting verbs. Negation and the reporting cue are left out
 * on purpose: a denial and the claim it denies then share their features, and an attribution
 * tail ("…, he said") does not make two different quotes look alike.
 */
export function defaultStopWords(): string[] {
  return [...FUNCTION_WORDS, ...GROUPING_STOP_WORDS, ...NEGATION_CUES, ...ASSERT_VERBS, ...DENY_VERBS, 'according'];
}

export function createFeatureContext(lexicon?: Lexicon, stopWords?: readonly string[]): FeatureContext {
  return {
    lexicon: lexicon ?? (builtInLexicon ??= createWordNetLexicon()),
    stopWords: new Set(stopWords ?? defaultStopWords()),
    baseForms: new Map(),
  };
}

// Letters and digits, with inner apostrophes and hyphens ("Afghanistan's", "cross-border").
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** The shortest base form (ties: alphabetical), so "tried", "trying" and "tries" all give "try". */
function baseForm(word: string, ctx: FeatureContext): string {
  let base = ctx.baseForms.get(word);
  if (base !== undefined) return base;
  base = word;
  for (const lemma of ctx.lexicon.lemmas(word)) {
    if (lemma.length < base.length || (lemma.length === base.length && lemma < base)) base = lemma;
  }
  ctx.baseForms.set(word, base);
  return base;
}

/** Content words of a text as base forms, in text order, duplicates kept. Possessive 's dropped. */
export function contentWords(text: string, ctx: FeatureContext): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    let w = m[0].replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (ctx.stopWords.has(w)) continue;
    const base = baseForm(w, ctx);
    if (!ctx.stopWords.has(base)) out.push(base);
  }
  return out;
}

/** 32-bit FNV-1a, then a murmur3 finaliser so nearby strings spread over all bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A text's features: the hashes of its distinct content words, sorted ascending. */
export function featuresOf(text: string, ctx: FeatureContext): Uint32Array {
  const words = contentWords(text, ctx);
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = hashString(words[i] as string);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i] as number;
  }
  return hashes.slice(0, n);
}
