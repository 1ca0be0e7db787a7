import { describe, expect, it } from 'vitest';
import { reportsDenial } from '../../../src/compare/stance/reported-denial';
import { diffClaims } from '../../../src/compare/diff-claims';
import { judgeClaimDenial } from '../../../src/pipeline/claim-denial-pair';

describe('reportsDenial', () => {
  it.each([
    ['a denial reported in the past perfect', 'Harbourline had denied that the tank failed an inspection'],
    ['a rejection in the present', 'the ministry rejects the report on the pier'],
    ['a dismissal after an adverb', 'the board repeatedly dismisses the claims'],
  ])('reads %s as a report of a denial', (_name, claim) => {
    expect(reportsDenial(claim)).toBe(true);
  });

  it.each([
    ['a plain claim', 'the tank failed an inspection in March'],
    ['a denial past "that" (what is reported is the claim)', 'officials said that Harbourline denied the report'],
    ['a denying verb far past the subject', 'the tank at the old harbour pier failed before the inspectors denied entry'],
  ])('reads none in %s', (_name, claim) => {
    expect(reportsDenial(claim)).toBe(false);
  });

  it('keeps a report of a denial from contradicting that denial', () => {
    const claim = 'Harbourline had denied that the tank had failed an inspection in March';
    const denial = 'any suggestion that the tank failed an inspection in March';
    expect(judgeClaimDenial(claim, denial, diffClaims(claim, denial), 'a').relation).not.toBe('contradict');
  });
});
