import { describe, expect, it } from 'vitest';
import { textsAndStances } from './said';

const said = textsAndStances;

describe('a quotation cut before a clause that urges', () => {
  it.each<[string, string, [string, string][]]>([
    ['", and we urge"', '"We stand by our reporting and the sources who informed it, and we urge the board to say what it disputes," Hedda Quist said.',
      [['We stand by our reporting and the sources who informed it', 'asserts'], ['we urge the board to say what it disputes', 'asserts']]],
    ['"; we also ask"', '"The pier is safe for ferries and cargo; we also ask residents to stay calm," Ravel said.',
      [['The pier is safe for ferries and cargo', 'asserts'], ['we also ask residents to stay calm', 'asserts']]],
    ['no first person: one statement', '"The pier is safe for ferries and cargo, and officials urge calm," Ravel said.',
      [['The pier is safe for ferries and cargo, and officials urge calm', 'asserts']]],
    ['too few words before: one statement', '"Please, we urge residents to stay calm," Ravel said.',
      [['Please, we urge residents to stay calm', 'asserts']]],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it('keeps the next sentence of the quotation a statement of its own', () => {
    expect(said('"The pier is safe for ferries, and we urge residents to stay calm. It will open in May," Ravel said.').map(([t]) => t)).toEqual([
      'The pier is safe for ferries', 'we urge residents to stay calm.', 'It will open in May',
    ]);
  });
});
