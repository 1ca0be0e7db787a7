import { describe, expect, it } from 'vitest';
import type { JoinItem } from '../../src/group/join-groups';
import { speakersCounter } from '../../src/group/speakers-counter';

const said = (report: string, speaker: string | null): JoinItem => ({ text: 'the pier will close', report, start: 0, end: 19, speaker: speaker === null ? null : { name: speaker } });

describe('speakersCounter', () => {
  it('counts the speakers of the statements holding a phrase, each name once whatever its case', () => {
    const items = [said('r1', 'Dana Whitlow'), said('r2', 'dana whitlow'), said('r3', 'Piet Brandt'), said('r4', null)];
    expect(speakersCounter(items)([0, 1, 2, 3], 4)).toBe(2);
    expect(speakersCounter(items)([3, 2, 1, 0], 2)).toBe(1);
  });
});
