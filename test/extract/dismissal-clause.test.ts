import { describe, expect, it } from 'vitest';
import { dismissalClause } from '../../src/extract/dismissal-clause';
import type { Doc } from '../../src/extract/doc';
import { docOf } from './doc-of';


/** A whole text as one sentence range. */
function sentence(text: string): [Doc, { lo: number; hi: number }] {
  const doc = docOf(text);
  return [doc, { lo: 0, hi: doc.tokens.length }];
}

describe('dismissalClause', () => {
  it.each([
    ['a claim, then "and all of it is a complete lie"', 'in the port those rumours are spread from a certain angle, and all of it is a complete lie', 'in the port those rumours are spread from a certain angle', 'all of it is a complete lie'],
    ['a claim, then "; this is pure fiction"', 'the board will sell the pier to a developer; this is pure fiction', 'the board will sell the pier to a developer', 'this is pure fiction'],
    ['a claim, then "but that is nonsense"', 'people say the ferry will stop in May, but that is nonsense', 'people say the ferry will stop in May', 'that is nonsense'],
  ])('cuts %s', (_name, text, before, from) => {
    const got = dismissalClause(...sentence(text));
    expect(got === null ? null : [text.slice(0, got.before), text.slice(got.from)]).toEqual([before, from]);
  });

  it.each([
    ['a denial before the dismissal, one denial whole', 'we never took the money from the fund, and all of this is a lie'],
    ['a closing clause that does not dismiss', 'the pier is safe for every boat, and that is the truth'],
    ['a dismissal that names no pointer', 'the board sold the pier to a developer, and the claims are false'],
    ['too short a clause before it', 'no, it is a lie'],
    ['no clause before a dismissal', 'all of it is a complete lie'],
  ])('leaves whole %s', (_name, text) => {
    expect(dismissalClause(...sentence(text))).toBeNull();
  });
});
