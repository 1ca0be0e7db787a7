/**
 * Words that negate the clause they stand in. Lower-case, apostrophes straight.
 * Contracted forms ("isn't", "won't") are listed whole because the tokeniser keeps them whole.
 */
export const NEGATION_CUES: readonly string[] = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot',
  "n't", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
  "can't", "couldn't", "shouldn't", "mustn't", "hasn't", "haven't", "hadn't", "needn't", "mightn't",
  "ain't", 'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'couldnt',
  'shouldnt', 'hasnt', 'havent', 'hadnt',
];

/**
 * The cues that negate a verb or an adjective, which a word of opposite meaning can take in
 * ("not true" ~ "untrue", "not difficult" ~ "easy"); "no woman" ~ "a man" is no such thing.
 */
export const VERB_NEGATION_CUES: readonly string[] = ['not', 'never'];

/** Words with a negated counterpart that flips meaning without a separate "not". */
export const NEGATED_PAIRS: readonly (readonly [string, string])[] = [
  ['with', 'without'],
  ['always', 'never'],
  ['ever', 'never'],
  ['some', 'none'],
  ['someone', 'nobody'],
  ['somebody', 'nobody'],
  ['something', 'nothing'],
  ['everything', 'nothing'],
  ['everyone', 'nobody'],
  ['somewhere', 'nowhere'],
  ['either', 'neither'],
  ['can', 'cannot'],
];

/**
 * Two-word phrases whose negation is not where the words suggest, read as one word: "not only
 * X" asserts X (an "also"), "has yet to" denies ("has not").
 */
export const NEGATION_PHRASES: Readonly<Record<string, string>> = {
  'not only': 'also', 'not just': 'also', 'yet to': 'not', 'not without': 'with',
  // "No sooner had the minister resigned than …": both happened, one right after the other.
  'no sooner': 'sooner',
};

/**
 * Negation cues that deny a phrase or an argument rather than the clause's claim: "filmed it
 * without his knowledge" still says he filmed it, and "no one may share his name" is not a
 * denial that someone did.
 */
export const PHRASE_NEGATIONS: readonly string[] = ['without', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere'];

/**
 * Verbs that carry a negation in their meaning: "skipped work" ~ "had not worked", "failed to
 * pay" ~ "did not pay", "declined to comment" ~ "had no comment". Lemmas.
 */
export const IMPLICIT_NEGATIVES: readonly string[] = [
  'fail', 'skip', 'refuse', 'decline', 'avoid', 'miss', 'lack', 'omit', 'neglect', 'forgo', 'abstain', 'absent', 'deny', 'reject',
];

/**
 * Verb phrases (a verb's lemma and the word after it) that say a negation as one act: "kept
 * quiet" ~ "said nothing", "would stay closed" ~ "would not reopen", "stayed away" ~ "did not
 * come". Each is the negated counterpart of a plain verb, so it words a negation the other side
 * says with "not" rather than flipping it.
 */
export const NEGATIVE_PHRASES: readonly string[] = [
  'keep quiet', 'stay quiet', 'remain quiet', 'keep silent', 'stay silent', 'remain silent', 'keep mum', 'stay mum',
  'stay closed', 'remain closed', 'keep closed', 'stay shut', 'remain shut', 'stay away', 'keep away', 'hold off',
];

/**
 * Forms of IMPLICIT_NEGATIVES that news mostly uses as adjectives, stating a fact rather than
 * denying one: "the bodies of missing students" says nothing is not so.
 */
export const ADJECTIVAL_NEGATIVES: readonly string[] = ['missing', 'absent', 'lacking'];

/**
 * Verbs (lemmas) beside "be" that take ADJECTIVAL_NEGATIVES as their predicate: "went
 * missing", "remains absent", "stayed missing".
 */
export const LINKING_VERBS: readonly string[] = ['go', 'remain', 'stay', 'become', 'turn', 'seem'];

/**
 * IMPLICIT_NEGATIVES whose object is what did not happen, with no infinitive needed: "missed
 * the vote" (did not attend it), "lacks the funds", "skipped work". "Failed", "refused" negate
 * only an infinitive ("failed to score"): "the talks failed" states a fact.
 */
export const OBJECT_NEGATIVES: readonly string[] = ['miss', 'skip', 'lack', 'forgo', 'abstain', 'avoid', 'omit'];

/**
 * Negations that describe a noun's own phrase rather than deny a clause: "a diver with no
 * mask", "a man without a shirt" tell which diver or man (see describesSubject). Each is the
 * cue and, for "with no", the word before it.
 */
export const DESCRIBING_NEGATIONS: readonly string[] = ['without', 'with no'];

/**
 * Phrases after a negation that strengthen it, with a word of degree in them that makes no
 * claim of degree ("did not in the least mislead", "did not so much as call", "did not accept
 * money, much less a bribe"): the negation still denies.
 */
export const EMPHATIC_DEGREE_PHRASES: readonly (readonly string[])[] = [['the', 'least'], ['so', 'much', 'as'], ['much', 'less'], ['much', 'more']];

/**
 * Verbs of confirming, in their forms: negated ("could not confirm the figures", "has not
 * verified the reports"), they leave what they would confirm open, as "neither confirmed nor
 * denied" does. No denial.
 */
export const CONFIRMING_VERBS: readonly string[] = [
  'confirm', 'confirms', 'confirmed', 'confirming', 'verify', 'verifies', 'verified', 'verifying',
  'corroborate', 'corroborates', 'corroborated', 'substantiate', 'substantiates', 'substantiated',
];
