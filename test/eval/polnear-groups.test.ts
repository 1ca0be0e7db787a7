import { describe, expect, it } from 'vitest';
import { speakersPerGroup, wideGroupFigures } from '../../eval/polnear-groups';

const statement = (id: string, speaker: string | null) => ({
  id, report: 'r1', start: 0, end: 1, text: 'x', stance: 'asserts' as const, speaker: speaker === null ? null : { name: speaker },
});
const analysis = {
  statements: [statement('s1', 'Ilse Brandvold'), statement('s2', 'ilse brandvold'), statement('s3', 'Kofi Okafor'), statement('s4', null), statement('s5', 'Marta Oyelaran')],
  groups: [
    { id: 'g1', members: ['s1', 's2', 's3', 's4'], canonical: 's1', comparisons: [] },
    { id: 'g2', members: ['s5'], canonical: 's5', comparisons: [] },
  ],
  topics: [
    { id: 't1', groups: ['g1'], reports: ['r1'], label: '', why: { words: [], groups: [] } },
    { id: 't2', groups: ['g2'], reports: ['r2', 'r3'], label: '', why: { words: [], groups: [] } },
  ],
} as never;

describe('speakersPerGroup', () => {
  it('counts the different speaker names of each group, whatever the case, leaving out unknown speakers', () => {
    expect(speakersPerGroup(analysis)).toEqual([2, 1]);
  });
});

describe('wideGroupFigures', () => {
  it('counts the groups over the limit and names the widest and the largest group and topic', () => {
    expect(wideGroupFigures(analysis, 1)).toEqual([
      ['statements / groups', '5 / 2'],
      ['groups naming more than 1 speakers', '1'],
      ['most speakers in one group', '2'],
      ['largest group', '4'],
      ['topics', '2'],
      ['largest topic: reports / groups', '2 / 1'],
    ]);
  });
});
