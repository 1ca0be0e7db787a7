/**
 * Roles: who is who. The checks that contradicting segments only tell two individuals apart,
 * and that the same participants trade places around one predicate (a role swap).
 */
export { individualsCheck, opensIndefinite } from './individuals';
export { roleSwapCheck } from './role-swap';
