/**
 * Modal verbs by force. A flip between certainty and mere possibility ("will" ~ "may") or
 * between obligation and permission changes what is claimed.
 */
export const CERTAIN_MODALS: readonly string[] = ['will', 'shall', 'must', 'would'];
export const POSSIBLE_MODALS: readonly string[] = ['may', 'might', 'could', 'can'];
export const OBLIGATION_MODALS: readonly string[] = ['must', 'should', 'ought', 'shall'];
/** Hedges that turn a claim into a possibility ("allegedly", "reportedly"). */
export const HEDGES: readonly string[] = ['allegedly', 'reportedly', 'possibly', 'perhaps', 'maybe', 'apparently', 'purportedly', 'supposedly', 'likely', 'probably'];

/**
 * Modals before a reporting verb that make it no report of what was said: an obligation or a
 * possibility ("Mexico must rebut Trump's claims", "the minister should deny it", "officials may
 * say that …"). "will", "would" and "can" are left out: "would later say" tells of what was said,
 * and "I can tell you that …" says it.
 */
export const UNSAID_MODALS: readonly string[] = ['must', 'should', 'might', 'may', 'could', 'ought', 'shall'];

/**
 * Modals by which a claim says what ought to be ("Mr. Trump should release his tax returns",
 * "Kabul must act"): a recommendation or a demand, neither true nor false. Negated forms as
 * `lowerWords` gives them (a typographic apostrophe read as a straight one). "shall" is left out:
 * it mostly tells of the future ("we shall see").
 */
export const RECOMMENDING_MODALS: readonly string[] = ['should', 'ought', 'must', "shouldn't", "mustn't"];

/**
 * Verbs after "should" that make it no recommendation but a hedge of the speaker's own ("I should
 * hope so", "I should think not", "I should add that …").
 */
export const HEDGED_SHOULD_VERBS: readonly string[] = ['hope', 'think', 'say', 'imagine', 'expect', 'add', 'note', 'point', 'stress', 'mention'];

/**
 * Words after "must be" by which it infers rather than demands ("he must be lying", "it must be
 * true", "there must be a mistake" by its "there"): a claim of fact. -ing forms count too.
 */
export const INFERRING_MUST_BE: readonly string[] = ['true', 'false', 'wrong', 'right', 'mistaken', 'a', 'an', 'some'];
