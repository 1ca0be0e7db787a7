import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { examinePair } from '../../../src/compare/pair-core';
import { defaultWordLists } from '../../../src/compare/terms';

const forced = (a: string, b: string, options = {}): boolean => examinePair(a, b, options).evidence.some((e) => e.check === 'quantifier');

describe('quantifiers of one polarity and another force', () => {
  it.each<[string, string]>([
    ['Some of the dock workers joined the strike', 'All of the dock workers joined the strike'],
    ['Many residents of Farrow left the town', 'All residents of Farrow left the town'],
    ['Most of the ballots in Wexby were counted', 'All of the ballots in Wexby were counted'],
    ['Not much is decided in the council without the mayor', 'Nothing is decided in the council without the mayor'],
    ['Not all of the letters reached the mayor', 'None of the letters reached the mayor'],
  ])('%j ~ %j: one says more, so they differ', (a, b) => {
    expect(forced(a, b)).toBe(true);
    expect(diffClaims(a, b).relation).toBe('differ');
  });

  it.each<[string, string]>([
    ['Several ministers backed the Orlan plan', 'Some ministers backed the Orlan plan'],
    ['The mayor did not see any of the letters', 'The mayor saw none of the letters'],
    ['All of the dock workers joined the strike', 'Every dock worker joined the strike'],
    ['Nobody in Farrow saw the fire', 'No one in Farrow saw the fire'],
    ['The dock workers joined the strike', 'All of the dock workers joined the strike'],
  ])('%j ~ %j: no other force', (a, b) => {
    expect(forced(a, b)).toBe(false);
  });

  it('a quantifier against its negative is still a flip, not a matter of force', () => {
    expect(diffClaims('All of the dock workers joined the strike', 'None of the dock workers joined the strike').relation).toBe('contradict');
  });

  it('finds nothing when the word lists give no quantifiers of the whole', () => {
    const { universalQuantifiers: _, ...rest } = defaultWordLists();
    expect(forced('Some of the dock workers joined the strike', 'All of the dock workers joined the strike', { wordLists: rest })).toBe(false);
  });
});
