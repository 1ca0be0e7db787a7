import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS, type Check, type Evidence } from '../../../src/schema/evidence';
import { decide, DECIDING, NOTING, OVERRIDING } from '../../../src/compare/verdict/decide';
import { DEFAULT_THRESHOLDS, type PairMeasures } from '../../../src/compare/verdict/measures';

const measures = (over: Partial<PairMeasures> = {}): PairMeasures => ({ empty: false, score: 0.6, aligned: 1, covered: 0.9, model: 0.9, loose: [], exact: false, ...over });
const found = (check: Check, strength = 0.85): Evidence => ({ check, found: check, a: [[0, 1]], b: [[0, 1]], reason: 'negation', strength });

describe('decide', () => {
  it.each<[string, Partial<PairMeasures>, Check[], string, number, Check[]]>([
    ['nothing of weight matches', { empty: true }, [], 'match', 1, []],
    ['nothing of weight still contradicts a denial', { empty: true }, ['stance'], 'contradict', 0.85, ['stance']],
    ['the model reads a restatement', {}, [], 'paraphrase', 0.9, []],
    ['every segment a match is a match, at least 0.99 sure', { exact: true }, [], 'match', 0.99, []],
    ['the model reads another statement', { model: 0.3 }, [], 'differ', 0.7, []],
    ['a confirmed flip contradicts, as sure as its evidence', {}, ['flip', 'one-sided-negation'], 'contradict', 0.85, ['flip']],
    ['flips that only tell individuals apart differ, against the model', {}, ['individuals', 'flip'], 'differ', 0.1, ['individuals']],
    ['a stray negation contradicts', { model: 0.3 }, ['stray-negation'], 'contradict', 0.85, ['stray-negation']],
    ['two figures for one count contradict, outside a restatement too', { model: 0.2 }, ['count', 'figure'], 'contradict', 0.85, ['count']],
    ['another figure in a restatement differs, against the model', {}, ['figure'], 'differ', 0.1, ['figure']],
    ['another figure outside a restatement leaves the model to decide', { model: 0.3 }, ['figure'], 'differ', 0.7, []],
    ['a modal of another force in a restatement differs, as sure as its evidence', {}, ['modal'], 'differ', 0.85, ['modal']],
    ['a quantifier of another force in a restatement differs, as sure as its evidence', {}, ['quantifier'], 'differ', 0.85, ['quantifier']],
    ['a role swap in a restatement differs, as sure as the swap', {}, ['role-swap'], 'differ', 0.85, ['role-swap']],
    ['a one-sided negation in a restatement differs', {}, ['one-sided-negation'], 'differ', 0.85, ['one-sided-negation']],
    ['a denial outweighs a role swap and keeps it', {}, ['role-swap', 'stance'], 'contradict', 0.85, ['role-swap', 'stance']],
    ['a denial adds nothing to a contradiction', {}, ['flip', 'stance'], 'contradict', 0.85, ['flip']],
    ['a negation worded on the other side is named in a paraphrase', {}, ['worded-negation'], 'paraphrase', 0.9, ['worded-negation']],
    ['a negation worded on the other side is named in a difference', { model: 0.3 }, ['worded-negation'], 'differ', 0.7, ['worded-negation']],
    ['a negation worded on the other side is not named in a contradiction', {}, ['worded-negation', 'stance'], 'contradict', 0.85, ['stance']],
    ['a dismissal of a claim it points to contradicts, as sure as the dismissal', { model: 0.2 }, ['dismissal'], 'contradict', 0.85, ['dismissal']],
    ['a share threshold decides without the model', { model: undefined, covered: 0.9 }, [], 'paraphrase', 0.6, []],
  ])('%s', (_, over, checks, relation, confidence, used) => {
    const verdict = decide(measures(over), checks.map((c) => found(c)), { ...DEFAULT_THRESHOLDS, paraphrase: over.model === undefined && 'model' in over ? 0.8 : undefined });
    expect(verdict.relation).toBe(relation);
    expect(verdict.confidence).toBeCloseTo(confidence, 6);
    expect(verdict.used.map((e) => e.check)).toEqual(used);
  });

  it('has a rule for every check, each once', () => {
    expect([...DECIDING, ...OVERRIDING, ...NOTING].map((r) => r.check).sort()).toEqual([...CHECKS].sort());
  });

  it('contradicts exactly when a flip, stray negation or count conflict not set aside by individuals, or a denial, is found; and uses only evidence it was given', () => {
    const arbitrary = fc.record({
      checks: fc.subarray([...CHECKS]),
      model: fc.double({ min: 0, max: 1, noNaN: true }),
      empty: fc.boolean(),
    });
    fc.assert(fc.property(arbitrary, ({ checks, model, empty }) => {
      const evidence = checks.map((c) => found(c));
      const verdict = decide(measures({ model, empty }), evidence, DEFAULT_THRESHOLDS);
      const has = (c: Check): boolean => checks.includes(c);
      const flips = !empty && !has('individuals') && (has('flip') || has('stray-negation') || has('count'));
      expect(verdict.relation === 'contradict').toBe(flips || has('stance') || has('dismissal'));
      expect(verdict.used.every((e) => evidence.includes(e))).toBe(true);
    }));
  });
});
