import { describe, expect, it } from 'vitest';
import { WORST_CASES, runInput } from '../../bench/limits';
import { analyze } from '../../src/pipeline/analyze';
import { AnalysisSchema } from '../../src/schema/analysis';
import type { Report } from '../../src/schema/report';
import { expectValidOffsets } from './offsets';

const input = (name: string, scale: number): Report[] => {
  const c = WORST_CASES.find((x) => x.name === name);
  return c?.reports(scale) as Report[];
};
const codesOf = (a: ReturnType<typeof analyze>): string[] => [...a.reports.flatMap((r) => r.issues ?? []), ...a.issues].map((i) => i.code);

// The worst cases of bench/limits.ts, at a size that keeps the suite fast, with bounds scaled
// down to match so that each bound is reached. Times are the benchmark's business, not these tests'.
describe('analyze on the worst-case inputs of bench/limits.ts', () => {
  const extract = { maxLength: 60_000, maxStatements: 300, maxSentenceTokens: 400, maxIssues: 20 };
  it.each([
    ['quote-marks', 0.1, ['unbalanced-quote', 'sentence-split', 'issues-capped']],
    ['he-said-that', 0.06, ['report-truncated', 'sentence-split', 'statements-capped', 'issues-capped']],
    ['no-space', 0.1, ['report-truncated']],
    // Nested quotations overlap in one report, so they are never one group: no comparison to cap.
    ['nested-quotes', 0.05, ['unbalanced-quote', 'sentence-split']],
    ['article-10mb', 0.01, ['report-truncated', 'statements-capped', 'comparisons-capped']],
  ])('%s: says which bounds were reached and keeps every offset in the text', (name, scale, codes) => {
    const reports = input(name, scale);
    const analysis = analyze(reports, { extract, maxGroupComparisons: 5 });
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    for (const code of codes) expect(codesOf(analysis)).toContain(code);
    expect(analysis.statements.length).toBeLessThanOrEqual(extract.maxStatements);
    for (const r of analysis.reports) expect((r.issues ?? []).filter((i) => i.code === 'unbalanced-quote').length).toBeLessThanOrEqual(extract.maxIssues);
    expectValidOffsets(analysis, reports);
  });

  it('caps the alignment of two unrelated texts and says so', () => {
    const c = WORST_CASES.find((x) => x.name === 'unrelated-texts');
    // 2,400 words a side: more edits than the default maxEditLength (4,000), so the cap does not
    // hang on the machine's speed, as the 300 ms timeout would.
    const out = runInput(c?.reports(0.12) as { a: string; b: string });
    expect(out.codes).toEqual(['alignment-capped']);
  });

  it('passes maxEditLength and timeout through to every alignment', () => {
    const reports = [
      { id: 'a', text: '"We have tried to improve relations, but the main hurdle remains the security situation," Khan said.' },
      { id: 'b', text: '"We have been trying to improve ties, but the major obstacle remains the security situation," Khan said.' },
    ];
    expect(codesOf(analyze(reports))).not.toContain('alignment-capped');
    expect(codesOf(analyze(reports, { diff: { maxEditLength: 1 } }))).toContain('alignment-capped');
  });
});

describe('analyze bounds on a group', () => {
  const quote = (k: number, words: string): Report => ({ id: `r${k}`, text: `“We will rebuild the northern pier ${words} this year,” Vos said.` });
  const reports = [quote(0, 'and the ferry link'), quote(1, 'and the ferry link'), quote(2, 'and the old ferry link'), quote(3, 'and the new ferry link'), quote(4, 'and the ferry link')];

  it('compares members past maxGroupComparisons cheaply, with one issue, and keeps every member compared', () => {
    const full = analyze(reports);
    const capped = analyze(reports, { maxGroupComparisons: 1 });
    const g = capped.groups.find((x) => x.members.length === 5);
    expect(g?.comparisons).toHaveLength(4);
    expect(capped.issues.map((i) => i.code)).toEqual(['comparisons-capped']);
    expect(capped.issues[0]?.message).toMatch(/3 of 4 members/);
    expect(g?.table?.rows).toHaveLength(5);
    expect(full.issues).toEqual([]);
    expectValidOffsets(capped, reports);
    const cheap = g?.comparisons?.slice(1) ?? [];
    const byId = new Map(capped.statements.map((s) => [s.id, s]));
    for (const c of cheap) {
      expect(['match', 'paraphrase']).toContain(c.relation);
      const a = byId.get(c.a);
      const b = byId.get(c.b);
      expect(c.relation === 'match').toBe(a?.text === b?.text);
    }
    const changed = cheap.find((c) => byId.get(c.b)?.text.includes('old'));
    expect(changed?.segments.map((s) => s.label)).toEqual(['match', 'added', 'match']);
  });

  it('turns every comparison cheap once the time budget is spent, with one issue counting them', () => {
    const claims = [0, 1, 2].map((k) => ({ id: `c${k}`, text: `Officials said rebels use the coastal caves to store weapons${'.'.repeat(k + 1)}` }));
    const denials = [0, 1].map((k) => ({ id: `d${k}`, text: `The rebel spokesman denied that rebels use the coastal caves to store weapons${'!'.repeat(k + 1)}` }));
    const all = [...reports, ...claims, ...denials];
    const full = analyze(all);
    const spent = analyze(all, { timeBudget: 0 });
    expect(full.issues.map((i) => i.code)).not.toContain('time-budget-spent');
    expect(spent.issues.map((i) => i.code)).toEqual(['time-budget-spent']);
    const pairs = (a: typeof full): number => a.groups.reduce((n, g) => n + (g.comparisons?.length ?? 0), 0);
    const left = pairs(full) - pairs(spent);
    expect(left).toBeGreaterThan(0);
    expect(spent.issues[0]?.message).toContain(`${left} claim–denial or figure comparisons within groups were left out`);
    // Every member is still compared with its canonical wording, cheaply.
    const g = spent.groups.find((x) => x.members.length === 5);
    expect(g?.comparisons).toHaveLength(4);
    expect(g?.comparisons?.every((c) => c.segments.every((s) => s.reasons.every((r) => r === 'identical')))).toBe(true);
    expectValidOffsets(spent, all);
    // A budget that is not spent changes nothing.
    expect(analyze(all, { timeBudget: 60_000 })).toEqual(full);
  });

  it('leaves out claim–denial pairs past maxDenialPairs, with an issue', () => {
    const claims = [0, 1, 2].map((k) => ({ id: `c${k}`, text: `Officials said rebels use the coastal caves to store weapons${'.'.repeat(k + 1)}` }));
    const denials = [0, 1].map((k) => ({ id: `d${k}`, text: `The rebel spokesman denied that rebels use the coastal caves to store weapons${'!'.repeat(k + 1)}` }));
    const a = analyze([...claims, ...denials], { maxDenialPairs: 1 });
    expect(a.issues.map((i) => i.code)).toContain('denial-pairs-capped');
  });
});
