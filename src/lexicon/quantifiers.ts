/**
 * Quantifiers by polarity: a universal or existential on one side against its negative on
 * the other ("all" ~ "none", "some" ~ "no") flips the claim.
 */
export const POSITIVE_QUANTIFIERS: readonly string[] = ['all', 'every', 'each', 'some', 'any', 'many', 'much', 'most', 'several', 'everyone', 'everybody', 'everything', 'both', 'always', 'a few'];
export const NEGATIVE_QUANTIFIERS: readonly string[] = ['no', 'none', 'nobody', 'nothing', 'neither', 'never', 'few', 'noone'];
/**
 * Quantifiers that speak of the whole: "all" says more than "most" or "some", and "nothing"
 * more than "not much", though each pair has one polarity. A quantifier of the lists above
 * that is not here speaks of a part.
 */
export const UNIVERSAL_QUANTIFIERS: readonly string[] = [
  'all', 'every', 'each', 'everyone', 'everybody', 'everything', 'both', 'always', 'any',
  'no', 'none', 'nobody', 'nothing', 'neither', 'never', 'noone',
];
/** Quantifiers that, negated, still speak of the whole: "not any" is "none", where "not all" is a part. */
export const NEGATIVE_POLARITY_QUANTIFIERS: readonly string[] = ['any', 'ever'];
/** Quantifiers that differ in degree but not polarity: "many" ~ "most" is a paraphrase-ish shift. */
export const DEGREE_QUANTIFIERS: readonly string[] = ['all', 'most', 'many', 'several', 'some', 'few', 'a few', 'each', 'every'];
/**
 * Determiners of an indefinite noun phrase: "a man is …" and "a woman is …" can both be true
 * of two different people, so a contrast inside such a subject tells apart two individuals
 * rather than contradicting one. Figures ("two men") count as well.
 */
export const INDEFINITE_DETERMINERS: readonly string[] = ['a', 'an', 'some', 'several', 'many', 'one', 'someone', 'somebody', 'another'];
/**
 * Two-word quantifiers read as one word: "a few" is positive where "few" is negative, and
 * "no one" is "nobody", not the figure one. Keys are the phrase, values the word it reads as.
 */
export const QUANTIFIER_PHRASES: Readonly<Record<string, string>> = {
  'a few': 'a few', 'no one': 'nobody', 'not one': 'nobody', 'not any': 'none',
};

/**
 * Nouns that name a share of a whole: "made up the bulk of the council", "a third of the
 * votes". After "made up" they say what something amounts to, not that it was invented.
 */
export const SHARE_NOUNS: readonly string[] = [
  'half', 'third', 'quarter', 'fifth', 'tenth', 'bulk', 'majority', 'minority', 'rest', 'remainder', 'part', 'share',
  'proportion', 'percentage', 'fraction', 'portion', 'most',
];

/**
 * Words that make a phrase a share of people, the speaker of a poll's answers: "Six in 10 say",
 * "Majorities in all five say", "two-thirds of Republicans said". A figure in digits or words
 * counts as well (see `quantitySubject`).
 */
export const SHARE_WORDS: readonly string[] = [
  'percent', '%', 'majority', 'majorities', 'plurality', 'minority', 'half', 'third', 'thirds', 'quarter', 'quarters',
  'fifth', 'fifths', 'most', 'many',
];

/** Participles after "those" that name a poll's respondents: "those surveyed say". */
export const RESPONDENT_PARTICIPLES: readonly string[] = ['surveyed', 'polled', 'questioned', 'asked', 'interviewed', 'sampled'];

/** Verbs by which a poll reports its respondents' answers: "Six in 10 say", "a third believe". */
export const POLL_ANSWER_VERBS: readonly string[] = ['say', 'tell', 'report', 'believe', 'think', 'feel', 'expect', 'agree', 'disagree', 'predict', 'blame'];
