import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index';
import { dismissalThenClaim } from '../../src/extract/dismissal-then-claim';
import { docOf } from './doc-of';

const said = (text: string): [string, string][] => extractStatements(text).map((s) => [s.text, s.stance]);

describe('a dismissal that turns to a claim of its own on one subject is two statements', () => {
  it.each<[string, string, [string, string][]]>([
    ['"has" after two dismissals', '"We repeat: this story is totally false, absurd and has clear aims against the club," the club said.',
      [['We repeat: this story is totally false, absurd', 'denies'], ['has clear aims against the club', 'asserts']]],
    ['"is" after lies', '"It is all lies and is part of a campaign against us," Ravel said.',
      [['It is all lies', 'denies'], ['is part of a campaign against us', 'asserts']]],
    ['after a denying cue, the claim still asserts', 'The club denied the report, saying: "This story is false and has been planted by our rivals in the press."',
      [['the report', 'denies'], ['This story is false', 'denies'], ['has been planted by our rivals in the press.', 'asserts']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a dismissal is left whole', () => {
  it.each<[string, string]>([
    ['two dismissals joined by "and"', '"The story is false and absurd," Ravel said.'],
    ['a word after "and" that is no finite verb', '"The story is false and a shame for the press," Ravel said.'],
    ['too few words after the verb', '"The story is false and is sad," Ravel said.'],
    ['no dismissal before "and"', '"The story is long and has many pages about the pier," Ravel said.'],
  ])('%s', (_name, text) => {
    expect(extractStatements(text)).toHaveLength(1);
  });
});

describe('dismissalThenClaim', () => {
  it('gives where the dismissal ends and the claim begins, a comma before "and" left out', () => {
    const text = 'the claims are baseless, and have been spread by the rival club for weeks';
    const doc = docOf(text);
    const cut = dismissalThenClaim(doc, { lo: 0, hi: doc.tokens.length });
    expect(cut === null ? null : [text.slice(0, cut.before), text.slice(cut.from)]).toEqual(['the claims are baseless', 'have been spread by the rival club for weeks']);
  });
});
