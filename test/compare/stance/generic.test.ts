import { describe, expect, it } from 'vitest';
import { statesGeneric } from '../../../src/compare/stance/generic';

describe('statesGeneric', () => {
  it.each([
    ['an adverb of frequency by the verb', 'militant networks often operate across borders', true],
    ['"usually"', 'such crews usually work at night', true],
    ['"rarely"', 'the board rarely meets in winter', true],
    ['one event', 'militant groups staging attacks operate from the hills', false],
    ['an adverb of frequency far past the verb', 'the board closed the pier after the storm, as the council has often done in the past', false],
    ['"once", a time, not a frequency', 'the board once closed the pier', false],
  ])('%s: "%s"', (_name, text, expected) => {
    expect(statesGeneric(text)).toBe(expected);
  });
});
