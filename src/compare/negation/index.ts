/**
 * Negation: what each side denies. Negation cues and their scope, implicit negatives
 * ("failed to"), truth frames ("it is not true that …") and where a clause
 * sits (relative clause, circumstance).
 */
export { inCircumstance, inRelativeClause, opensSubordinate, subordinateAt } from './clause-position';
export { negatesClause, saysNegation } from './implicit-negative';
export { carriesNegation, contentShare, narrowerAct, negatedAt, negatedSide, polarityAgrees, strayNegation } from './negation-scope';
export { rangeInFrame, truthFrames, withoutCancelled } from './truth-frame';
export type { Frames } from './truth-frame';
