import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { ownNegation, type Negating } from '../../src/group/own-negation';

const ctx = createFeatureContext();

describe('ownNegation', () => {
  it.each<[string, Negating, boolean]>([
    ['a negative claim of one\'s own', { text: 'the vaccine had not been tested', stance: 'denies', cue: { lemma: 'say' } }, true],
    ['a claim', { text: 'the vaccine had been tested', stance: 'asserts', cue: { lemma: 'say' } }, false],
    ['a denial by a verb of denying', { text: 'the vaccine had been tested', stance: 'denies', cue: { lemma: 'deny' } }, false],
    ['a dismissal', { text: 'that claim was untrue', stance: 'denies', cue: { lemma: 'say' } }, false],
    ['a pointer', { text: 'This is not true', stance: 'denies', cue: { lemma: 'say' } }, false],
    ['a denial found to answer a claim', { text: 'the vaccine had not been tested', stance: 'denies', cue: { lemma: 'say' }, answers: 0 }, false],
  ])('%s: %s', (_name, x, want) => {
    expect(ownNegation(x, ctx)).toBe(want);
  });
});
