import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { createFeatureContext } from '../../src/group/features';
import { judgeTwoClaims } from '../../src/pipeline/two-claims';

const ctx = createFeatureContext();
const judge = (a: string, b: string) => judgeTwoClaims(a, b, diffClaims(a, b), ctx);

describe('judgeTwoClaims', () => {
  it.each([
    ['a negation of what the other states', 'the harbour board paid the pilots in March', 'the harbour board did not pay the pilots'],
    ['another count of one thing', 'the strike cost 300 jobs at the Varne yard', 'the strike cost 30 jobs at the Varne yard'],
    ['another count, a dismissal word beside it', 'the storm killed 40 people, a fake toll', 'the storm killed 12 people'],
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
});
