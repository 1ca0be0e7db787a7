/**
 * Quantifiers: the force of "all", "some", "not much", "nothing" on each side, and a pair
 * whose quantifiers agree in polarity but not in force.
 */
export { quantifierCheck } from './quantifier-force';
