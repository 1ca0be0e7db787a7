import { describe, expect, it } from 'vitest';
import { JOIN_FEATURE_KEYS, type JoinFeatures } from '../../src/group/join-features';
import { JOIN_MODEL, joinProbability } from '../../src/group/join-model';

const zero = Object.fromEntries(JOIN_FEATURE_KEYS.map((k) => [k, 0])) as unknown as JoinFeatures;

describe('JOIN_MODEL', () => {
  it('has a weight for every feature and a cut in (0, 1)', () => {
    expect(Object.keys(JOIN_MODEL.weights).sort()).toEqual([...JOIN_FEATURE_KEYS].sort());
    expect(JOIN_MODEL.cut).toBeGreaterThan(0);
    expect(JOIN_MODEL.cut).toBeLessThan(1);
  });
});

describe('joinProbability', () => {
  it('joins two statements of the same words and not two that share nothing', () => {
    const same: JoinFeatures = { ...zero, weightedJaccard: 1, weightedContainment: 1, soft: 1, sharedWords: 1, lengthRatio: 1 };
    expect(joinProbability(same)).toBeGreaterThanOrEqual(JOIN_MODEL.cut);
    expect(joinProbability(zero)).toBeLessThan(JOIN_MODEL.cut);
  });

  it('is the logistic of the bias and the weighted features', () => {
    const model = { weights: { ...zero, soft: 2 }, bias: -1, cut: 0.5 };
    expect(joinProbability({ ...zero, soft: 0.5 }, model)).toBeCloseTo(0.5, 12);
    expect(joinProbability({ ...zero, soft: 1 }, model)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });

  it('grows with the evidence the fitted model reads as one statement: more words shared, a pointing denial', () => {
    const some: JoinFeatures = { ...zero, weightedContainment: 0.5, soft: 0.4 };
    expect(joinProbability({ ...some, soft: 0.8 })).toBeGreaterThan(joinProbability(some));
    expect(joinProbability({ ...some, pointed: 1 })).toBeGreaterThan(joinProbability(some));
  });
});
