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

/** Words that turn a figure into a bound rather than a value ("more than 70"). */
export const BOUND_WORDS: readonly string[] = ['about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'some', 'over', 'more', 'less', 'fewer', 'under', 'least', 'most', 'up'];
