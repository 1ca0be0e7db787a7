/**
 * Verdict: the pair's features, the fitted paraphrase model, and the one step that reads
 * the alignment and every check's evidence and decides the relation and its confidence.
 */
export { DEFAULT_THRESHOLDS, judgePair, ROLE_SWAP_CONFIDENCE } from './relation';
