/**
 * Quantifiers by polarity: a universal or existential on one side against its negative on
 * the other ("all" ~ "none", "some" ~ "no") flips the claim.
 */
export const POSITIVE_QUANTIFIERS: readonly string[] = ['all', 'every', 'each', 'some', 'any', 'many', 'most', 'several', 'everyone', 'everybody', 'everything', 'both', 'always'];
export const NEGATIVE_QUANTIFIERS: readonly string[] = ['no', 'none', 'nobody', 'nothing', 'neither', 'never', 'few', 'noone'];
/** Quantifiers that differ in degree but not polarity: "many" ~ "most" is a paraphrase-ish shift. */
export const DEGREE_QUANTIFIERS: readonly string[] = ['all', 'most', 'many', 'several', 'some', 'few', 'a few', 'each', 'every'];
