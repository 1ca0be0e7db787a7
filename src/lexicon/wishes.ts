/**
 * Verbs by which speakers state a wish or a hope of their own after "I" or "we" ("I hope we can
 * straighten it out", "we pray they are safe"): no claim a denial could answer. The past of
 * "pray" and "wish" is left out: "we prayed at the mosque", "we wished him luck" tell of acts.
 */
export const OWN_WISH_VERBS: readonly string[] = ['hope', 'hoped', 'wish', 'pray'];

/** The same after "he", "she" or "they", reported: only "hope" ("she hoped the talks would resume"); "he prayed at the mosque" is an act. */
export const REPORTED_WISH_VERBS: readonly string[] = ['hope', 'hopes', 'hoped'];
