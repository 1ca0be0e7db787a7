import { CERTAIN_MODALS, POSSIBLE_MODALS } from './modals';

/**
 * Function words: articles, auxiliaries, prepositions, pronouns, conjunctions. Adding or
 * dropping one rarely changes what is claimed, so such a difference is a paraphrase
 * (reason `function-word`), never content `added` or `removed` on its own.
 * Negation cues, quantifiers and modals are deliberately absent: they carry meaning.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'into', 'onto', 'upon', 'about', 'over', 'than',
  'and', 'or', 'but', 'so', 'yet', 'if', 'then', 'also', 'just', 'very', 'really', 'still', 'even', 'already',
  'it', 'its', 'they', 'them', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'we', 'us', 'our', 'ours',
  'i', 'me', 'my', 'you', 'your', 'one', 'there', 'here', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where',
  "'s", 's', 'up', 'out', 'off', 'own', 'such', 'while', 'whether',
];

/** Forms of "be", which before a past participle make a clause passive ("was sued"). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am'];

/** The forms of "have" that build a perfect ("had been killed", "have died"). */
export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had', 'having'];

/**
 * Prepositions that give a participant a role other than the doer's: a passive that names an
 * active clause's doer after one of them has put it in another role ("was launched against
 * the militants", "were taken from the militants"). Not "by" (the agent), nor the instrument's
 * "with" or "through", which may restate a doer ("identified through DNA tests").
 */
export const OTHER_ROLE_PREPOSITIONS: readonly string[] = ['against', 'on', 'upon', 'at', 'to', 'toward', 'towards', 'for', 'from', 'into', 'onto'];

/** The forms of "do" that carry a negation or a question ("did not send"), never a verb of their own there. */
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];

/**
 * The finite auxiliaries: the forms of "be", "have" and "do" and the modals of certainty and
 * possibility ("is", "had", "did", "will", "could"). A word of them marks a clause, or stands
 * between a subject and its verb.
 */
export const FINITE_AUXILIARIES: readonly string[] = [...BE_FORMS, ...HAVE_FORMS, ...DO_FORMS, ...CERTAIN_MODALS, ...POSSIBLE_MODALS];
