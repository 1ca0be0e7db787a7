/**
 * Counts: what a figure counts (the counted word, the act), and two figures given for one
 * count that cannot both hold.
 */
export { countCheck } from './count-conflict';
