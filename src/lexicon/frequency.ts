/**
 * Adverbs of frequency that make a claim generic, about what happens as a rule rather than about
 * one event ("militant networks often operate across borders", "politicians usually deny such
 * reports"): a denial of one event denies no such claim (see `statesGeneric`).
 */
export const FREQUENCY_ADVERBS: readonly string[] = ['often', 'usually', 'generally', 'typically', 'frequently', 'sometimes', 'commonly', 'routinely', 'seldom', 'rarely'];
