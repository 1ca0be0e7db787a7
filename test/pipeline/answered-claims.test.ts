import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureContext } from '../../src/group/features';
import { answeredClaims } from '../../src/pipeline/answered-claims';
import type { Statement } from '../../src/schema/statement';

const ctx = createFeatureContext();

/** An invented statement of report `report`, its text the whole span. */
function said(id: string, report: string, text: string, stance: Statement['stance'], speaker: string | null, denies?: string): Statement {
  return {
    id, report, start: 0, end: text.length, text, kind: 'indirect', stance, cue: null, quoted: [],
    speaker: speaker === null ? null : { name: speaker, start: 0, end: 1, aliases: [] },
    ...(denies === undefined ? {} : { denies }),
  };
}

const CLAIM = said('c1', 'a', 'navy divers planted explosives on the Varne dam', 'asserts', 'Lina Osk');
const OTHER_CLAIM = said('c2', 'b', 'the Varne dam will reopen to traffic in May', 'asserts', 'Per Holt');

describe('answeredClaims', () => {
  it.each([
    ['a pointing denial answers the claim it was found to deny', [CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1')], { d1: ['c1'] }],
    ['a pointing dismissal of one voice that answered nothing takes the claim of that voice\'s dismissal that did',
      [CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1'), said('d2', 'b', 'this is a total fabrication', 'denies', 'Per Holt')], { d1: ['c1'], d2: ['c1'] }],
    ['a dismissal of a voice whose dismissals answer two claims of its group takes both',
      [CLAIM, OTHER_CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1'), said('d2', 'b', 'that is a lie', 'denies', 'Per Holt', 'c2'),
        said('d3', 'c', 'this is a total fabrication', 'denies', 'Per Holt')], { d1: ['c1'], d2: ['c2'], d3: ['c1', 'c2'] }],
    ['a dismissal of another voice takes nothing from it',
      [CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1'), said('d2', 'b', 'this is a total fabrication', 'denies', 'Ada Brunn')], { d1: ['c1'] }],
    ['a dismissal of a voice no other pointer shares takes the claims two other voices answer, not one only one answers',
      [CLAIM, OTHER_CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1'), said('d2', 'b', 'that is a lie', 'denies', 'Ada Brunn', 'c1'),
        said('d3', 'b', 'these allegations are nonsense', 'denies', 'Varne ministry', 'c2'), said('d4', 'c', 'that claim is utterly false', 'denies', 'Mia Lund')],
      { d1: ['c1'], d2: ['c1'], d3: ['c2'], d4: ['c1'] }],
    ['a pointer naming the claimant of the claim it was found to deny answers it', [CLAIM, said('d1', 'a', 'the account Lina Osk gave was fake', 'denies', 'Per Holt', 'c1')], { d1: ['c1'] }],
    ['a pointer naming another claimant than that of the claim it was found to deny answers nothing', [CLAIM, said('d1', 'a', 'the account Ada Brunn gave was fake', 'denies', 'Per Holt', 'c1')], {}],
    ['a denial that names what it denies is read by its words, never through an answer',
      [CLAIM, said('d1', 'a', 'navy divers did not plant explosives on the dam', 'denies', 'Per Holt', 'c1')], {}],
    ['a denial whose answered claim is in another group answers nothing here', [OTHER_CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1')], {}],
    ['a denial answering another denial answers no claim',
      [said('d0', 'a', 'the ministry denied any role', 'denies', 'Per Holt'), said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'd0')], {}],
  ])('%s', (_name, members, want) => {
    const got = Object.fromEntries([...answeredClaims(members, ctx)].map(([d, c]) => [d, c.map((x) => x.id)]));
    expect(got).toEqual(want);
  });

  it('does not depend on the order of the members', () => {
    const members = [
      CLAIM, OTHER_CLAIM, said('d1', 'a', 'this is completely false', 'denies', 'Per Holt', 'c1'),
      said('d2', 'b', 'this is a total fabrication', 'denies', 'Per Holt'), said('d3', 'c', 'that is all lies', 'denies', 'Ada Brunn'),
      said('d4', 'c', 'this is utterly false', 'denies', 'Ada Brunn', 'c1'), said('d5', 'b', 'that is a lie', 'denies', 'Ada Brunn', 'c2'),
    ];
    const read = (list: Statement[]) => Object.fromEntries([...answeredClaims(list, ctx)].map(([d, c]) => [d, c.map((x) => x.id)]));
    const want = read(members);
    fc.assert(fc.property(fc.shuffledSubarray(members, { minLength: members.length, maxLength: members.length }), (order) => {
      expect(read(order)).toEqual(want);
    }));
  });
});
