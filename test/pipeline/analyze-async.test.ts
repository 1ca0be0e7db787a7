import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { analyzeAsync } from '../../src/pipeline/analyze-async';
import type { JudgeRequest } from '../../src/schema/options';
import type { Report } from '../../src/schema/report';

const REPORTS: Report[] = [
  { id: 'a', text: '"The new terminal will open in March and will double the airport\'s capacity," Transport Minister Lena Ortiz said on Monday.' },
  { id: 'b', text: '"The new terminal opens in March and doubles the capacity of the airport," Ortiz told reporters.' },
  { id: 'c', text: 'The airport operator denied that the terminal will open in March, saying work is months behind.' },
];

/** A judge written for the test: it says every pair differs, and records what it was asked. */
function recordingJudge() {
  const asked: JudgeRequest[] = [];
  const judge = async (request: JudgeRequest) => {
    asked.push(request);
    return { relation: 'differ' as const, confidence: 0.9 };
  };
  return { asked, judge };
}

describe('analyzeAsync', () => {
  it('gives the same analysis as analyze without a judge', async () => {
    expect(await analyzeAsync(REPORTS)).toEqual(analyze(REPORTS));
  });

  it('puts unsure comparisons to the judge and marks what it changed with reason judge', async () => {
    const { asked, judge } = recordingJudge();
    const result = await analyzeAsync(REPORTS, { judge, judgeBelow: 1 });
    const plain = analyze(REPORTS);
    expect(asked.length).toBeGreaterThan(0);
    const judged = result.groups.flatMap((g) => g.comparisons ?? []).filter((c) => c.segments.some((s) => s.reasons.includes('judge')));
    expect(judged.length).toBeGreaterThan(0);
    expect(result.groups.map((g) => g.members)).toEqual(plain.groups.map((g) => g.members));
  });

  it('never puts a claim and its denial to the judge', async () => {
    const { asked, judge } = recordingJudge();
    const result = await analyzeAsync(REPORTS, { judge, judgeBelow: 1 });
    const stance = result.groups.flatMap((g) => g.comparisons ?? []).filter((c) => c.reasons?.includes('stance'));
    expect(stance.length).toBeGreaterThan(0);
    for (const c of stance) expect(c.segments.some((s) => s.reasons.includes('judge'))).toBe(false);
    expect(asked.every((r) => !r.a.includes('denied'))).toBe(true);
  });

  it('stops at maxJudgedComparisons and says how many were left to the rules', async () => {
    const { asked, judge } = recordingJudge();
    const result = await analyzeAsync(REPORTS, { judge, judgeBelow: 1, maxJudgedComparisons: 0 });
    expect(asked).toEqual([]);
    expect(result.issues.map((i) => i.code)).toContain('judge-capped');
  });

  it('rejects a judge that is not a function', async () => {
    await expect(analyzeAsync(REPORTS, { judge: 'nli' as never })).rejects.toThrow(/claimdiff: analyzeAsync\(reports, options\)/);
  });
});
