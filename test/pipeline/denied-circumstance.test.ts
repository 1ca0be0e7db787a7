import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { judgeClaimDenial } from '../../src/pipeline/claim-denial-pair';
import { deniesAnotherCircumstance } from '../../src/pipeline/denied-circumstance';

/** Whether `denial` is read as denying another circumstance than `claim` tells, the claim on side a. */
const another = (claim: string, denial: string): boolean => deniesAnotherCircumstance(claim, denial, diffClaims(claim, denial).segments, 'a');

describe('deniesAnotherCircumstance', () => {
  it.each([
    ['an exchange against an agent', 'the ferry captain was freed by the courts', 'the ferry captain was freed in exchange for a ransom'],
    ['a cause against a means', 'the pier closed because of the storm', 'the pier closed through a council order'],
  ])('reads a denial of %s as of another circumstance', (_name, claim, denial) => {
    expect(another(claim, denial)).toBe(true);
  });

  it.each([
    ['the same preposition, another noun (a paraphrase the lexicon may lack)', 'the ferry was sunk by a mine', 'the ferry was sunk by a Karvian mine'],
    ['the same circumstance', 'the ferry captain was freed in exchange for a ransom', 'the ferry captain was freed in exchange for a ransom'],
    ['one circumstance worded with two prepositions', 'the ferry was sunk by army shelling', 'the ferry was sunk because of its shelling'],
    ['a circumstance on one side only', 'the ferry captain was freed', 'the ferry captain was freed in exchange for a ransom'],
  ])('reads none with %s', (_name, claim, denial) => {
    expect(another(claim, denial)).toBe(false);
  });

  it('makes the claim and the denial of another circumstance differ, and one of the same contradict', () => {
    const judge = (claim: string, denial: string) => judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a').relation;
    expect(judge('the ferry captain was freed by the courts', 'the ferry captain was not freed in exchange for a ransom')).toBe('differ');
    expect(judge('the ferry captain was freed in exchange for a ransom', 'the ferry captain was not freed in exchange for a ransom')).toBe('contradict');
  });
});
