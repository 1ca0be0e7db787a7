/**
 * Deterministic text pairs for the diff benchmark: an invented vocabulary (so no corpus is
 * needed and no real text is copied), a base text, and a rewording of it by word edits,
 * near-synonym swaps, inflections, insertions, deletions and moves — the edits news
 * rewordings are made of. The same seed gives the same pairs on every machine.
 */

export type Random = () => number;

/** mulberry32: tiny, fast, and good enough to drive text generation reproducibly. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'tre', 'sun', 'vo', 'ra', 'pel', 'dor', 'qui', 'zan', 'fe', 'bo', 'nu', 'shi', 'gar', 'len', 'tho'];
// Real function words, so the text has the frequent short tokens real sentences have.
const FUNCTION_WORDS = ['the', 'a', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'by', 'not', 'has'];
const SUFFIXES = ['s', 'ed', 'ing'];

export interface Vocabulary {
  words: readonly string[];
  /** Index of each word's invented near-synonym, so a swap is consistent across pairs. */
  partner: readonly number[];
}

export function makeVocabulary(random: Random, size = 3000): Vocabulary {
  const seen = new Set<string>();
  const words: string[] = [];
  // Bounded: the syllable space (18^1 + 18^2 + 18^3) is far larger than any size asked.
  for (let tries = 0; words.length < size && tries < size * 20; tries += 1) {
    const length = 1 + Math.floor(random() * 3);
    let word = '';
    for (let s = 0; s < length; s += 1) word += pick(random, SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const partner = words.map((_, i) => (i % 2 === 0 ? Math.min(i + 1, words.length - 1) : i - 1));
  return { words, partner };
}

/** A content word, skewed to the frequent end as real word frequencies are. */
function contentWord(random: Random, vocabulary: Vocabulary): number {
  return Math.floor(vocabulary.words.length * random() ** 3);
}

/** About `count` words of text in sentences of 8–20 words, with commas and full stops. */
export function baseText(random: Random, vocabulary: Vocabulary, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const length = 8 + Math.floor(random() * 13);
    for (let w = 0; w < length; w += 1) {
      let word = random() < 0.4 ? pick(random, FUNCTION_WORDS) : (vocabulary.words[contentWord(random, vocabulary)] ?? 'ka');
      if (w === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      if (w === length - 1) word += '.';
      else if (random() < 0.08) word += ',';
      out.push(word);
    }
  }
  return out;
}

/** Applies `edits` random edits; each touches one to six words. */
export function reword(random: Random, vocabulary: Vocabulary, words: readonly string[], edits: number): string[] {
  const out = [...words];
  const index = new Map(vocabulary.words.map((word, i) => [word, i]));
  const at = (): number => Math.floor(random() * out.length);
  for (let e = 0; e < edits && out.length > 2; e += 1) {
    const kind = Math.floor(random() * 6);
    const i = at();
    const word = out[i] ?? '';
    const span = 1 + Math.floor(random() * 3);
    if (kind === 0) {
      out[i] = vocabulary.words[contentWord(random, vocabulary)] ?? word;
    } else if (kind === 1) {
      const partner = vocabulary.partner[index.get(word) ?? -1];
      out[i] = partner === undefined ? pick(random, FUNCTION_WORDS) : (vocabulary.words[partner] ?? word);
    } else if (kind === 2) {
      out[i] = /^[a-z]+$/.test(word) ? word + pick(random, SUFFIXES) : word;
    } else if (kind === 3) {
      const inserted = Array.from({ length: span }, () => vocabulary.words[contentWord(random, vocabulary)] ?? 'ka');
      out.splice(i, 0, ...inserted);
    } else if (kind === 4) {
      out.splice(i, span);
    } else {
      const moved = out.splice(i, span + 2);
      out.splice(at(), 0, ...moved);
    }
  }
  return out;
}

export interface TextPair {
  a: string;
  b: string;
}

/** `count` pairs of about `words` words, with an edit for every ~`wordsPerEdit` words. */
export function makePairs(seed: number, count: number, words: number, wordsPerEdit = 8): TextPair[] {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random);
  return Array.from({ length: count }, () => {
    const base = baseText(random, vocabulary, words);
    const edits = Math.max(1, Math.round(words / wordsPerEdit));
    return { a: base.join(' '), b: reword(random, vocabulary, base, edits).join(' ') };
  });
}

/** Two texts of about `words` words each that share only vocabulary, not wording. */
export function unrelatedTexts(seed: number, words: number): TextPair {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random);
  return { a: baseText(random, vocabulary, words).join(' '), b: baseText(random, vocabulary, words).join(' ') };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('claimdiff: pick needs a non-empty list');
  return item;
}
