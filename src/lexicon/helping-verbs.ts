/**
 * Past forms of the verbs by which a claim says its subject helped another do a thing ("had
 * assisted the Navy in planting", "helped the militia plan"): a claim of complicity, not of the
 * deed (see `statesHelp`). "supported" is left out: it is as often a stance ("supported the bill").
 */
export const HELPING_VERB_FORMS: readonly string[] = ['assisted', 'helped', 'aided', 'abetted', 'facilitated', 'enabled'];
