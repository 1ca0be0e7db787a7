/**
 * The baselines every eval run prints beside diffClaims, so a figure is always read against
 * what a one-line rule gets on the same pairs: word overlap for paraphrase (MRPC's published
 * baseline, ≈ 0.73 accuracy on test) and a negation cue for contradiction (≈ 0.70 F1 on SICK).
 */
import { NEGATION_CUES } from '../src/lexicon/negation';
import type { ClaimDiff } from '../src/schema/diff';
import { precisionRecallF1 } from './metrics';

/** What the harness needs from a predictor: diffClaims' result, or less of it. */
export type Prediction = Pick<ClaimDiff, 'relation' | 'score'> & Partial<Pick<ClaimDiff, 'segments' | 'issues' | 'confidence'>>;
export type Predictor = (a: string, b: string) => Prediction;

// Words with inner apostrophes stay whole ("isn't"), and a pre-split "n't" is one word, so
// both spellings of a contracted negation meet the cue list.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Lower-cased word set; punctuation is dropped, as the published overlap baseline does. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? []);
}

/**
 * Jaccard similarity of two sets (1 for two empty sets: nothing differs). Dice is
 * 2J / (1 + J), a monotone function of it, so with a tuned threshold both decide alike.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Paraphrase iff the word sets overlap at least `threshold`; score = the overlap. */
export function overlapBaseline(threshold: number): Predictor {
  return (a, b) => {
    const score = jaccard(wordSet(a), wordSet(b));
    return { relation: score >= threshold ? 'paraphrase' : 'differ', score };
  };
}

/**
 * Contradiction iff exactly one side has a negation cue; otherwise the overlap rule, so the
 * baseline also gives a three-way verdict for SICK.
 */
export function negationBaseline(threshold: number, cues: readonly string[] = NEGATION_CUES): Predictor {
  const cueSet = new Set(cues);
  const negated = (words: ReadonlySet<string>): boolean => [...words].some((word) => cueSet.has(word));
  return (a, b) => {
    const wordsA = wordSet(a);
    const wordsB = wordSet(b);
    const score = jaccard(wordsA, wordsB);
    if (negated(wordsA) !== negated(wordsB)) return { relation: 'contradict', score };
    return { relation: score >= threshold ? 'paraphrase' : 'differ', score };
  };
}

export type Objective = 'accuracy' | 'f1';

/**
 * The threshold t (decide positive iff score ≥ t) that maximises the objective on tuning
 * data. One sweep down the sorted scores tries every distinct cut; the cut is put midway
 * between neighbouring scores so it transfers to unseen pairs without bias to either side.
 * Ties go to the higher threshold, the more conservative rule.
 */
export function chooseThreshold(scores: readonly number[], gold: readonly boolean[], objective: Objective): number {
  const order = scores.map((_, i) => i).sort((i, j) => (scores[j] ?? 0) - (scores[i] ?? 0));
  const positives = gold.filter(Boolean).length;
  const negatives = gold.length - positives;
  // Start with nothing predicted positive: the cut above the highest score.
  let tp = 0;
  let fp = 0;
  let best = value(objective, tp, fp, positives, negatives);
  let bestThreshold = (scores[order[0] ?? 0] ?? 1) + 1e-9;
  for (let k = 0; k < order.length; k += 1) {
    const index = order[k] ?? 0;
    if (gold[index] === true) tp += 1;
    else fp += 1;
    const here = scores[index] ?? 0;
    const next = scores[order[k + 1] ?? -1];
    if (next === here) continue;
    const v = value(objective, tp, fp, positives, negatives);
    if (v > best) {
      best = v;
      bestThreshold = next === undefined ? here : (here + next) / 2;
    }
  }
  return bestThreshold;
}

function value(objective: Objective, tp: number, fp: number, positives: number, negatives: number): number {
  const fn = positives - tp;
  const tn = negatives - fp;
  if (objective === 'accuracy') return (tp + tn) / Math.max(1, positives + negatives);
  return precisionRecallF1({ tp, fp, fn, tn }).f1;
}

