import { describe, expect, it } from 'vitest';
import { ownVoices, type Voiced } from '../../src/group/own-voices';

const said = (text: string, name: string): Voiced => ({ text, speaker: { name } });

describe('ownVoices', () => {
  it.each<[string, Voiced, Voiced, boolean]>([
    ['two speakers each in the first person', said('I will resign', 'Voss'), said('I will not resign', 'Reyl'), true],
    ['two bodies each in the first person', said('we will sell the pier', 'Harbour Board'), said('we will not sell the pier', 'Ferry Union'), true],
    ['one speaker under two names', said('I will resign', 'Anna Voss'), said('I will not resign', 'Voss'), false],
    ['the first person against "he" reported by another, who may be the first', said('I never met the envoy', 'Kestin'), said('he met the envoy in March', 'Omar Pell'), false],
    ['the first person against "she" reported of a named person', said('I will vote for the pier bill', 'Delacroix'), said('she would not vote for the pier bill', 'Thorne'), false],
    ['a side with no pronoun subject', said('I will resign', 'Voss'), said('the mayor will not resign', 'Reyl'), false],
  ])('%s: %s', (_name, x, y, want) => {
    expect(ownVoices(x, y)).toBe(want);
    expect(ownVoices(y, x)).toBe(want);
  });
});
