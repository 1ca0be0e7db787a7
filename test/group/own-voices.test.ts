import { describe, expect, it } from 'vitest';
import { ownVoices, type Voiced } from '../../src/group/own-voices';

const said = (text: string, name: string, kind = 'direct', type = 'person'): Voiced => ({ text, kind, speaker: { name, type } });

describe('ownVoices', () => {
  it.each<[string, Voiced, Voiced, boolean]>([
    ['two speakers each in the first person', said('I will resign', 'Voss'), said('I will not resign', 'Reyl'), true],
    ['the first person against "she" reported of a named person', said('I will vote for the pier bill', 'Delacroix'), said('she would not vote for the pier bill', 'Thorne', 'indirect'), true],
    ['the first person against "he" in a partial quotation of a named person', said('I never said I would pay the fees', 'McConnell'), said('he\'d asked his "people" to "look into" paying the fees', 'Trump', 'partial'), true],
    ['one speaker under two names', said('I will resign', 'Anna Voss'), said('she would not resign', 'Voss', 'indirect'), false],
    ['"he" reported of a body, who is someone else', said('I never took money from the harbour board', 'Smith'), said('he took money from the harbour board', 'Prosecutors', 'indirect', 'organisation'), false],
    ['"he" reported of a common noun', said('I never took money from the harbour board', 'Smith'), said('he took money from the harbour board', 'prosecutor', 'indirect', 'unknown'), false],
    ['"he" in a quotation, someone spoken of', said('I will vote for the pier bill', 'Delacroix'), said('he will not vote for the pier bill', 'Thorne'), false],
    ['"he" on both sides, which may be one person spoken of', said('he took the money', 'Jones', 'indirect'), said('he did not take the money', 'Smith', 'indirect'), false],
    ['a side with no pronoun subject', said('I will resign', 'Voss'), said('the mayor will not resign', 'Reyl', 'indirect'), false],
  ])('%s: %s', (_name, x, y, want) => {
    expect(ownVoices(x, y)).toBe(want);
    expect(ownVoices(y, x)).toBe(want);
  });
});
