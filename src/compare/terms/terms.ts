import { contentTokens, tokensOf, type Token } from '../../text/tokens';
import { figureKey, lookup, readDate, readFigure, readRelativeDate, type CalendarDate, type Quantity } from '../figures';
import type { WordLists } from '../../lexicon/word-lists';
import { mendTokens, numberAbbreviation } from './mend-tokens';

export type TermKind = 'word' | 'number' | 'date' | 'punct';

/**
 * The unit of alignment: usually one token, but a figure or a date written over several
 * tokens is one term ("seventy percent", "Nov. 7"), and a contraction or possessive is read
 * as the words it stands for ("won't" → will + not), each carrying the whole token's span.
 */
export interface Term {
  /** Comparison key: folded lower-case word, `#70%` for figures, `@11-7-` for dates. */
  readonly key: string;
  /** The folded surface of the tokens, to tell an identical wording from a case change. */
  readonly surface: string;
  /** The original text of the span, to tell a case change from an identical wording. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TermKind;
  /** Read from part of a token; terms of one token share `group`. */
  readonly virtual: boolean;
  /** Terms from the same source token (or token run) share a group number. */
  readonly group: number;
  readonly fn: boolean;
  readonly neg: boolean;
  /** Dates the statement from its telling ("yesterday", "Tuesday"): weighs little in the verdict. */
  readonly time: boolean;
  /** Capitalised inside a sentence: likely a name. */
  readonly name: boolean;
  /** Reports without vouching ("reportedly", "allegedly", "rumour"): see HEDGE_WORDS, less modals. */
  readonly hedge: boolean;
  /**
   * Number of the clause the term is in, counted from 0: a clause ends at clause punctuation
   * (, ; : parentheses, dashes) and a new one opens at a subordinator ("who", "because", "that")
   * or "but". Tells what a negation can reach (see negation/flips.ts).
   */
  readonly clause: number;
  readonly quantity?: Quantity;
  readonly date?: CalendarDate;
}

const PARTICIPLE = /(?:ing|ed)$/;

/**
 * Whether a word has the -ing or -ed form in which a headline or caption states an act
 * ("frying", "fried") or a participle describes a noun ("the man wearing a hat").
 */
export function participleForm(key: string): boolean {
  return PARTICIPLE.test(key);
}

/** A term that carries the claim: not punctuation, a function word or a negation cue. */
export function isContentTerm(t: Term): boolean {
  return t.kind !== 'punct' && !t.fn && !t.neg;
}

/**
 * How much a term weighs in the verdict: content words carry the claim, punctuation nothing;
 * function words, time words and hedges ("reportedly") frame it.
 */
export function weight(t: Term): number {
  if (t.kind === 'punct') return 0;
  if (t.fn || t.time || t.hedge) return 0.2;
  return t.kind === 'word' ? 1 : 1.5;
}

const NONE: ReadonlySet<string> = new Set();
const LETTERS = /[\p{L}\p{N}]/u;
/** Punctuation that closes a clause: the term after it starts the next one. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '--']);
const SENTENCE_END = new Set(['.', '!', '?', '"', ':', '...', '…']);

/** A hedge word that is neither a modal (a modality of its own) nor a subordinator ("if"). */
function isHedge(key: string, words: WordLists): boolean {
  return words.hedgeWords.has(key) && !words.certainModals.has(key) && !words.possibleModals.has(key) && !words.subordinators.has(key);
}

function wordKey(norm: string): string {
  // "U.S." ~ "US", "Dr." ~ "Dr", "counter-terrorism" ~ "counterterrorism": dots and hyphens are spelling.
  if (/^(?:\p{L}\.)+$/u.test(norm)) return norm.replace(/\./g, '');
  return norm.replace(/-/g, '').replace(/(?<=\p{L})\.$/u, '');
}

function dateKey(d: CalendarDate): string {
  return `@${d.season ?? d.month}-${d.day ?? ''}-${d.year ?? ''}`;
}

/**
 * Reads a text into terms, keeping every term's span in the original text. With `reference`
 * (the report's day, ms since the epoch, UTC), "on Friday" or "yesterday" is read as the date it
 * names. O(n).
 */
