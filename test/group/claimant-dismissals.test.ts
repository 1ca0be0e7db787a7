import { describe, expect, it } from 'vitest';
import { dismissedClaimants, oneClaimantDismissed } from '../../src/group/claimant-dismissals';

describe('dismissedClaimants', () => {
  it.each<[string, string, string[][]]>([
    ['a possessive before a claim noun', "the mayor's opponent called Hollis's accusations baseless", [['hollis']]],
    ['an adjective between them', 'Hollis’s latest claims were invented', [['hollis']]],
    ['a by-phrase with a source verb', 'all the charges leveled by Senator Ada Hollis against the council are lies', [['ada', 'hollis']]],
    ['an office and its holder set off by commas', 'the statements made by the Council Leader, Ada Hollis, about the budget are false', [['council'], ['ada', 'hollis']]],
    ['what a claimant said', 'all what Hollis mentioned of accusations against the council is but lies', [['hollis']]],
    ['a content after the noun: one claim, not all of them', 'Hollis’s assertion that the council lost the files', []],
    ['a figure: one claim', 'the numbers quoted by Hollis are fictional', []],
    ['no claimant named', 'the claims are totally false', []],
    ['a lower-case possessive is no name', "the council's claims are false", []],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(dismissedClaimants(text)).toEqual(expected);
  });
});

describe('oneClaimantDismissed', () => {
  const items = [
    { text: 'Hollis’s claims were fabricated', stance: 'denies', topic: 0 },
    { text: 'all the accusations leveled by Ada Hollis against the council are lies', stance: 'denies', topic: 0 },
    { text: 'Hollis’s claims were fabricated', stance: 'asserts', topic: 0 },
    { text: 'all what Hollis said is lies', stance: 'denies', topic: 1 },
    { text: 'the claims made by Ben Hollis are false', stance: 'denies', topic: 0 },
    { text: "Tom Reyes's claims are lies", stance: 'denies', topic: 0 },
    { text: 'all what Hollis said is lies', stance: 'denies' },
  ];

  it('pairs the denials of one story dismissing one claimant, and no others', () => {
    // 0 ~ 1 ("Hollis" may be Ada Hollis) and 0 ~ 4 (or Ben Hollis); never Ada ~ Ben, a claim, another story or another claimant.
    expect(oneClaimantDismissed(items, () => false)).toEqual([[0, 1], [0, 4]]);
  });

  it('leaves out the pairs kept apart', () => {
    expect(oneClaimantDismissed(items, (a, b) => a === 0 && b === 1)).toEqual([[0, 4]]);
  });
});
