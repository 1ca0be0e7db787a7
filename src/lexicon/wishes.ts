/** Verbs by which a speaker states a wish or a hope of their own ("I hope we can straighten it out", "we pray they are safe"): no claim a denial could answer. */
export const WISH_PREDICATES: readonly string[] = ['hope', 'hopes', 'hoped', 'wish', 'wishes', 'wished', 'pray', 'prays', 'prayed'];