export function toTerms(text: string, words: WordLists, reference?: number): Term[] {
  const serials = words.numberAbbreviations ?? NONE;
  const tokens = mendTokens(contentTokens(tokensOf(text)), serials);
  const terms: Term[] = [];
  let group = 0;
  let clause = 0;
  const add = (t: Omit<Term, 'group' | 'fn' | 'neg' | 'time' | 'name' | 'text' | 'hedge' | 'clause'> & Partial<Pick<Term, 'name'>>): void => {
    const isWord = t.kind === 'word';
    const opens = isWord ? words.subordinators.has(t.key) || t.key === 'but' : CLAUSE_PUNCTUATION.has(t.key);
    if (opens && terms.length > 0 && terms[terms.length - 1]?.group !== group) clause++;
    // One literal shape for every term keeps property access monomorphic on long texts.
    terms.push({
      key: t.key,
      surface: t.surface,
      text: text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      kind: t.kind,
      virtual: t.virtual,
      group,
      fn: isWord && words.functionWords.has(t.key),
      neg: isWord && words.negationCues.has(t.key),
      time: isWord && words.timeWords.has(t.key),
      name: t.name ?? false,
      hedge: isWord && isHedge(t.key, words),
      clause,
      quantity: t.quantity,
      date: t.date,
    });
  };
  for (let i = 0; i < tokens.length; group++) {
    const tok = tokens[i] as Token;
    const next = tokens[i + 1];
    const pair = next === undefined ? '' : `${tok.norm} ${next.norm}`;
    const before = tokens[i - 1];
    if (numberAbbreviation(tokens, i, serials, before !== undefined && !SENTENCE_END.has(before.norm))) {
      // "No 10", "No. 10", "Number 10": one name, and no negation.
      add({ key: 'number', surface: 'number', start: tok.start, end: tok.end, kind: 'word', virtual: false, name: /^\p{Lu}/u.test(tok.text) });
      i += 1;
      continue;
    }
    const phrase = lookup(words.phrases, pair);
    if (phrase !== undefined && next !== undefined) {
      add({ key: phrase, surface: span(tokens, i, 2), start: tok.start, end: next.end, kind: 'word', virtual: false });
      i += 2;
      continue;
    }
    const date = readDate(tokens, i) ?? (reference === undefined ? null : readRelativeDate(tokens, i, reference));
    if (date !== null) {
      const last = tokens[i + date.length - 1] as Token;
      add({ key: dateKey(date), surface: span(tokens, i, date.length), start: tok.start, end: last.end, kind: 'date', virtual: false, date });
      i += date.length;
      continue;
    }
    const quantity = readFigure(tokens, i);
    if (quantity !== null) {
      const last = tokens[i + quantity.length - 1] as Token;
      const key = figureKey(quantity);
      add({ key, surface: span(tokens, i, quantity.length), start: tok.start, end: last.end, kind: 'number', virtual: false, quantity });
      i += quantity.length;
      continue;
    }
    i += 1;
    if (!LETTERS.test(tok.text)) {
      add({ key: tok.norm, surface: tok.norm, start: tok.start, end: tok.end, kind: 'punct', virtual: false });
      continue;
    }
    const prev = tokens[i - 2];
    const name = /^\p{Lu}/u.test(tok.text) && prev !== undefined && !SENTENCE_END.has(prev.norm);
    const expansion = lookup(words.contractions, tok.norm);
    // "aren't just a loser" is "are" and the phrase "not just" ("also"), as "are not just" is; a
    // modal's "can't just leave" is no addition, and keeps its negation.
    const be = expansion !== undefined && words.beForms?.has(expansion[0] as string) === true && expansion.at(-1) === 'not';
    const contracted = be && next !== undefined ? lookup(words.phrases, `not ${next.norm}`) : undefined;
    if (expansion !== undefined && contracted !== undefined && next !== undefined) {
      for (const w of expansion.slice(0, -1)) add({ key: w, surface: tok.norm, start: tok.start, end: tok.end, kind: 'word', virtual: true });
      add({ key: contracted, surface: `${tok.norm} ${next.norm}`, start: next.start, end: next.end, kind: 'word', virtual: false });
      i += 1;
      continue;
    }
    if (expansion !== undefined) {
      for (const w of expansion) add({ key: w, surface: tok.norm, start: tok.start, end: tok.end, kind: 'word', virtual: true });
      continue;
    }
    if (tok.norm.endsWith("'s") && tok.norm.length > 2) {
      const stem = tok.norm.slice(0, -2);
      add({ key: wordKey(stem), surface: tok.norm, start: tok.start, end: tok.end, kind: 'word', virtual: true, name });
      add({ key: "'s", surface: tok.norm, start: tok.start, end: tok.end, kind: 'word', virtual: true });
      continue;
    }
    add({ key: wordKey(tok.norm), surface: tok.norm, start: tok.start, end: tok.end, kind: 'word', virtual: false, name });
  }
  return contrastsSetAside(terms, words);
}

/** Words a contrastive "not" may take before the comma that closes it ("…, not the mayor, …"). */
const CONTRAST_REACH = 5;

/**
 * "The governor, not the mayor, signed the order": a "not" between commas, before a name or a
 * "the" phrase, sets one participant against another; it denies no clause, and is read as a
 * function word. An apposition that describes ("The suspect, not a citizen, was deported",
 * "The plan, not yet approved, …") still negates. O(n).
 */
function contrastsSetAside(terms: Term[], words: WordLists): Term[] {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.key !== 'not' || (terms[i - 1] as Term).key !== ',') continue;
    const next = terms[i + 1];
    if (next === undefined || !(next.name || next.key === 'the')) continue;
    let close = -1;
    for (let k = i + 1; k <= Math.min(terms.length - 1, i + 1 + CONTRAST_REACH); k++) {
      if ((terms[k] as Term).key === ',') {
        close = k;
        break;
      }
      if (words.beForms?.has((terms[k] as Term).key) === true) break;
    }
    if (close > i + 1) terms[i] = { ...t, neg: false, fn: true };
  }
  return terms;
}

function span(tokens: readonly Token[], i: number, n: number): string {
  return tokens.slice(i, i + n).map((t) => t.norm).join(' ');
}
