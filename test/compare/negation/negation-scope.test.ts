import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/compare/align/draft';
import { carriesNegation, contentShare, narrowerAct, negatedAt, negatedSide, polarityAgrees, strayNegation } from '../../../src/compare/negation/negation-scope';
import { isContentTerm, toTerms, type Term } from '../../../src/compare/terms/terms';
import { truthFrames, type Frames } from '../../../src/compare/negation/truth-frame';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';
import { examinePair } from '../../../src/compare/pair-core';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };
const terms = (text: string): Term[] => toTerms(text, words);
const framesOf = (a: readonly Term[], b: readonly Term[]): Frames => ({ a: truthFrames(a, ctx), b: truthFrames(b, ctx) });

describe('negatedSide', () => {
  it.each<[string, string, 'a' | 'b' | null]>([
    ['The plant will close', 'The plant will not close', 'b'],
    ['The plant will not close', 'The plant will close', 'a'],
    ['The plant will not close', 'The plant won’t close', null],
    ['It is not true that the plant will close', 'The plant will not close', null],
    ['It is not true that the plant will close', 'The plant will close', 'a'],
    ['Nobody doubts it will not close', 'It will close', null],
  ])('%j ~ %j: %s', (x, y, side) => {
    const a = terms(x);
    const b = terms(y);
    expect(negatedSide(a, b, null, framesOf(a, b))).toBe(side);
  });
});

describe('contentShare', () => {
  it('counts the content words paired, by weight, and nothing when there is no content', () => {
    const a = terms('The bridge will not reopen');
    const bridge = a.findIndex((t) => t.key === 'bridge');
    const content = a.flatMap((t, i) => (isContentTerm(t) ? [i] : []));
    expect(content).toContain(bridge);
    expect(contentShare(a, new Set(content), [])).toBe(1);
    expect(contentShare(a, new Set([bridge]), [])).toBeGreaterThan(0);
    expect(contentShare(a, new Set([bridge]), [])).toBeLessThan(1);
    expect(contentShare(a, new Set(), [])).toBe(0);
    expect(contentShare(terms('It is not'), new Set(), [])).toBe(1);
  });
});

describe('carriesNegation', () => {
  it.each<[string, string, boolean]>([
    ['The minister did not attend the summit', 'The minister was absent from the summit', true],
    ['He did not pay the fine', 'He failed to pay the fine', true],
    ['The minister did not attend the summit', 'The minister attended the summit', false],
    ['Police did not find the children', 'Police found the missing children', false],
    ['I did not leave Corvan. The story is untrue.', 'I did not leave Corvan and the story is not true', true],
    ['The mayor has not resigned, and the rumour is inaccurate', 'The mayor has not resigned, and the rumour is not accurate', true],
    ['I did not leave Corvan. The story is true.', 'I did not leave Corvan and the story is not true', false],
  ])('%j ~ %j: %s', (x, y, carries) => {
    const a = terms(x);
    const b = terms(y);
    expect(carriesNegation(a, b, null, framesOf(a, b), ctx)).toBe(carries);
  });
});

describe('strayNegation', () => {
  const run = (text: string, from: string, to: string): readonly [number, number] => {
    const t = terms(text);
    return [t.findIndex((x) => x.key === from), t.findIndex((x) => x.key === to) + 1];
  };

  it('relabels the one one-sided run that holds every negation cue as a negation', () => {
    const a = terms('A guide is on the ridge and is waving');
    const b = terms('There is no guide waving on the ridge');
    const added: Draft = { label: 'added', a: null, b: run('There is no guide waving on the ridge', 'no', 'waving'), reasons: new Set() };
    const found = strayNegation([added], a, b);
    expect(found?.at).toBe(0);
    expect(found?.draft.label).toBe('contradict');
    expect([...(found?.draft.reasons ?? [])]).toEqual(['negation']);
    expect(found?.draft.b).toEqual(added.b);
  });

  it('finds none when a cue lies outside the run, or stands in a relative clause', () => {
    const a = terms('A guide is waving on the ridge');
    const b = terms('A guide is not waving on the ridge which you cannot climb');
    const added: Draft = { label: 'added', a: null, b: run('A guide is not waving on the ridge which you cannot climb', 'not', 'waving'), reasons: new Set() };
    expect(strayNegation([added], a, b)).toBeNull();
    const c = terms('A guide who is not tired is waving');
    const own: Draft = { label: 'added', a: null, b: run('A guide who is not tired is waving', 'who', 'tired'), reasons: new Set() };
    expect(strayNegation([own], a, c)).toBeNull();
  });
});

