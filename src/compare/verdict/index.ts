/**
 * Verdict: the pair's features, the fitted paraphrase model, and the one step that reads
 * the alignment and every check's evidence and decides the relation and its confidence.
 */
export { decide, readsAsRestatement } from './decide';
export type { Verdict } from './decide';
export { markEvidence } from './marks';
export { DEFAULT_THRESHOLDS, measurePair } from './measures';
export type { PairMeasures, RelationThresholds } from './measures';
