import { builtInLexicon } from '../lexicon/wordnet/wordnet-lexicon';
import type { Lexicon } from '../lexicon/lexicon';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { NEGATION_CUES } from '../lexicon/negation';
import { ASSERT_VERBS, DENY_VERBS, NOUN_LIKE_VERBS } from '../lexicon/reporting-verbs';
import { CENT_FORM, PER_FORMS, scanFeatures, sortDistinct, WordTable } from './word-scanner';
import { WORD_FORM } from '../text/word-forms';

/** What turns a text into features: base forms and the words to leave out. */
export interface FeatureContext {
  readonly lexicon: Lexicon;
  /** Compared against lower-cased words and against their base forms. */
  readonly stopWords: ReadonlySet<string>;
  /** word -> base form, filled as words are met; bounded by the vocabulary. */
  readonly baseForms: Map<string, string>;
  /** word form (as spelt) -> feature hash, for the fast path; bounded by the vocabulary. */
  readonly words: WordTable;
}

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
 * tail ("…, he said") does not make two different quotes look alike. A reporting verb that is
 * mostly a noun in its bare and -s forms ("neighbouring states", "the UN report") is left out
 * only as -ed / -ing ("stated", "reporting"), so the noun stays a feature.
 */
export function defaultStopWords(): string[] {
  const nounLike = new Set(NOUN_LIKE_VERBS);
  const verbs: string[] = [];
  for (const v of ASSERT_VERBS) {
    if (nounLike.has(v)) verbs.push(...participles(v));
    else verbs.push(v);
  }
  return [...FUNCTION_WORDS, ...GROUPING_STOP_WORDS, ...NEGATION_CUES, ...verbs, ...DENY_VERBS, 'according'];
}

/** The -ed and -ing forms of a regular verb lemma ("state" -> "stated", "stating"; "reply" -> "replied"). */
function participles(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  return [`${lemma}ed`, `${lemma}ing`];
}

export function createFeatureContext(lexicon?: Lexicon, stopWords?: readonly string[]): FeatureContext {
  return {
    lexicon: lexicon ?? builtInLexicon(),
    stopWords: new Set(stopWords ?? defaultStopWords()),
    baseForms: new Map(),
    words: new WordTable(),
  };
}

// Letters and digits, with inner apostrophes and hyphens ("Afghanistan's", "cross-border").
// Its own copy of the pattern: `contentWords` walks it with `exec`, moving its `lastIndex`.
const WORD = new RegExp(WORD_FORM);

/**
 * The base form of a word. A lemma the word inflects regularly (it keeps the lemma's stem:
 * "staging" -> "stage", "tried" -> "try", "used" -> "use") wins, the longest first, so "staging"
 * is not "stag"; else the word itself when the lexicon knows it ("ground", not the irregular
 * past of "grind"; "data"); else the shortest lemma (irregular forms: "went" -> "go").
 */
function baseForm(word: string, ctx: FeatureContext): string {
  let base = ctx.baseForms.get(word);
  if (base !== undefined) return base;
  const lemmas = ctx.lexicon.lemmas(word);
  let regular: string | undefined;
  let irregular: string | undefined;
  for (const lemma of lemmas) {
    if (lemma === word) continue;
    if (inflectsRegularly(word, lemma)) {
      if (regular === undefined || lemma.length > regular.length || (lemma.length === regular.length && lemma < regular)) regular = lemma;
    } else if (irregular === undefined || lemma.length < irregular.length || (lemma.length === irregular.length && lemma < irregular)) {
      irregular = lemma;
    }
  }
  base = regular ?? (lemmas.includes(word) ? word : irregular ?? word);
  ctx.baseForms.set(word, base);
  return base;
}

/** The base form of a lower-case word, as the features use it. */
export function baseFormOf(word: string, ctx: FeatureContext): string {
  return baseForm(word, ctx);
}

/** Whether `word` keeps the stem of `lemma` (all of it but a final e or y), as regular inflection does. */
function inflectsRegularly(word: string, lemma: string): boolean {
  const stem = /[ey]$/.test(lemma) ? lemma.length - 1 : lemma.length;
  return stem >= 2 && word.length > stem && word.startsWith(lemma.slice(0, stem));
}

/** The content word a word form stands for (lower case, base form), or undefined for a word left out. */
function contentWord(form: string, ctx: FeatureContext): string | undefined {
  let w = form.toLowerCase();
  // Asked once per word form of a corpus: most have no curly apostrophe to replace.
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w === 'pct') return SHARE_WORD;
  if (w.length < 2 && !/\d/.test(w)) return undefined;
  if (ctx.stopWords.has(w)) return undefined;
  const base = baseForm(w, ctx);
  return ctx.stopWords.has(base) ? undefined : base;
}

