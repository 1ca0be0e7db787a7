import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';

/** The claim a denial of `text` names, as [text, speaker], or undefined. */
function deniedClaim(text: string): [string, string | null] | undefined {
  const got = extractStatements(text);
  const denial = got.find((s) => s.stance === 'denies' && s.denies !== undefined);
  const claim = got.find((s) => s.id === denial?.denies);
  return claim === undefined ? undefined : [claim.text, claim.speaker?.name ?? null];
}

describe('reportedClaim', () => {
  it.each([
    ['a report by its source', 'The club denied a report by the Herald that its coach would be sacked.', 'its coach would be sacked', 'Herald'],
    ['reports with no source', 'The club denied reports that its coach would be sacked.', 'its coach would be sacked', 'reports'],
    ['reports "emanating from" their source', 'The club denied reports emanating from the Herald that its coach would be sacked.', 'its coach would be sacked', 'Herald'],
    ['a story "published in" its source', 'The club denied a story published in the Herald that its coach would be sacked.', 'its coach would be sacked', 'Herald'],
    ['reports "coming from" their source, with a participle', 'The club rejected reports coming from the local press claiming that its coach would be sacked.', 'its coach would be sacked', 'local press'],
    ['remarks by a source whose relative clause says it', 'The club rejected remarks by its former coach Ana Ruiz, who said earlier that the board had sold the stadium.', 'the board had sold the stadium', 'Ana Ruiz'],
    ['a report by a source "which said that"', 'The club denied a report by the Herald, which said that its coach would be sacked.', 'its coach would be sacked', 'Herald'],
    ['remarks after a day ("rejected on Friday remarks by …")', 'The club rejected on Friday remarks by Mayor Dana Whitlow, who said that the stadium would close.', 'the stadium would close', 'Dana Whitlow'],
    ['reports a speaker calls false, the verdict left out', 'The club said reports that its coach would be sacked were completely false.', 'its coach would be sacked', 'reports'],
    ['allegations a speaker calls lies, said after them', 'The allegations that the coach took bribes are lies, the club said.', 'the coach took bribes', null],
    ['reports denied that a verdict was given, the verdict kept', 'The club denied reports that the referee\'s rulings were false.', "the referee's rulings were false", 'reports'],
  ])('finds the claim of %s', (_name, text, claim, speaker) => {
    expect(deniedClaim(text)).toEqual([claim, speaker]);
  });

  it.each([
    ['whose object names none', 'The club denied the coach any pay rise.'],
    ['of remarks with a relative clause of their own', 'The minister denied the remarks that he made at the rally were racist.'],
    ['of comments with no source', 'The minister rejected comments that he had made in 2019.'],
  ])('finds no claim in a denial %s', (_name, text) => {
    expect(deniedClaim(text)).toBeUndefined();
  });
});

describe('a claim found twice, named by a denial and by its own cue', () => {
  it('keeps the cue of the claim\'s own verb and the denial\'s link to it', () => {
    const got = extractStatements('The club denied a report by the Herald, which said that its coach would be sacked.');
    const denial = got.find((s) => s.stance === 'denies');
    const claim = got.find((s) => s.text === 'its coach would be sacked');
    expect(claim?.cue?.text).toBe('said');
    expect(denial?.denies).toBe(claim?.id);
    expect(got.filter((s) => s.text === 'its coach would be sacked')).toHaveLength(1);
  });

  it('starts a denial\'s object after a day, not after the noun that follows it', () => {
    const got = extractStatements('The club rejected on Friday remarks by Mayor Dana Whitlow, who said that the stadium would close.');
    expect(got.find((s) => s.stance === 'denies')?.text.startsWith('remarks by Mayor Dana Whitlow')).toBe(true);
    for (const setting of ['on Friday morning that', 'on Friday', 'on March 3, 2014', 'on the 3rd of March', 'on May 5 last year', 'on Tuesday 4 March 2014']) {
      expect(extractStatements(`The ministry said ${setting} the pier would close.`).map((s) => s.text)).toEqual(['the pier would close']);
    }
  });
});
