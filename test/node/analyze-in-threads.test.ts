import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import type { AnalyzeProgress } from '../../src/schema/analysis';
import type { Report } from '../../src/schema/report';
import { MANY } from '../pipeline/fixtures';

// The built entry (npm test builds first): its worker threads load the built file.
const { analyzeInThreads } = (await import('../../dist/node.js')) as typeof import('../../src/node/index');

describe('analyzeInThreads (claimdiff/node)', () => {
  const alone = analyze(MANY);

  it('is given enough work to share: groups of many members, compared', () => {
    expect(alone.groups.filter((g) => g.members.length >= 3).length).toBeGreaterThanOrEqual(5);
    expect(alone.groups.flatMap((g) => g.comparisons).length).toBeGreaterThanOrEqual(30);
    expect(alone.reports.flatMap((r) => r.issues.map((i) => i.code)).sort()).toEqual(['duplicate-report-id', 'unreadable-date']);
  });

  it.each([[1], [2], [4]])('gives the analysis of analyze, to the last id and in the same order, with %i threads', async (threads) => {
    expect(JSON.stringify(await analyzeInThreads(MANY, { threads }))).toBe(JSON.stringify(alone));
  }, 60_000);

  it('spends a time budget of 0 as analyze does: every comparison cheap, one issue counting them', async () => {
    const spent = analyze(MANY, { timeBudget: 0 });
    expect(spent.issues.map((i) => i.code)).toContain('time-budget-spent');
    expect(JSON.stringify(await analyzeInThreads(MANY, { threads: 2, timeBudget: 0 }))).toBe(JSON.stringify(spent));
  }, 60_000);

  it('reports progress that rises to the total in each stage', async () => {
    const seen: AnalyzeProgress[] = [];
    await analyzeInThreads(MANY, { threads: 2, onProgress: (p) => seen.push(p) });
    for (const stage of ['extract', 'group', 'compare'] as const) {
      const done = seen.filter((p) => p.stage === stage).map((p) => p.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(seen.filter((p) => p.stage === stage).at(-1)).toEqual({ stage, done: stage === 'group' ? 1 : seen.find((p) => p.stage === stage)?.total, total: seen.find((p) => p.stage === stage)?.total });
    }
    expect(seen.find((p) => p.stage === 'extract')?.total).toBe(MANY.length);
  }, 60_000);

  it.each([[0], [1.5], [-2]])('throws on threads %s', async (threads) => {
    await expect(analyzeInThreads(MANY, { threads })).rejects.toThrow(/claimdiff: analyzeInThreads\(reports, options\): option threads: found .*expected a whole number from 1/);
  });

  it('names itself when the reports are not an array of reports', async () => {
    await expect(analyzeInThreads([{ id: 1 }] as unknown as Report[], { threads: 2 })).rejects.toThrow(/claimdiff: analyzeInThreads\(reports\)/);
  });
});
