import { distance } from 'fastest-levenshtein';
import type { Lexicon } from '../../lexicon/lexicon';
import type { Label, Reason } from '../../schema/diff';
import { compareFigures } from '../figures';
import type { Term } from './terms';
import type { WordLists } from '../../lexicon/word-lists';

/** How two terms relate, and how sure that pairing is (used to pick the best pairing). */
export interface TermRelation {
  readonly label: Exclude<Label, 'added' | 'removed'>;
  readonly reason: Reason;
  readonly strength: number;
}

export interface RelateContext {
  readonly lexicon: Lexicon;
  readonly words: WordLists;
  /**
   * Relations of two words already weighed with this lexicon and these word lists (see
   * `WordRelations`), kept across pairs by a caller that knows both never change; absent, each
   * pair of words is weighed anew.
   */
  readonly known?: WordRelations;
}

/**
 * Relations of two words by their flags (see `wordFlags`), then keys: news reports of one
 * statement repeat their words, so most pairs of words a run compares were weighed before.
 * Nested maps, not one map of joined keys, so a look-up hashes no new string (a term's key is
 * hashed once, however many pairs it is in). Emptied when it holds `limit` pairs, so memory
 * stays bounded.
 */
export interface WordRelations {
  readonly pairs: Map<number, Map<string, Map<string, TermRelation | null>>>;
  size: number;
  readonly limit: number;
}

/** Pairs a `WordRelations` holds before it is emptied: a few tens of MB at most. */
export const WORD_RELATIONS_LIMIT = 1 << 19;

/**
 * The flags of two different words whose relation depends on nothing else than these flags and
 * their keys (the rest of a term, as written, only matters for two equal keys or a contraction,
 * which are not kept); -1 for any other pair.
 */
function wordFlags(x: Term, y: Term): number {
  if (x.kind !== 'word' || y.kind !== 'word' || x.key === y.key || x.virtual !== y.virtual) return -1;
  return (x.fn ? 1 : 0) + (x.neg ? 2 : 0) + (y.fn ? 4 : 0) + (y.neg ? 8 : 0);
}

