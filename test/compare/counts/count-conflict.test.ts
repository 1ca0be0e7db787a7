import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { examinePair } from '../../../src/compare/pair-core';

const counted = (a: string, b: string): boolean => examinePair(a, b, {}).evidence.some((e) => e.check === 'count');

describe('two figures for one count', () => {
  it.each<[string, string]>([
    ['The storm killed 12 people, the mayor of Dunmore said', 'The mayor of Dunmore said 19 people had been killed by the storm'],
    ['Rescuers said the landslide near Pellow had killed 35.', 'A landslide above the village of Pellow last month killed more than 200 people'],
    ['Officials in Harrowgate counted 4,150 ballots', 'The Harrowgate officials counted 4510 ballots'],
    ['The Kestrel strike idled 800 workers, the union said', 'The union said that 1,200 workers were idled by the Kestrel strike'],
  ])('%j ~ %j contradict', (a, b) => {
    expect(counted(a, b)).toBe(true);
    expect(diffClaims(a, b).relation).toBe('contradict');
  });

  it.each<[string, string, string]>([
    ['bounds that overlap', 'The Pellow landslide killed more than 200 people', 'The Pellow landslide killed at least 230 people'],
    ['the other figure stated too', 'The storm in Dunmore killed 40 people, including 12 children', 'In Dunmore 12 children were killed by the storm'],
    ['two events with nothing else shared', 'The fire killed 40 people', 'The flood killed 35 people'],
    ['another day', 'The Kestrel plant cut 300 jobs on May 3', 'The Kestrel plant cut 200 jobs on June 9'],
    ['another act', 'The Ossory union counted 500 members at the rally', 'The police arrested 20 members at the Ossory rally'],
    ['another counted thing', 'The storm in Dunmore destroyed 40 homes', 'The storm in Dunmore destroyed 12 bridges'],
    ['a negated count', 'The storm in Dunmore did not kill 12 people', 'The storm in Dunmore killed 19 people'],
    ['another subject on each side', 'The Arden index fell 12 points in the morning', 'The Belmont index fell 30 points in the morning'],
    ['a market read at a moment', 'Kestrel shares rose 62 cents to $22.83', 'Kestrel shares rose 55 cents to $22.86'],
    ['two headlines in the present tense', 'Roadside bomb kills 3 in Arden province', 'Roadside bomb kills 5 in Arden province'],
    ['one figure', 'The storm in Dunmore killed 12 people', 'The storm in Dunmore killed a dozen people'],
  ])('%s: %j ~ %j is no count conflict', (_, a, b) => {
    expect(counted(a, b)).toBe(false);
  });

  it('marks the two figures as the contradicting segment, even where the alignment left them apart', () => {
    const a = 'The storm killed 12 people, the mayor of Dunmore said';
    const b = 'The mayor of Dunmore said 19 people had been killed by the storm';
    const contra = diffClaims(a, b).segments.filter((s) => s.label === 'contradict');
    const text = (x: string, r: readonly [number, number] | null): string => (r === null ? '' : x.slice(r[0], r[1]));
    expect(contra.some((s) => text(a, s.a) === '12')).toBe(true);
    expect(contra.some((s) => text(b, s.b) === '19')).toBe(true);
  });

  it('is symmetric: the same verdict either way round', () => {
    const a = 'Rescuers said the landslide near Pellow had killed 35.';
    const b = 'A landslide above the village of Pellow last month killed more than 200 people';
    expect(diffClaims(b, a).relation).toBe(diffClaims(a, b).relation);
  });
});
