import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/compare/align/draft';
import { describesSubject, opensIndefinite, tellsApartIndividuals } from '../../../src/compare/roles/individuals';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import type { Reason } from '../../../src/schema/diff';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';
import { examinePair } from '../../../src/compare/pair-core';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };

/** A contradicting draft over the first term with key `x` of `a` and `y` of `b` ('' for none). */
function flip(a: readonly Term[], x: string, b: readonly Term[], y: string, reason: Reason): Draft {
  const at = (terms: readonly Term[], key: string): readonly [number, number] | null => {
    const i = terms.findIndex((t) => t.key === key);
    return key === '' || i < 0 ? null : [i, i + 1];
  };
  return { label: 'contradict', a: at(a, x), b: at(b, y), reasons: new Set([reason]) };
}

describe('opensIndefinite', () => {
  it.each<[string, boolean]>([
    ['A young man is sitting', true],
    ['There are two men on the bench', true],
    ['Two men are sitting', true],
    ['The man is sitting', false],
    ['The 3rd man is sitting', false],
    ['Smith is sitting', false],
  ])('%j opens with an indefinite noun phrase: %s', (text, indefinite) => {
    expect(opensIndefinite(toTerms(text, words), ctx)).toBe(indefinite);
  });
});

describe('tellsApartIndividuals', () => {
  it.each<[string, string, string, string, Reason, boolean]>([
    ['A man is sitting', 'man', 'A woman is sitting', 'woman', 'antonym', true],
    ['A man is sitting', 'sitting', 'A man is standing', 'standing', 'antonym', true],
    ['The man is painting the fence', 'man', 'The woman is painting the fence', 'woman', 'antonym', true],
    ['The minister is sitting', 'sitting', 'The minister is standing', 'standing', 'antonym', false],
    ['Smith said the vote was close', 'smith', 'Jones said the vote was close', 'jones', 'entity', false],
    ['A man is turning on the light', 'on', 'A man is turning off the light', 'off', 'antonym', false],
    ['A man is sitting', 'sitting', 'A man is not sitting', 'not', 'negation', false],
    ['Rise in interest rates expected', 'rise', 'Fall in interest rates expected', 'fall', 'antonym', false],
    ['Buy the shares now', 'buy', 'Sell the shares now', 'sell', 'antonym', false],
    ['The higher taxes will hurt growth', 'higher', 'The lower taxes will hurt growth', 'lower', 'antonym', false],
    ['The man wearing a hat is dancing', 'man', 'The woman wearing a hat is dancing', 'woman', 'antonym', true],
  ])('%j [%s] ~ %j [%s] (%s): %s', (a, x, b, y, reason, apart) => {
    const ta = toTerms(a, words);
    const tb = toTerms(b, words);
    expect(tellsApartIndividuals(flip(ta, x, tb, y, reason), ta, tb, ctx)).toBe(apart);
  });
});

describe('describesSubject', () => {
  it.each<[string, string, string, string, boolean]>([
    ['A diver with a mask is swimming', '', 'A diver with no mask is swimming', 'no', true],
    ['A diver with a mask is swimming', '', 'A diver without a mask is swimming', 'without', true],
    ['A diver is swimming', '', 'No diver is swimming', 'no', false],
    ['A diver is swimming', '', 'A diver is not swimming', 'not', false],
    ['The diver with a mask is swimming', '', 'The diver with no mask is swimming', 'no', false],
    ['A man wears a helmet and is riding a bike', '', 'A man wears no helmet and is riding a bike', 'no', false],
  ])('%j ~ %j [%s]: %s', (a, x, b, y, describes) => {
    const ta = toTerms(a, words);
    const tb = toTerms(b, words);
    expect(describesSubject(flip(ta, x, tb, y, 'negation'), ta, tb, ctx)).toBe(describes);
  });
});

describe('individualsCheck', () => {
  it.each<[string, string, boolean]>([
    ['A man is sitting on the bench', 'A woman is sitting on the bench', true],
    ['The minister is sitting on the bench', 'The minister is standing on the bench', false],
  ])('%j ~ %j: the contradicting segments only tell individuals apart: %s', (a, b, apart) => {
    const pair = examinePair(a, b, {});
    expect(pair.evidence.some((e) => e.check === 'individuals')).toBe(apart);
    expect(pair.verdict.relation).toBe(apart ? 'differ' : 'contradict');
  });
});
