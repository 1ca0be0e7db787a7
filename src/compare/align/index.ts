/**
 * Alignment: the two wordings' terms put in order against each other, blocks of changed
 * terms labelled, moved words paired, and the drafts (labelled runs on both sides) that
 * become the segments.
 */
export { alignTerms, trimAlign } from './align';
export { draftConfidence, draftRuns, joinSharedTokens, toSegments } from './draft';
export type { Draft } from './draft';
export { labelAlignment, pairMoves } from './moves';