/** The one content word of a share, however spelled: "30%", "30 percent", "30 pct", "30 per cent". */
export const SHARE_WORD = 'percent';
const PERCENT_SIGN = 0x25;

/** Whether `form` after the word form `last` is "cent" of "per cent" (read as `SHARE_WORD`). */
const isCentOfShare = (form: string, last: string): boolean => form === CENT_FORM && PER_FORMS.includes(last);

/**
 * Content words of a text as base forms, in text order, duplicates kept. Possessive 's dropped.
 * With `seen`, each word form is looked up once across the calls that share it (null: no content word).
 */
export function contentWords(text: string, ctx: FeatureContext, seen?: Map<string, string | null>): string[] {
  const out: string[] = [];
  // `exec` on the shared pattern, not `matchAll`, which copies the pattern on every call (made
  // for each statement by the join sides and the topics). The position is kept here and set
  // before each `exec`: a lexicon given by the caller may run this function again inside.
  let at = 0;
  // The word form before this one, for "per cent".
  let last = '';
  for (;;) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (m === null) break;
    at = WORD.lastIndex;
    const form = m[0];
    if (isCentOfShare(form, last)) out.push(SHARE_WORD);
    else pushWord(out, form, ctx, seen);
    last = form;
    // "30%": the sign is no word form; its word follows the figure.
    if (text.charCodeAt(at) === PERCENT_SIGN && /\d$/.test(form)) out.push(SHARE_WORD);
  }
  return out;
}

/** Pushes the content word of `form`, if it has one (see `contentWords` for `seen`). */
function pushWord(out: string[], form: string, ctx: FeatureContext, seen: Map<string, string | null> | undefined): void {
  let w: string | null | undefined;
  if (seen === undefined) w = contentWord(form, ctx);
  else if ((w = seen.get(form)) === undefined) seen.set(form, (w = contentWord(form, ctx) ?? null));
  if (w !== undefined && w !== null) out.push(w);
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

/** The feature of `SHARE_WORD`, hashed on first use. */
let shareFeature: number | undefined;

/** The feature of one word form: the hash of its content word, 0 when it is left out. */
function wordFeature(form: string, ctx: FeatureContext): number {
  const w = contentWord(form, ctx);
  return w === undefined ? 0 : hashString(w) || 1;
}

function slowFeatures(text: string, ctx: FeatureContext, out: Uint32Array): number {
  let n = 0;
  for (const w of contentWords(text, ctx)) out[n++] = hashString(w) || 1;
  return n;
}

/**
 * Writes a text's features (the hashes of its distinct content words, ascending) into `out`
 * from 0 and returns how many; `out` must hold `text.length` values. The fast path of
 * `scanFeatures`; the same features as hashing `contentWords`.
 */
export function featuresInto(text: string, ctx: FeatureContext, out: Uint32Array): number {
  const slow = (form: string) => wordFeature(form, ctx);
  let n = scanFeatures(text, ctx.words, slow, out, (shareFeature ??= hashString(SHARE_WORD) || 1));
  if (n < 0) n = slowFeatures(text, ctx, out);
  return sortDistinct(out, n);
}

/** A text's features: the hashes of its distinct content words, sorted ascending. */
export function featuresOf(text: string, ctx: FeatureContext): Uint32Array {
  const out = new Uint32Array(text.length);
  return out.slice(0, featuresInto(text, ctx, out));
}

/**
 * The features of many texts in one flat table (`data[offsets[i] … offsets[i + 1])` for text i):
 * two typed arrays instead of an array per text. O(total length).
 */
export interface FeatureTable {
  offsets: Int32Array;
  data: Uint32Array;
}

export function featureTable(texts: readonly string[], ctx: FeatureContext): FeatureTable {
  const offsets = new Int32Array(texts.length + 1);
  let data = new Uint32Array(Math.max(16, texts.length * 8));
  let scratch = new Uint32Array(256);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (scratch.length < text.length) scratch = new Uint32Array(text.length * 2);
    const n = featuresInto(text, ctx, scratch);
    if (at + n > data.length) {
      const grown = new Uint32Array(Math.max(at + n, Math.ceil(data.length * 1.5)));
      grown.set(data.subarray(0, at));
      data = grown;
    }
    data.set(scratch.subarray(0, n), at);
    at += n;
    offsets[i + 1] = at;
  }
  return { offsets, data: data.slice(0, at) };
}
