import { describe, expect, it } from 'vitest';
import { verdictEnd } from '../../src/group/pointer-verdict';

describe('verdictEnd', () => {
  it.each([
    ['the number that the mayor gave was "fake" which quoted the dredging firm', 'the number that the mayor gave was "fake" '],
    ['the figures quoted by the mayor are fictional and produced by the port authority', 'the figures quoted by the mayor are fictional '],
    ['the figures are false, invented by the ferry union', 'the figures are false'],
    ['All of that is but mere lies, which is no surprise', 'All of that is but mere lies'],
    ['the claims are false and the ferry stayed in port', null],
    ["the claims in the union's suit are false, and that the mayor will be cleared", null],
    ['It is not true that the ferry sank, officials said', null],
    ['This is an attempt to distract from the pier, which is closed', null],
    ['the claims are false', null],
    ['the ferry sank, and the crew was rescued', null],
  ])('cuts "%s" to "%s"', (text, kept) => {
    const end = verdictEnd(text);
    expect(end === null ? null : text.slice(0, end)).toBe(kept);
  });
});
