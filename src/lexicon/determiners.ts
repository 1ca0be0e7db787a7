/**
 * Determiners and the small words that open or link a phrase, each list for the one reading that
 * consults it. They differ on purpose: a speaker phrase may start at "each" ("each minister
 * said"), a named object may open with "as" ("called it as false"), a name never keeps "some".
 */

/** Words that open a speaker phrase, so a phrase read backwards from a cue stops before them. */
export const SPEAKER_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'another', 'one', 'each'];

/** Words a speaker phrase drops before its name ("the Foreign Office" names "Foreign Office"). */
export const NAME_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'one', 'another', 'his', 'her', 'its', 'their', 'our'];

/** Words inside a speaker phrase that join two nouns of one name ("Ministry of Defence", "Center for Policy"). */
export const PHRASE_CONNECTORS: readonly string[] = ['of', 'and', 'for', 'at'];

/** Words that open the object of a verb of naming without adding to it ("called the claim false", "described it as false"). */
export const OBJECT_LEADS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'as', 'his', 'her', 'its', 'their'];

/** Determiners that may open a participant's noun phrase in a voice frame ("the navy", "their ships"). */
export const PHRASE_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your'];

/** The indefinite articles: "it is a lie" classes the content rather than denying it. */
export const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an'];

/** The articles: what may stand between a negation and the word it negates ("not a complete fabrication"). */
export const ARTICLES: readonly string[] = ['a', 'an', 'the'];

/** Words before "lie(s)" that make it a noun of falsity ("a lie", "all lies", "an outright lie"), not the verb of lying down. */
export const LIE_LEADS: readonly string[] = ['a', 'the', 'all', 'big', 'of', 'outright', 'total', 'complete', 'absolute', 'utter', 'blatant'];
