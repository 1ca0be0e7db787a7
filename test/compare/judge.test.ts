import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { diffClaimsAsync } from '../../src/compare/judge';
import { ClaimDiffSchema } from '../../src/schema/diff';
import type { JudgeRequest, JudgeVerdict } from '../../src/schema/options';

/** A deterministic judge for the tests: it knows a few sentences by heart and logs every call. */
function scriptedJudge(answers: Record<string, JudgeVerdict>) {
  const calls: JudgeRequest[] = [];
  const judge = async (request: JudgeRequest): Promise<JudgeVerdict | null> => {
    calls.push(request);
    return answers[`${request.scope}:${request.a}|${request.b}`] ?? null;
  };
  return { judge, calls };
}

const UNSURE_A = 'The minister visited the flooded villages';
const UNSURE_B = 'The minister toured the flooded villages';

describe('diffClaimsAsync', () => {
  it('gives the same result as diffClaims without a judge', async () => {
    const a = 'Exports increased last year';
    const b = 'Exports decreased last year';
    expect(await diffClaimsAsync(a, b)).toEqual(diffClaims(a, b));
  });

  it('never asks the judge about labels the rules are sure of', async () => {
    const { judge, calls } = scriptedJudge({});
    const diff = await diffClaimsAsync('The offer was accepted on Monday', 'The offer was accepted on Monday', { judge });
    expect(calls).toEqual([]);
    expect(diff.relation).toBe('match');
  });

  it('asks about an unsure pair and records the answer as reason judge', async () => {
    const rules = diffClaims(UNSURE_A, UNSURE_B);
    const { judge, calls } = scriptedJudge({ [`pair:${UNSURE_A}|${UNSURE_B}`]: { relation: 'same', confidence: 0.93 } });
    const diff = await diffClaimsAsync(UNSURE_A, UNSURE_B, { judge, judgeBelow: 1 });
    expect(calls.map((c) => c.scope)).toContain('pair');
    expect(diff.relation).toBe('paraphrase');
    expect(diff.confidence).toBe(0.93);
    const changed = diff.segments.filter((s) => s.label !== 'match');
    expect(changed.length).toBeGreaterThan(0);
    for (const s of changed) expect(s.reasons).toContain('judge');
    expect(rules.segments.flatMap((s) => s.reasons)).not.toContain('judge');
    expect(ClaimDiffSchema.safeParse(diff).success).toBe(true);
  });

  it('relabels an unsure segment the judge calls a contradiction', async () => {
    const rules = diffClaims(UNSURE_A, UNSURE_B);
    const unsure = rules.segments.find((s) => s.a !== null && s.b !== null && s.label === 'paraphrase');
    expect(unsure).toBeDefined();
    const pa = UNSURE_A.slice(...(unsure?.a ?? [0, 0]));
    const pb = UNSURE_B.slice(...(unsure?.b ?? [0, 0]));
    const { judge, calls } = scriptedJudge({ [`segment:${pa}|${pb}`]: { relation: 'contradict', confidence: 0.8 } });
    const diff = await diffClaimsAsync(UNSURE_A, UNSURE_B, { judge, judgeBelow: 1 });
    expect(calls[0]).toMatchObject({ scope: 'segment', a: pa, b: pb, context: { a: UNSURE_A, b: UNSURE_B } });
    expect(diff.segments.find((s) => s.reasons.includes('judge'))).toMatchObject({ label: 'contradict', confidence: 0.8 });
  });

  it('keeps the rules’ result and reports an issue when the judge throws', async () => {
    const judge = async (): Promise<JudgeVerdict> => {
      throw new Error('model not loaded');
    };
    const diff = await diffClaimsAsync(UNSURE_A, UNSURE_B, { judge, judgeBelow: 1, maxJudgeCalls: 1 });
    expect(diff.relation).toBe(diffClaims(UNSURE_A, UNSURE_B).relation);
    expect(diff.issues.map((i) => i.code)).toContain('judge-failed');
  });

  it('stops after maxJudgeCalls', async () => {
    const { judge, calls } = scriptedJudge({});
    await diffClaimsAsync(UNSURE_A, UNSURE_B, { judge, judgeBelow: 1, maxJudgeCalls: 0 });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a judge that is not a function', { judge: 'nli' }],
    ['a judgeBelow above 1', { judgeBelow: 2 }],
  ])('throws on %s', async (_name, options) => {
    await expect(diffClaimsAsync('a', 'b', options as never)).rejects.toThrow(/^claimdiff: /);
  });
});
