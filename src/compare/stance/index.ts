/**
 * Stance: one report denying what the other claims ("X denied that …"): the denials each
 * side makes, the guards that keep a denial from counting, and the segment that marks it.
 */
export { dismissalCheck } from './dismissal';
export { markStance } from './mark-stance';
export { stanceCheck } from './stance';
