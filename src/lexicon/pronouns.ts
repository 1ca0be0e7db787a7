/**
 * Pronouns that can stand as the speaker of a reporting verb, by what they may refer to.
 * Lower-case. "I" and "we" inside a quotation are the quoted speaker, never resolved.
 */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];
export const GROUP_PRONOUNS: readonly string[] = ['they', 'it', 'we'];
export const FIRST_PERSON_PRONOUNS: readonly string[] = ['i', 'we'];

/** Relative pronouns after which a reporting verb takes its speaker from before the comma. */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that'];
