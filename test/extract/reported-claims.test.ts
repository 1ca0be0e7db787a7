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
  ])('finds the claim of %s', (_name, text, claim, speaker) => {
    expect(deniedClaim(text)).toEqual([claim, speaker]);
  });

  it('finds no claim in a denial whose object names none', () => {
    expect(deniedClaim('The club denied the coach any pay rise.')).toBeUndefined();
  });
});
