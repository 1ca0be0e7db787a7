/**
 * Modal verbs by force. A flip between certainty and mere possibility ("will" ~ "may") or
 * between obligation and permission changes what is claimed.
 */
export const CERTAIN_MODALS: readonly string[] = ['will', 'shall', 'must', 'would'];
export const POSSIBLE_MODALS: readonly string[] = ['may', 'might', 'could', 'can'];
export const OBLIGATION_MODALS: readonly string[] = ['must', 'should', 'ought', 'shall'];
/** Hedges that turn a claim into a possibility ("allegedly", "reportedly"). */
export const HEDGES: readonly string[] = ['allegedly', 'reportedly', 'possibly', 'perhaps', 'maybe', 'apparently', 'purportedly', 'supposedly', 'likely', 'probably'];
