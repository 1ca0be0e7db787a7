import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { createFeatureContext } from '../../src/group/features';
import { judgeTwoClaims } from '../../src/pipeline/two-claims';
import type { ClaimDiff } from '../../src/schema/diff';

const ctx = createFeatureContext();
const judge = (a: string, b: string) => judgeTwoClaims(a, b, diffClaims(a, b), ctx);

describe('judgeTwoClaims', () => {
  it.each([
    ['a negation of what the other states', 'the harbour board paid the pilots in March', 'the harbour board did not pay the pilots'],
    ['another count of one thing', 'the strike cost 300 jobs at the Varne yard', 'the strike cost 30 jobs at the Varne yard'],
    ['another count, a dismissal word beside it', 'the storm killed 40 people, a fake toll', 'the storm killed 12 people'],
    ['a negation stated after a condition', 'the ferries run to Skerra every day', "If the pier closes, the ferries don't run to Skerra"],
  ])('keeps a contradiction by %s', (_name, a, b) => {
    expect(diffClaims(a, b).relation).toBe('contradict');
    expect(judge(a, b).relation).toBe('contradict');
  });

  it.each([
    ['a negation that shares only a name with the other', 'This is not a Harbour Pride moment', 'the Harbour Pride parade was moved to June'],
    ['the same with an article aligned besides the name', 'This is not the Harbour Pride moment', 'the Harbour Pride parade was moved to June'],
    ['a dismissal word in a claim ("fabricated"), which the extractor did not read as a denial', 'a harbour record shows the board used the pilots fund for repairs', 'the mayor used fabricated records to frame the harbour board'],
    ['a dismissal word in a claim even where it shares words with the other', 'the board used the fund for repairs', 'the mayor used fabricated figures about the fund'],
    ['a negation facing nothing on the other side', "If you listened, the mayor didn't answer the question", 'I have listened, and under scrutiny in Varne the mayor had trouble answering questions'],
  ])('makes %s differ, its segments kept', (_name, a, b) => {
    const d = diffClaims(a, b);
    expect(d.relation).toBe('contradict');
    const got = judge(a, b);
    expect(got.relation).toBe('differ');
    expect(got.segments).toEqual(d.segments);
  });

  it.each([
    ['a restatement', 'the ferry to Skerra stops in March', 'the ferry to Skerra will stop in March'],
    ['two unrelated claims', 'the ferry to Skerra stops in March', 'the school roof leaks'],
  ])('leaves any other relation as the core gave it: %s', (_name, a, b) => {
    expect(judge(a, b)).toEqual(diffClaims(a, b));
  });

  it.each([
    ['inside a condition', "If we don't have a harbour, the ferries stop", 'differ'],
    ['stated after a condition', "If it rains, we don't have a harbour", 'contradict'],
  ])('reads a negation %s as the core read it, or as a supposition', (_name, b, want) => {
    const a = 'We have a harbour';
    const neg = b.indexOf("don't have");
    const harbour = b.indexOf('a harbour');
    const d: ClaimDiff = {
      relation: 'contradict', score: 0.5, issues: [],
      segments: [
        { label: 'contradict', a: [3, 7], b: [neg, neg + "don't have".length], reasons: ['negation'] },
        { label: 'match', a: [8, 17], b: [harbour, harbour + 'a harbour'.length], reasons: ['identical'] },
      ],
    };
    expect(judgeTwoClaims(a, b, d, ctx).relation).toBe(want);
  });

  it('makes a contrast by a negation of one voice in one report differ, and keeps it between two accounts', () => {
    const a = "I'm never going to ask for the harbour vote because I'm from Varne";
    const b = "I'm going to ask for the harbour vote because I'm the best candidate";
    expect(diffClaims(a, b).relation).toBe('contradict');
    expect(judgeTwoClaims(a, b, diffClaims(a, b), ctx, true).relation).toBe('differ');
    expect(judgeTwoClaims(a, b, diffClaims(a, b), ctx, false).relation).toBe('contradict');
  });

  it('keeps another count of one voice in one report a contradiction', () => {
    const [a, b] = ['the strike cost 300 jobs at the Varne yard', 'the strike cost 30 jobs at the Varne yard'];
    expect(judgeTwoClaims(a, b, diffClaims(a, b), ctx, true).relation).toBe('contradict');
  });
});