/** Edits allowed for a spelling variant, by word length: none for short words. */
function spellingBudget(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Whether a word is all ASCII: then it has no accents to take off, and nothing to normalise. */
function ascii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A word without its accents: one outlet prints "José", another "Jose". Asked of every pair
 * of words a comparison weighs, so the ASCII words of English news skip the normalisation.
 */
const withoutAccents = (w: string): string => (ascii(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, ''));

/**
 * Two words that differ by a slip or a transliteration ("Tehreek-e-Taliban" ~ "Tehrik-e-Taliban",
 * "neighbouring" ~ "neighboring"), or only by accents, however short ("Inês" ~ "Ines"), but not
 * two different words the lexicon knows ("increased" ~ "decreased").
 */
export function isSpellingVariant(x: string, y: string, lexicon: Lexicon): boolean {
  if (x === y || (!(ascii(x) && ascii(y)) && withoutAccents(x) === withoutAccents(y))) return true;
  const budget = spellingBudget(Math.max(x.length, y.length));
  if (budget === 0 || Math.abs(x.length - y.length) > budget || /\d/.test(x + y)) return false;
  if (distance(x, y) > budget && !oneTransposition(x, y)) return false;
  return !(lexicon.knows(x) && lexicon.knows(y));
}

/** Two words of one length that differ only by two neighbouring letters swapped ("Miinstry" ~ "Ministry"): one slip, though Levenshtein counts two. */
function oneTransposition(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const at = [...x].findIndex((c, i) => c !== y[i]);
  return at >= 0 && at + 1 < x.length && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

function sameDate(x: Term, y: Term): boolean {
  const a = x.date;
  const b = y.date;
  if (a === undefined || b === undefined || a.month !== b.month || a.season !== b.season) return false;
  const agree = (p?: number, q?: number): boolean => p === undefined || q === undefined || p === q;
  // A date is the same as a wider one that contains it ("Jan. 12, 1996" ~ "January 1996").
  return agree(a.day, b.day) && agree(a.year, b.year);
}

/**
 * Equality for the alignment: same key, a spelling variant, the same figure or the same
 * date however written. Lexical relations are deliberately not equality: they are found
 * later, inside the replaced runs, so that a synonym never hides a real change.
 */
export function sameTerm(x: Term, y: Term, ctx: RelateContext): boolean {
  if (x.key === y.key) return true;
  if (x.kind !== y.kind) return false;
  if (x.kind === 'date') return sameDate(x, y);
  if (x.kind === 'number') return x.quantity !== undefined && y.quantity !== undefined && compareFigures(x.quantity, y.quantity) === 'same';
  if (x.kind === 'word') return !x.fn && !y.fn && !x.neg && !y.neg && isSpellingVariant(x.key, y.key, ctx.lexicon);
  return false;
}

/** An equal pair's relation by its reason: one frozen object each, shared by every pair (relations are never changed once made). */
const EQUAL = {
  contraction: Object.freeze({ label: 'paraphrase', reason: 'contraction', strength: 0.95 } as const),
  number: Object.freeze({ label: 'paraphrase', reason: 'number', strength: 0.95 } as const),
  date: Object.freeze({ label: 'paraphrase', reason: 'date', strength: 0.95 } as const),
  spelling: Object.freeze({ label: 'match', reason: 'spelling', strength: 1 } as const),
  identical: Object.freeze({ label: 'match', reason: 'identical', strength: 1 } as const),
  case: Object.freeze({ label: 'match', reason: 'case', strength: 1 } as const),
  punctuation: Object.freeze({ label: 'match', reason: 'punctuation', strength: 1 } as const),
} satisfies Record<string, TermRelation>;

/** The reason an aligned, equal pair of terms is still worth naming, as its relation (strength 1 for a match, 0.95 for a paraphrase). */
export function equalReason(x: Term, y: Term): (typeof EQUAL)[keyof typeof EQUAL] {
  if (x.virtual !== y.virtual && x.surface !== y.surface) return EQUAL.contraction;
  if (x.kind === 'number' && x.surface !== y.surface) return EQUAL.number;
  if (x.kind === 'date' && x.surface !== y.surface) return EQUAL.date;
  if (x.key !== y.key) return EQUAL.spelling;
  if (x.text === y.text) return EQUAL.identical;
  // Same folded form: either only the letter case differs, or only typography (quotes, dots, hyphens).
  const caseOnly = x.surface === y.surface && x.text.toLowerCase() === y.text.toLowerCase();
  return caseOnly ? EQUAL.case : EQUAL.punctuation;
}

/**
 * "un-" reverses a verb or adjective the lexicon knows both ways ("unfolding" ~ "folding",
 * "unable" ~ "able"); the stem must be 4+ letters so "union" is not read as un + "ion".
 */
function unPrefixed(x: string, y: string, lexicon: Lexicon): boolean {
  return x.length >= y.length + 2 && x.startsWith('un') && x.slice(2) === y && y.length >= 4 && lexicon.knows(x) && lexicon.knows(y);
}

/** Polarity of a word as a quantifier: +1 some/all, -1 none/no, 0 not a quantifier. */
function polarity(key: string, words: WordLists): number {
  if (words.negativeQuantifiers.has(key)) return -1;
  return words.positiveQuantifiers.has(key) ? 1 : 0;
}

function modalForce(key: string, words: WordLists): number {
  if (words.certainModals.has(key)) return 2;
  return words.possibleModals.has(key) ? 1 : 0;
}

/**
 * How far a reporting verb vouches for its content (1 confirmed, 0 said, -1 claimed), or
 * undefined. The bare and -s forms of verbs that are mostly nouns ("the claims", "a report")
 * are not read as verbs.
 */
function certainty(t: Term, ctx: RelateContext): number | undefined {
  const table = ctx.words.reportingCertainty;
  if (table === undefined || t.kind !== 'word') return undefined;
  for (const lemma of ctx.lexicon.lemmas(t.key)) {
    const c = table.get(lemma);
    if (c === undefined) continue;
    return ctx.words.nounLikeVerbs.has(lemma) && (t.key === lemma || t.key === `${lemma}s`) ? undefined : c;
  }
  return undefined;
}

/**
 * Two reporting verbs report the same content: another verb of the same certainty ("said" ~
 * "stated") is a synonym; one that vouches more or less ("claimed" ~ "confirmed") keeps the
 * content but shifts the attribution, and says so.
 */
function attributionShift(x: Term, y: Term, ctx: RelateContext): TermRelation | null {
  const cx = certainty(x, ctx);
  const cy = certainty(y, ctx);
  if (cx === undefined || cy === undefined) return null;
  return cx === cy ? { label: 'paraphrase', reason: 'synonym', strength: 0.6 } : { label: 'paraphrase', reason: 'attribution', strength: 0.6 };
}

const LEXICAL: Readonly<Record<string, TermRelation>> = {
  inflection: { label: 'paraphrase', reason: 'inflection', strength: 0.9 },
  synonym: { label: 'paraphrase', reason: 'synonym', strength: 0.8 },
  similar: { label: 'paraphrase', reason: 'synonym', strength: 0.7 },
  derivation: { label: 'paraphrase', reason: 'inflection', strength: 0.7 },
  hypernym: { label: 'paraphrase', reason: 'synonym', strength: 0.6 },
  definition: { label: 'paraphrase', reason: 'synonym', strength: 0.5 },
  antonym: { label: 'contradict', reason: 'antonym', strength: 0.55 },
};

/**
 * How two terms that were not aligned as equal relate, if at all: the same figure or date
 * written another way, an inflection or synonym (paraphrase), or a flip (contradict: another
 * figure or date, an antonym, a negated counterpart, a quantifier or modal of opposite force).
 */
export function relateTerms(x: Term, y: Term, ctx: RelateContext): TermRelation | null {
  const known = ctx.known;
  const flags = known === undefined ? -1 : wordFlags(x, y);
  if (known === undefined || flags < 0) return weighTerms(x, y, ctx);
  return kept(known, rowOf(known, flags, x.key), x, y, ctx);
}

/** The memo's row of the words `key` relates to under `flags`, made when missing. */
function rowOf(known: WordRelations, flags: number, key: string): Map<string, TermRelation | null> {
  let byX = known.pairs.get(flags);
  if (byX === undefined) known.pairs.set(flags, (byX = new Map()));
  let row = byX.get(key);
  if (row === undefined) byX.set(key, (row = new Map()));
  return row;
}

/** The relation of `x` and `y` from `x`'s row, weighed and kept there when missing (the memo emptied first when full). */
function kept(known: WordRelations, row: Map<string, TermRelation | null>, x: Term, y: Term, ctx: RelateContext): TermRelation | null {
  const found = row.get(y.key);
  if (found !== undefined) return found;
  const rel = weighTerms(x, y, ctx);
  if (known.size >= known.limit) {
    known.pairs.clear();
    known.size = 0;
    return rel;
  }
  row.set(y.key, rel);
  known.size++;
  return rel;
}

/**
 * `relateTerms(x, y, ctx)` for one `x` against many `y` (the order-free pairing asks every two
 * words of a run): the memo's row for `x` is looked up once per flags, not per pair, and looked
 * up again once the memo was emptied.
 */
export function relaterOf(x: Term, ctx: RelateContext): (y: Term) => TermRelation | null {
  const known = ctx.known;
  if (known === undefined) return (y) => weighTerms(x, y, ctx);
  const rows: (Map<string, TermRelation | null> | undefined)[] = [];
  return (y) => {
    const flags = wordFlags(x, y);
    if (flags < 0) return weighTerms(x, y, ctx);
    const rel = kept(known, (rows[flags] ??= rowOf(known, flags, x.key)), x, y, ctx);
    if (known.size === 0) rows.length = 0;
    return rel;
  };
}

/** `relateTerms` without the memo. */
function weighTerms(x: Term, y: Term, ctx: RelateContext): TermRelation | null {
  if (sameTerm(x, y, ctx)) return equalReason(x, y);
  const { words, lexicon } = ctx;
  if (x.kind !== y.kind) return null;
  if (x.kind === 'number') {
    const apart = x.quantity !== undefined && y.quantity !== undefined && compareFigures(x.quantity, y.quantity) === 'contradict';
    return apart ? { label: 'contradict', reason: 'number', strength: 0.5 } : null;
  }
  // A month against a season may well agree ("in October" ~ "in the autumn"): no verdict.
  if (x.kind === 'date') return (x.date?.season === undefined) !== (y.date?.season === undefined) ? null : { label: 'contradict', reason: 'date', strength: 0.5 };
  if (x.kind !== 'word') return null;
  if (x.neg && y.neg) return { label: 'paraphrase', reason: 'function-word', strength: 0.85 };
  if (words.negatedPairs.get(x.key) === y.key) return { label: 'contradict', reason: 'negation', strength: 0.6 };
  const px = polarity(x.key, words);
  const py = polarity(y.key, words);
  if (px !== 0 && py !== 0) {
    return px === py ? { label: 'paraphrase', reason: 'synonym', strength: 0.6 } : { label: 'contradict', reason: 'quantifier', strength: 0.6 };
  }
  const mx = modalForce(x.key, words);
  const my = modalForce(y.key, words);
  if (mx !== 0 && my !== 0) {
    return mx === my ? { label: 'paraphrase', reason: 'synonym', strength: 0.6 } : { label: 'contradict', reason: 'modality', strength: 0.55 };
  }
  if (x.fn || y.fn) return null;
  const attribution = attributionShift(x, y, ctx);
  if (attribution !== null) return attribution;
  if (unPrefixed(x.key, y.key, lexicon) || unPrefixed(y.key, x.key, lexicon)) return { label: 'contradict', reason: 'antonym', strength: 0.55 };
  const rel = lexicon.relate(x.key, y.key);
  return rel === null ? null : (LEXICAL[rel] ?? null);
}

/**
 * Whether a word, as written or by one of its lemmas, is in one of the word lists given:
 * "told" finds "tell", "quits" finds "quit". Absent lists hold nothing.
 */
export function formIn(t: Term, ctx: RelateContext, ...lists: readonly ({ has(key: string): boolean } | undefined)[]): boolean {
  const forms = [t.key, ...ctx.lexicon.lemmas(t.key)];
  return lists.some((list) => list !== undefined && forms.some((f) => list.has(f)));
}
