import { describe, expect, it } from 'vitest';
import { pointerRun } from '../../src/group/pointer-run';

describe('pointerRun', () => {
  it.each([
    ['These allegations are nonsense', 'These allegations', 'allegations'],
    ['All of that is an invention', 'All of that', 'that'],
    ['the number that the mayor gave was fake', 'number', 'number'],
    ['the claims which the club made are false', 'claims', 'claims'],
    ['the report that is a lie', 'report that', 'that'],
    ['the ferry sank off the pier', null, null],
    ['the figures that were quoted by the ministry are false', 'figures', 'figures'],
    ['not at all likely', null, null],
    ['not at all true, and all of it is a lie', 'all of it', 'it'],
  ])('finds in "%s" the run "%s" ending in "%s"', (text, run, head) => {
    const got = pointerRun(text);
    expect(got === null ? null : text.slice(got.start, got.end)).toBe(run);
    expect(got?.head ?? null).toBe(head);
  });
});
