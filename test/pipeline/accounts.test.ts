import { describe, expect, it } from 'vitest';
import { oneAccount, onePersonsAccount } from '../../src/pipeline/accounts';
import type { Statement } from '../../src/schema/statement';

type Voice = { name: string; type?: 'person' | 'organisation' | 'unknown' } | null;

function claim(report: string, voice: Voice): Statement {
  return {
    id: `${report}-${voice?.name ?? 'none'}`, report, start: 0, end: 4, text: 'text', kind: 'indirect', stance: 'asserts', cue: null, quoted: [],
    speaker: voice === null ? null : { name: voice.name, start: 0, end: 1, aliases: [], ...(voice.type === undefined ? {} : { type: voice.type }) },
  };
}

describe('oneAccount and onePersonsAccount', () => {
  it.each<[string, Statement, Statement, boolean, boolean]>([
    ['one person in one report, a last name for her full name', claim('r1', { name: 'Lina Osk', type: 'person' }), claim('r1', { name: 'Osk', type: 'person' }), true, false],
    ['one person in two reports', claim('r1', { name: 'Lina Osk', type: 'person' }), claim('r2', { name: 'Lina Osk', type: 'person' }), false, true],
    ['one person in two reports, a middle initial and a title in one', claim('r1', { name: 'Lina Osk', type: 'person' }), claim('r2', { name: 'Dr. Lina M. Osk', type: 'person' }), false, true],
    ['a bare last name in another report: she or her brother', claim('r1', { name: 'Osk', type: 'person' }), claim('r2', { name: 'Lina Osk', type: 'person' }), false, false],
    ['two people of one family name', claim('r1', { name: 'Lina Osk', type: 'person' }), claim('r2', { name: 'Tor Osk', type: 'person' }), false, false],
    ['one organisation in two reports', claim('r1', { name: 'Varne Herald', type: 'organisation' }), claim('r2', { name: 'Varne Herald', type: 'organisation' }), false, false],
    ['one voice of unknown kind in two reports', claim('r1', { name: 'Lina Osk' }), claim('r2', { name: 'Lina Osk' }), false, false],
    ['two people in one report', claim('r1', { name: 'Lina Osk', type: 'person' }), claim('r1', { name: 'Per Holt', type: 'person' }), false, false],
    ['no speaker on one side', claim('r1', null), claim('r1', { name: 'Lina Osk', type: 'person' }), false, false],
  ])('%s', (_name, a, b, inReport, ofPerson) => {
    expect(oneAccount(a, b)).toBe(inReport);
    expect(onePersonsAccount(a, b)).toBe(ofPerson);
  });
});
