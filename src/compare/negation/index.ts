/**
 * Negation: what each side denies. Negation cues and their scope, implicit negatives
 * ("failed to"), truth frames ("it is not true that …") and where a clause
 * sits (relative clause, circumstance).
 */
export { inCircumstance, inRelativeClause, opensSubordinate, subordinateAt } from './clause-position';
export { figureCheck, flipCheck, modalCheck, strayNegationCheck } from './flips';
export type { FlipThresholds } from './flips';
export { negatesClause, saysNegation } from './implicit-negative';
export { narrowerAct, negatedAt, oneSidedNegationCheck, wordedNegationCheck } from './negation-scope';
export { truthFrames, withoutCancelled } from './truth-frame';
export type { Frames } from './truth-frame';
