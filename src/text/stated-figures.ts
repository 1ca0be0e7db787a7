import { MULTIPLIERS, NUMBER_WORDS } from '../lexicon/numbers';

/** Words with digits and their separators, as a text's figures are read ("1,429", "3.5", "covid-19"). */
export const FIGURE_TOKEN = /[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*/gu;
/** A figure: digits with their separators, no letters ("1,429", "3.5"; not "covid-19" or "G7"). */
const FIGURE = /^\d[\d.,]*$/u;
/** A year is a date, not a count ("in 2019" against "in 2023"). */
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Thousands separators, which write one figure two ways ("1,429" and "1429"); a decimal point stays. */
const THOUSANDS = /,(?=\d{3}(?!\d))/gu;
/** Spelled counts ("three hundred", "a dozen"); "one", "a" and "an" say no count of their own. */
const SPELLED: ReadonlySet<string> = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(MULTIPLIERS)].filter((w) => !['one', 'a', 'an', 'zero', 'k', 'm'].includes(w)));

/**
 * The figure a token of `FIGURE_TOKEN` states, its thousands separators dropped ("1,429" → "1429"),
 * or null for a word, a year or a figure with letters.
 */
export function figureOf(token: string): string | null {
  return FIGURE.test(token) && !YEAR.test(token) ? token.replace(THOUSANDS, '') : null;
}

/** Whether a text states a count: a figure in digits (not a year) or a spelled one ("three hundred tonnes"). */
export function statesCount(text: string): boolean {
  for (const m of text.matchAll(FIGURE_TOKEN)) if (figureOf(m[0]) !== null || SPELLED.has(m[0].toLowerCase())) return true;
  return false;
}
