import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';
import { toTerms } from '../../../src/compare/terms/terms';
import { inFrame, rangeInFrame, truthFrames, withoutCancelled } from '../../../src/compare/negation/truth-frame';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };

/** The frame's words and whether it denies, for each frame of the text. */
function frames(text: string): [string, boolean][] {
  const terms = toTerms(text, words);
  return truthFrames(terms, ctx).map((f) => [terms.slice(f.start, f.end).map((t) => t.key).join(' '), f.denies]);
}

describe('truthFrames', () => {
  it.each<[string, [string, boolean][]]>([
    ['It is not true that the plant will close', [['it is not true that', true]]],
    ['It is false that the bridge collapsed', [['it is false that', true]]],
    ['It is not the case that taxes rose', [['it is not the case that', true]]],
    ['It is simply not true that prices doubled', [['it is simply not true that', true]]],
    ['It is true that the plant will close', [['it is true that', false]]],
    ['It is not false that the plant will close', [['it is not false that', false]]],
    ['The union said it is not true that the plant will close', [['it is not true that', true]]],
  ])('reads %j as framed by %j', (text, expected) => {
    expect(frames(text)).toEqual(expected);
  });

  it.each([
    'It is not clear that the plant will close',
    'It is not likely that the plant will close',
    'The plant will not close',
    'It is not true',
    'Officials said it is true the plant will close',
  ])('finds no frame in %j', (text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('withoutCancelled', () => {
  const terms = toTerms('It is not true that the plant will not close', words);
  const verdict = { cue: [0, 4] as const };
  const own = { cue: [8, 9] as const };

  it('drops the verdict of a denying frame over a clause that denies itself, and that clause’s own denial', () => {
    expect(withoutCancelled([verdict, own], terms, truthFrames(terms, ctx))).toEqual([]);
  });

  it('keeps the verdict when the framed clause does not deny itself', () => {
    const plain = toTerms('It is not true that the plant will close', words);
    expect(withoutCancelled([verdict], plain, truthFrames(plain, ctx))).toEqual([verdict]);
  });
});

describe('inFrame and rangeInFrame', () => {
  it('place a term or a run inside a frame, and no run is inside every frame', () => {
    const terms = toTerms('It is not true that the plant will close', words);
    const found = truthFrames(terms, ctx);
    const not = terms.findIndex((t) => t.key === 'not');
    const plant = terms.findIndex((t) => t.key === 'plant');
    expect(inFrame(found, not)).toBe(true);
    expect(inFrame(found, plant)).toBe(false);
    expect(rangeInFrame(found, [not, not + 1])).toBe(true);
    expect(rangeInFrame(found, [not, plant + 1])).toBe(false);
    expect(rangeInFrame(found, null)).toBe(true);
    expect(rangeInFrame([], [0, 1])).toBe(false);
  });
});
