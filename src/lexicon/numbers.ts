/** Spelled-out numbers and multipliers, so "seventy percent" reads as 70%. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, a: 1, an: 1,
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, tn: 1_000_000_000_000,
};

/** Ordinal words, which name the same number as their cardinal in dates ("the seventh"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Words that mean "per cent" after a number. */
export const PERCENT_WORDS: readonly string[] = ['percent', 'per cent', 'pct', '%', 'percentage'];

/**
 * How a word before a figure qualifies it: `approx` about that much, `nearly` close below it,
 * `above` / `below` beyond it, `atLeast` / `atMost` beyond it or on it. Keys are lower-case
 * phrases of up to three words; "no more than 5" is a bound, not a denial.
 */
export type FigureQualifier = 'approx' | 'nearly' | 'above' | 'atLeast' | 'below' | 'atMost';
export const FIGURE_QUALIFIERS: Readonly<Record<string, FigureQualifier>> = {
  about: 'approx', around: 'approx', roughly: 'approx', approximately: 'approx', some: 'approx',
  'an estimated': 'approx', estimated: 'approx', circa: 'approx', 'close to': 'nearly',
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'just shy of': 'nearly',
  'more than': 'above', over: 'above', above: 'above', 'in excess of': 'above', 'upwards of': 'above',
  'just over': 'above', 'greater than': 'above', 'higher than': 'above',
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'a minimum of': 'atLeast', 'not less than': 'atLeast',
  'fewer than': 'below', 'less than': 'below', under: 'below', below: 'below', 'lower than': 'below',
  'up to': 'atMost', 'as many as': 'atMost', 'at most': 'atMost', 'no more than': 'atMost', 'a maximum of': 'atMost',
  'not more than': 'atMost',
};

/**
 * How far "about 70" may stray from 70, as a share of it: news rounds to the nearest
 * convenient figure, so "about 70" covers 72 but not 90.
 */
export const APPROXIMATION_TOLERANCE = 0.1;

/**
 * Words joining the two ends of a range: "10 to 20", "two or three" ("between 10 and 20" is
 * read apart). Dashes are left out: "2-1" is as often a score or a vote.
 */
export const RANGE_JOINERS: readonly string[] = ['to', 'or'];
