import { describe, expect, it } from 'vitest';
import { placeNamesOf } from '../../src/group/place-names';
import { builtInLexicon } from '../../src/lexicon/wordnet/wordnet-lexicon';

describe('placeNamesOf', () => {
  const places = placeNamesOf(builtInLexicon());
  it.each([
    ['kabul', 'afghanistan', true],
    ['afghanistan', 'kabul', true],
    ['kremlin', 'russia', true],
    ['tehran', 'iran', true],
    ['kabul', 'iran', false],
    ['clinton', 'trump', false],
    ['kabul', 'kabul', false],
  ])('%s and %s name one government: %s', (a, b, want) => {
    expect(places(a, b)).toBe(want);
  });

  it('is made once per lexicon', () => {
    expect(placeNamesOf(builtInLexicon())).toBe(places);
  });
});
