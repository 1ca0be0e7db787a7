/**
 * A bare answer to a question the report names ("'No,' the spokesman said when asked whether
 * P"): the quotation's whole wording, lower-case, without punctuation. A denying answer denies
 * P, an affirming one asserts it.
 */
export const DENYING_ANSWERS: readonly string[] = [
  'no', 'nope', 'never', 'not at all', 'absolutely not', 'certainly not', 'definitely not', 'of course not',
  'no way', 'not true', 'no no', 'no no no', 'not so', 'no chance', 'not a chance',
];

export const AFFIRMING_ANSWERS: readonly string[] = [
  'yes', 'yeah', 'yep', 'absolutely', 'certainly', 'definitely', 'of course', 'indeed', 'correct', 'that is correct',
  "that's correct", 'true', 'that is true', "that's true", 'yes indeed', 'of course yes',
];

/**
 * Words naming the question before the clause that states it: "asked", "a question", "in
 * answer to a question". The question clause then opens with one of QUESTION_LINKS.
 */
export const QUESTION_HEADS: readonly string[] = ['asked', 'question', 'questioned'];

/**
 * Word sequences that open the questioned proposition after a QUESTION_HEADS word, longest
 * first: "asked whether P", "asked about reports that P", "a question on whether P".
 */
export const QUESTION_LINKS: readonly (readonly string[])[] = [
  ['about', 'reports', 'that'], ['about', 'claims', 'that'], ['about', 'suggestions', 'that'], ['about', 'speculation', 'that'],
  ['about', 'allegations', 'that'], ['about', 'rumours', 'that'], ['about', 'rumors', 'that'], ['about', 'concerns', 'that'],
  ['on', 'reports', 'that'], ['on', 'claims', 'that'],
  ...['report', 'claim', 'allegation', 'rumour', 'rumor', 'suggestion'].flatMap((noun) => [['about', 'a', noun, 'that'], ['about', 'the', noun, 'that']]),
  ['about', 'whether'], ['on', 'whether'], ['as', 'to', 'whether'],
  ['whether'], ['if'],
];
