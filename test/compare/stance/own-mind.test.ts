import { describe, expect, it } from 'vitest';
import { deniable, negatesOwnMind } from '../../../src/compare/stance/own-mind';

describe('negatesOwnMind', () => {
  it.each([
    ['she was not surprised by news that the mill at Orrin had closed', true],
    ["I'm not surprised the ferry sank", true],
    ['I’m not at all surprised', true],
    ["we don't know who sent the inspectors", true],
    ['But she did not expect the vote to pass', true],
    ['they never really knew the harbour master', true],
    ["we don't want the pier closed", true],
    ['he did not like the new timetable', true],
    ['the board did not want the pier closed', false],
    ["I don't feel like I misled the council", false],
    ["I won't just talk like a harbour master", false],
    ['the mill at Orrin was not surprised by anything', false],
    ['he did not close the mill at Orrin', false],
    ['I know the mill closed in March', false],
    ['the inspectors were sent by the council, and he was not surprised', false],
    ['', false],
  ])('%j: %s', (text, want) => {
    expect(negatesOwnMind(text)).toBe(want);
  });
});

describe('deniable', () => {
  it.each([
    ['the mill at Orrin closed in May', false, true],
    ['the mill at Orrin closed in May', true, false],
    ['she was not surprised by news that the mill at Orrin had closed', false, false],
    ['she was not surprised by news that the mill at Orrin had closed', true, false],
    ["the audit backs the council's call for the mill at Orrin to stop dumping waste", false, false],
    ['mills on the Orrin often dump waste into the river', false, false],
    ['I hope the mill at Orrin stops dumping waste', false, false],
  ])('%j, one voice %s: %s', (claim, oneVoice, want) => {
    expect(deniable(claim, oneVoice)).toBe(want);
  });

  it.each([
    ['a denial of the fact', false, false],
    ['a verdict on it', true, true],
  ])('takes a claim of what ought to be as denied only by %s', (_name, verdict, want) => {
    expect(deniable('the mill at Orrin should stop dumping waste', false, verdict)).toBe(want);
    // One voice still never denies itself, verdict or not.
    expect(deniable('the mill at Orrin should stop dumping waste', true, verdict)).toBe(false);
  });
});
