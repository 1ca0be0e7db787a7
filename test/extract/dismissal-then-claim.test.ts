import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/index';
import { dismissalThenClaim } from '../../src/extract/dismissal-then-claim';
import { propositionText } from '../../src/schema/proposition';
import { docOf } from './doc-of';

/** Each statement's text, stance and proposition. */
const said = (text: string): [string, string, string][] => extractStatements(text).map((s) => [s.text, s.stance, propositionText(s)]);

describe('a dismissal that turns to a claim of its own on one subject is two statements', () => {
  it.each<[string, string, [string, string, string][]]>([
    ['"has" after two dismissals, the subject after a colon', '"We repeat: this story is totally false, absurd and has clear aims against the club," the club said.', [
      ['We repeat: this story is totally false, absurd', 'denies', 'We repeat: this story is totally false, absurd'],
      ['this story is totally false, absurd and has clear aims against the club', 'asserts', 'this story has clear aims against the club'],
    ]],
    ['"has been" after one dismissal', '"The report is false and has been written by rival aides," Ravel said.', [
      ['The report is false', 'denies', 'The report is false'],
      ['The report is false and has been written by rival aides', 'asserts', 'The report has been written by rival aides'],
    ]],
    ['after a denying cue, the claim still asserts', 'The club denied the report, saying: "This story is false and has been planted by our rivals in the press."', [
      ['the report', 'denies', 'the report'],
      ['This story is false', 'denies', 'This story is false'],
      ['This story is false and has been planted by our rivals in the press.', 'asserts', 'This story has been planted by our rivals in the press.'],
    ]],
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
    ['a report of another\'s words before it', '"I never claimed the report was false and had been written by rival aides," Ravel said.'],
    ['a thought before it', '"I do not think the story is false and has been made up by the paper," Ravel said.'],
    ['a condition', '"If the report is false and has been written by rival aides, he must resign," Ravel said.'],
    ['a relative clause', '"The report that is false and has been retracted was written by a rival," Ravel said.'],
    ['a modal before "be"', '"The story might be false and is being checked by our lawyers," Ravel said.'],
    ['a question', '"The story is false and was it written by rival aides?" Ravel asked.'],
    ['an obligation', '"The story is all lies and has to stop now," Ravel said.'],
    ['a predicate that dismisses in turn', '"The report is false and has been written by rivals, and it is a complete lie," Ravel said.'],
  ])('%s', (_name, text) => {
    expect(extractStatements(text)).toHaveLength(1);
  });
});

describe('dismissalThenClaim', () => {
  it('gives the subject, where the dismissal ends and where the claim begins, a comma before "and" left out', () => {
    const text = 'the claims are baseless, and have been spread by the rival club for weeks';
    const doc = docOf(text);
    const cut = dismissalThenClaim(doc, { lo: 0, hi: doc.tokens.length });
    expect(cut === null ? null : [text.slice(...cut.subject), text.slice(0, cut.before), text.slice(cut.from)]).toEqual(['the claims', 'the claims are baseless', 'have been spread by the rival club for weeks']);
  });
});