describe('polarityAgrees', () => {
  it.each<[string, string, boolean]>([
    ['The player scored', 'The player failed to score', false],
    ['The senator attended the vote', 'The senator was absent from the vote', false],
    ['He did not pay the fine', 'He failed to pay the fine', true],
    ['The minister did not attend the summit', 'The minister was absent from the summit', true],
    ['The senator was not absent from the vote', 'The senator did not miss the vote', true],
    ['The talks collapsed', 'The talks failed', true],
    ['The plant will close', 'The plant will not close', false],
    ['The missing girl was found safe', 'The girl, who had been missing, was found safe', true],
  ])('%j ~ %j: %s', (x, y, agree) => {
    const a = terms(x);
    const b = terms(y);
    expect(polarityAgrees(a, b, framesOf(a, b), ctx)).toBe(agree);
  });
});

describe('narrowerAct', () => {
  it.each<[string, string, string, boolean]>([
    ['The woman is not frying fish', 'frying', 'cooking', true],
    ['A senator did not shout at reporters', 'shout', 'spoke', true],
    ['The woman is not cooking fish', 'cooking', 'frying', false],
    ['There is no lady peeling the potato', 'lady', 'woman', false],
  ])('%j: %j is an act narrower than %j: %s', (text, word, broader, narrower) => {
    const t = terms(text);
    expect(narrowerAct(t, t.findIndex((u) => u.key === word), terms(broader)[0] as Term, ctx)).toBe(narrower);
  });
});

describe('negatedAt', () => {
  const at = (text: string, key: string): { terms: Term[]; clause: readonly [number, number]; i: number } => {
    const ts = terms(text);
    return { terms: ts, clause: [0, ts.length], i: ts.findIndex((t) => t.key === key) };
  };
  it.each<[string, string, boolean]>([
    ['The pumpkin is no hoax', 'hoax', true],
    ['It is not a fake', 'fake', true],
    ['Mia Stone did not call the charge a hoax', 'hoax', false],
    ['The hoax spread', 'hoax', false],
  ])('%j: %j is negated across small words only: %s', (text, key, negated) => {
    const { terms, clause, i } = at(text, key);
    expect(negatedAt(terms, i, clause) !== null).toBe(negated);
  });
});

describe('oneSidedNegationCheck', () => {
  it.each<[string, string, boolean]>([
    ['The striker scored in the final', 'The striker failed to score in the final', true],
    ['The striker scored in the final', 'The striker netted in the final', false],
    ['He did not pay the fine', 'He failed to pay the fine', false],
    ['I did not leave Corvan. The story is untrue.', 'I did not leave Corvan and the story is not true', false],
    ['I did not leave Corvan. The story is true.', 'I did not leave Corvan and the story is not true', true],
  ])('%j ~ %j: a negation on one side only: %s', (a, b, oneSided) => {
    expect(examinePair(a, b, {}).evidence.some((e) => e.check === 'one-sided-negation')).toBe(oneSided);
  });

  it('two denials, one worded with a cue and one in a word, are a paraphrase marked as such, not a difference', () => {
    const pair = examinePair('I did not leave Corvan. The story is untrue.', 'I did not leave Corvan and the story is not true', {});
    expect(pair.verdict.relation).toBe('paraphrase');
    expect(pair.verdict.used.map((e) => e.check)).toEqual(['worded-negation']);
  });

  it('reports where each side says its negation, a word that says one included', () => {
    const found = examinePair('The striker scored in the final', 'The striker failed to score in the final', {}).evidence.find((e) => e.check === 'one-sided-negation');
    expect(found).toMatchObject({ a: [], b: [[2, 3]], reason: 'negation' });
  });
});
