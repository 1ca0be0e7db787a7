import { describe, expect, it } from 'vitest';
import { textsSpeakersAndStances } from './said';

const said = textsSpeakersAndStances;

describe('a reporting verb owed or possible is no report', () => {
  it.each([
    ['an obligation inside what another said: no denial of its own, and no speaker "Velmar must"', 'Dana Whitlow said Velmar must rebut the claims.', [['Velmar must rebut the claims', 'Dana Whitlow', 'asserts']]],
    ['a possibility', 'Officials may deny that the pier closed.', []],
    ['a possibility in the past', 'The minister may have said that the pier closed.', []],
    ['an obligation past "not" and an adverb', 'The board should not publicly deny that the pier closed.', []],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    ['a narrative "would later"', 'The minister would later say that the pier closed.', [['the pier closed', 'minister', 'asserts']]],
    ['"will"', 'The minister will say that the pier closed.', [['the pier closed', 'minister', 'asserts']]],
    ['a plain past', 'The minister said that the pier closed.', [['the pier closed', 'minister', 'asserts']]],
  ])('keeps %s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
