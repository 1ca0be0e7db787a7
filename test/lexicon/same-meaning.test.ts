import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lexicon, MeaningKeys } from '../../src/lexicon/lexicon';
import { heldIn, heldInKeyed, sameMeaning } from '../../src/lexicon/same-meaning';
import { createWordNetLexicon } from '../../src/lexicon/wordnet/wordnet-lexicon';

const lexicon = createWordNetLexicon();
const same = sameMeaning(lexicon);
const SAME = new Set(['inflection', 'synonym', 'similar', 'derivation']);

/** Words with every kind of relation among them, and some with none. */
const WORDS = [
  'afghan', 'afghanistan', 'died', 'death', 'dead', 'tried', 'trying', 'big', 'large', 'win', 'lose', 'allow',
  'permit', 'attack', 'attacks', 'use', 'used', 'territory', 'land', 'dog', 'cat', 'enjoy', 'benefit', 'quick',
  'fast', 'happy', 'happiness', 'close', 'shut', 'left', 'leave', 'right', 'increased', 'decreased', 'tehrik',
  'tehreek', 'said', 'say', 'tell', 'told', 'elect', 'election', 'militants', 'militant', 'soil', 'ground',
];

describe('sameMeaning', () => {
  it.each([
    ['afghan', 'afghanistan', true],
    ['tried', 'trying', true],
    ['big', 'large', true],
    ['quick', 'fast', true],
    ['happy', 'happiness', true],
    ['win', 'lose', false],
    ['enjoy', 'benefit', false],
    ['dog', 'cat', false],
    ['attack', 'attack', false],
  ] as const)('says whether %s and %s mean the same: %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
  });

  it('agrees with relate on every pair of words, in both orders', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), (a, b) => {
        expect(same(a, b)).toBe(SAME.has(lexicon.relate(a, b) as string));
        expect(same(b, a)).toBe(same(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('asks relate of every pair when the lexicon has no meaning keys', () => {
    const asked: string[] = [];
    const plain: Lexicon = { lemmas: (w) => [w], knows: () => true, relate: (a, b) => (asked.push(`${a}/${b}`), a === 'x' && b === 'y' ? 'synonym' : null) };
    const test = sameMeaning(plain);
    expect([test('x', 'y'), test('y', 'x')]).toEqual([true, false]);
    expect(asked).toEqual(['x/y', 'y/x']);
  });

  it('asks relate only of pairs whose meaning keys meet', () => {
    const fresh = createWordNetLexicon();
    let asked = 0;
    const counting: Lexicon = { ...fresh, relate: (a, b) => (asked++, fresh.relate(a, b)) };
    const test = sameMeaning(counting);
    expect([test('dog', 'happiness'), test('territory', 'elect')]).toEqual([false, false]);
    expect(asked).toBe(0);
    expect(test('big', 'large')).toBe(true);
    expect(asked).toBe(1);
  });
});

describe('heldIn', () => {
  it.each([
    ['afghan', ['pakistan', 'afghanistan'], true],
    ['large', ['a', 'big', 'dog'], true],
    ['lose', ['win', 'match'], false],
    ['dog', [], false],
    ['attack', ['attack'], true],
    ['attacks', ['attack'], true],
  ] as const)('says whether %s is in %j or means the same as one of its words: %s', (x, words, expected) => {
    expect(heldIn(lexicon, words)(x)).toBe(expected);
  });

  it('agrees with looking the word up in the list and asking sameMeaning of each of its words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 6 }), (x, words) => {
        expect(heldIn(lexicon, words)(x)).toBe(words.includes(x) || words.some((v) => same(x, v)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('heldInKeyed', () => {
  const keysOf = (w: string): MeaningKeys => (lexicon.meaningKeys as NonNullable<Lexicon['meaningKeys']>)(w);

  it('agrees with heldIn when given the word\'s own meaning keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 6 }), (x, words) => {
        expect(heldInKeyed(lexicon, keysOf, words)(x, keysOf(x).own)).toBe(heldIn(lexicon, words)(x));
      }),
      { numRuns: 300 },
    );
  });

  it('answers from the keys it is given, not from the word\'s own', () => {
    expect(heldInKeyed(lexicon, keysOf, ['big'])('large', keysOf('large').own)).toBe(true);
    expect(heldInKeyed(lexicon, keysOf, ['big'])('large', [])).toBe(false);
  });
});
