import { describe, expect, it } from 'vitest';
import { twoPeople } from '../../src/pipeline/person-clash';

/** `twoPeople` at the first `word` of each text. */
const clash = (claim: string, denial: string, word: string): boolean => twoPeople(claim, claim.indexOf(word), denial, denial.indexOf(word));

describe('twoPeople', () => {
  it.each([
    ['he on one side, she on the other', 'the mayor said he had sent the pier files', 'she had not sent the pier files', true],
    ['she on both sides', 'the report says she sent the pier files', 'she had not sent the pier files', false],
    ['a name on one side', 'Ann Holt sent the pier files', 'she had not sent the pier files', false],
    ['a pronoun after the words only', 'the files were sent before she left', 'he had not sent the files', false],
    ['object pronouns, which say nothing of who did it', 'the clerk told her the files were sent', 'he had not sent the files', false],
    ['a reporting voice further back', 'she said the clerk sent the pier files', 'he had not sent the pier files', false],
    ['a pronoun of another sentence', 'She resigned. The clerk sent the files', 'he had not sent the files', false],
    ['contractions', "the clerk said he'd sent the pier files", "she'd not sent the pier files", true],
  ])('%s: %j against %j → %s', (_name, claim, denial, want) => {
    expect(clash(claim, denial, 'sent')).toBe(want);
  });

  it('reads the subject of a verb coordinated with another ("he had sent and received")', () => {
    const claim = 'the clerk kept files, which he had sent and received on a harbour computer';
    const denial = 'no messages she sent or received were marked secret';
    expect(twoPeople(claim, claim.indexOf('received'), denial, denial.indexOf('received'))).toBe(true);
    const neither = 'she neither sent nor received files marked secret';
    expect(twoPeople(claim, claim.indexOf('received'), neither, neither.indexOf('received'))).toBe(true);
  });
});
