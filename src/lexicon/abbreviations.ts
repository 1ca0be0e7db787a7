/**
 * Abbreviations that end in a full stop which does not end a sentence. Lower-case, without
 * the stop. Titles and months are followed by a name or a day; the others rarely end one.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'st', 'sr', 'jr', 'mt', 'ft',
];

export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const OTHER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'vol', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'corp',
  'bros', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m',
  'e.g', 'i.e', 'ave', 'blvd', 'rd', 'univ', 'assn', 'intl', 'govt',
];

/**
 * Abbreviations after which a capitalised word still belongs to the same sentence
 * ("Mr. So", "Nov. 7", "No. 10"). Used by the sentence splitter.
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, 'no', 'nos', 'vol', 'vs', 'approx', 'fig', 'e.g', 'i.e'];

export const ABBREVIATIONS: readonly string[] = [...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...OTHER_ABBREVIATIONS];

/**
 * Abbreviations of "number" before a numeral, lower-case without the stop: "No 10", "No. 10"
 * and "Number 10" name one thing. Capitalised or with its stop only: "no 10 people" is a
 * negation.
 */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['no', 'nos', 'nr', 'num'];
