/**
 * Roles: who is who. Whether a contradiction only tells two individuals apart, and whether
 * the same participants trade places around one predicate (a role swap).
 */
export { describesSubject, opensIndefinite, tellsApartIndividuals } from './individuals';
export { findRoleSwap } from './role-swap';
export type { RoleSwap } from './role-swap';
