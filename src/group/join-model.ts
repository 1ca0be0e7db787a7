import { JOIN_FEATURE_KEYS, type JoinFeatures } from './join-features';

/** A logistic decision over `JoinFeatures`: two statements are one when the probability reaches the cut. */
export interface JoinModel {
  readonly weights: Readonly<Record<keyof JoinFeatures, number>>;
  readonly bias: number;
  /** The probability a pair must reach to be joined. */
  readonly cut: number;
  /**
   * The most statements one proposition holds in the fitting data: evidence held by more
   * statements than that is discounted (see `discountCommon`); none when absent.
   */
  readonly reach?: number;
  /**
   * The most speakers one proposition names in the fitting data: evidence said by more voices
   * than that is discounted the same way (see `discountCommon`); none when absent.
   */
  readonly speakerReach?: number;
}

/**
 * Fitted by scripts/fit-group-join.ts on the candidate pairs of newsbench dev (same `prop`),
 * ECB+ dev (same chain) and Emergent dev (same claim) together; see that script for the data
 * and the cross-validated figures. Data, not rules: refit rather than edit by hand.
 */
export const JOIN_MODEL: JoinModel = {
  weights: {
    weightedJaccard: 0.251, weightedContainment: 2.614, soft: 5.196, sharedWords: 0.572, names: -0.655, figuresConflict: 0.360,
    speakerOverlap: 0.674, otherSpeakerSameStance: 0.280, sameReport: -0.733, stanceDiffers: 0.356, denialLink: 0.515,
    lengthRatio: 0.529, quotation: -2.719, pointed: 4.069,
  },
  bias: -3.664,
  cut: 0.5,
  // The largest proposition of newsbench dev (18 labelled statements, 5 speakers): no
  // statement of the fitting data was reported more often than that.
  reach: 18,
  // The most speakers of one proposition in newsbench dev (its largest by voices: a claim, the
  // denials of three bodies and a spokesman's): a phrase said by more voices names a topic.
  speakerReach: 5,
};

/** The model's probability that two statements report one statement. */
export function joinProbability(f: JoinFeatures, model: JoinModel = JOIN_MODEL): number {
  let z = model.bias;
  for (const k of JOIN_FEATURE_KEYS) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}
