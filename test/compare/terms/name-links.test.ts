import { describe, expect, it } from 'vitest';
import { nameLinks } from '../../../src/compare/terms/name-links';
import { toTerms } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };

/** The words of `b` linked to the word `x` of `a`, sorted. */
function linked(a: string, x: string, b: string): string[] {
  const ta = toTerms(a, words);
  const tb = toTerms(b, words);
  const from = ta.find((t) => t.key === x);
  expect(from).toBeDefined();
  return [...(nameLinks(ta, tb, ctx).get(from as (typeof ta)[number]) ?? [])].map((t) => t.key).sort();
}

describe('nameLinks', () => {
  it.each<[string, string, string, string[]]>([
    ['ISIS fighters seized the town', 'isis', 'Islamic State fighters seized the town', ['islamic', 'state']],
    ['The FBI opened an inquiry', 'fbi', 'The Federal Bureau of Investigation opened an inquiry', ['bureau', 'federal', 'investigation', 'of']],
    ['Rebel fighter Dana Kurt alive and well', 'alive', 'Rebel fighter Dana Kurt was killed', ['killed']],
    ['The mayor was arrested', 'mayor', 'The governor was arrested', []],
    ['SOS sent from the ship', 'sos', 'The crew sent a signal', []],
  ])('%j: %j is linked to %j', (a, x, b, expected) => {
    expect(linked(a, x, b)).toEqual(expected);
  });

  it('links both ways round', () => {
    const ta = toTerms('Islamic State fighters', words);
    const tb = toTerms('ISIS fighters', words);
    const islamic = ta.find((t) => t.key === 'islamic');
    expect([...(nameLinks(ta, tb, ctx).get(islamic as (typeof ta)[number]) ?? [])].map((t) => t.key)).toEqual(['isis']);
  });
});
