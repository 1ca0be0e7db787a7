/**
 * Stance: one report denying what the other claims ("X denied that …"): the denials each
 * side makes, the guards that keep a denial from counting, the claims no denial answers (a
 * view of the speaker's own mind), and the segment that marks it.
 */
export { dismissalCheck } from './dismissal';
export { markStance } from './mark-stance';
export { deniable, negatesOwnMind } from './own-mind';
export { statesGeneric } from './generic';
export { rejectsOutright, statesObligation } from './obligations';
export { stanceCheck } from './stance';
