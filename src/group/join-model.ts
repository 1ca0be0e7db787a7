import { JOIN_FEATURE_KEYS, type JoinFeatures } from './join-features';

/** A logistic decision over `JoinFeatures`: two statements are one when the probability reaches the cut. */
export interface JoinModel {
  readonly weights: Readonly<Record<keyof JoinFeatures, number>>;
  readonly bias: number;
  /** The probability a pair must reach to be joined. */
  readonly cut: number;
}

/**
 * Fitted by scripts/fit-group-join.ts on the candidate pairs of newsbench dev (same `prop`),
 * ECB+ dev (same chain) and Emergent dev (same claim) together; see that script for the data
 * and the cross-validated figures. Data, not rules: refit rather than edit by hand.
 */
export const JOIN_MODEL: JoinModel = {
  weights: {
    weightedJaccard: -0.251, weightedContainment: 2.504, soft: 4.215, sharedWords: 0.690, names: -0.813, figuresConflict: 0.086,
    speakerOverlap: 0.444, otherSpeakerSameStance: 0.325, sameReport: -0.595, stanceDiffers: 0.432, denialLink: 0.497,
    lengthRatio: 1.139, quotation: -2.367, pointed: 3.481,
  },
  bias: -3.515,
  cut: 0.5,
};

/** The model's probability that two statements report one statement. */
export function joinProbability(f: JoinFeatures, model: JoinModel = JOIN_MODEL): number {
  let z = model.bias;
  for (const k of JOIN_FEATURE_KEYS) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}
