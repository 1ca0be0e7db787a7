/** Month names and their abbreviations, numbered 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names and abbreviations, Sunday = 0. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/**
 * Words that place a statement in time relative to its telling ("yesterday", "on Tuesday",
 * "last week"). Two reports of one event often date it differently from their own day, so
 * these weigh little in the pair verdict; a different calendar date still contradicts.
 */
export const TIME_WORDS: readonly string[] = [
  'yesterday', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'morning', 'afternoon', 'evening', 'night', 'earlier', 'later', 'ago', 'last',
  'next', 'week', 'month', 'year', 'weekend',
];

/** Units of time a figure may count: "died four days before", "happened 20 years ago" state a time, not a count of things. */
export const DURATION_WORDS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades',
];

/**
 * Seasons, folded to one name each ("fall" is "autumn"). "Spring" and "fall" are also a noun
 * and a verb, so they count as seasons only after a word in SEASON_CONTEXT ("in the fall").
 */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};
export const AMBIGUOUS_SEASONS: readonly string[] = ['spring', 'fall'];
export const SEASON_CONTEXT: readonly string[] = ['the', 'this', 'last', 'next', 'in', 'by', 'until', 'before', 'after', 'early', 'late', 'mid', 'coming'];
