/**
 * Pronouns that can stand as the speaker of a reporting verb, by what they may refer to.
 * Lower-case. "I" and "we" inside a quotation are the quoted speaker, never resolved.
 */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];
export const GROUP_PRONOUNS: readonly string[] = ['they', 'it', 'we'];
export const FIRST_PERSON_PRONOUNS: readonly string[] = ['i', 'we'];
/** "I" and "we" with their contractions: a first-person subject ("I'm", "we'll"). */
export const FIRST_PERSON_FORMS: readonly string[] = [
  ...FIRST_PERSON_PRONOUNS, "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll",
];
/** Pronouns as objects ("accused him of lying"): they name no one by themselves. */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'her', 'them', 'it', 'us', 'me'];

/** The subject form of an object pronoun that names a source ("according to him, …" as "he said …"). */
export const SOURCE_OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** Object pronouns a verb of telling takes as its hearer: "told me he had …", "assured us that …". */
export const HEARER_PRONOUNS: readonly string[] = ['me', 'us', 'you', 'him', 'her', 'them'];

/** Reflexive pronouns: "describes itself as a 'green pioneer'" is a self-description, not a verdict on another's words. */
export const REFLEXIVE_PRONOUNS: readonly string[] = ['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself'];

/**
 * Subjects of a view of one's own mind: the speaker, in a quotation ("I'm not surprised") or in
 * reported speech ("he was not surprised"). Contracted forms as the tokeniser keeps them.
 */
export const OWN_MIND_SUBJECTS: readonly string[] = ['i', 'we', "i'm", "we're", 'i’m', 'he', 'she', 'they', "he's", "she's", "they're"];

/**
 * Subject pronouns of one person each, by gender, with their contractions: a "he" and a "she"
 * before one verb are two people (see `twoPeople`).
 */
export const HE_FORMS: readonly string[] = ['he', "he'd", "he's", "he'll"];
export const SHE_FORMS: readonly string[] = ['she', "she'd", "she's", "she'll"];

/**
 * Words that make a short opener before a comma a clause of its own: a pronoun subject or its
 * contraction with a verb ("It's true, I haven't …", "I know Bernie, and …"). With the forms of
 * "be", "have", "do" and the modals (see `negationInMainClause`).
 */
export const CLAUSE_SUBJECTS: readonly string[] = [
  ...FIRST_PERSON_FORMS, 'you', 'he', 'she', 'it', 'they', "you're", "he's", "she's", "it's", "they're", "that's", "there's",
  "you've", "they've", "you'd", "he'd", "she'd", "they'd", "you'll", "he'll", "she'll", "they'll",
];
