import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze';
import { AnalysisSchema } from '../../src/schema/analysis';
import { REPORTS } from './fixtures';

describe('analyze', () => {
  const analysis = analyze(REPORTS);
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const groupWith = (needle: string) => analysis.groups.find((g) => g.members.some((m) => byId.get(m)?.text.includes(needle)));

  it('returns the analyze JSON, version 1', () => {
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.reports).toEqual([{ id: 'wire-a.txt', length: REPORTS[0]?.text.length }, { id: 'wire-b.txt', length: REPORTS[1]?.text.length }]);
  });

  it('numbers statements s1, s2, … across reports and puts each in exactly one group', () => {
    expect(analysis.statements.map((s) => s.id)).toEqual(analysis.statements.map((_, k) => `s${k + 1}`));
    expect(analysis.groups.flatMap((g) => g.members).sort()).toEqual([...byId.keys()].sort());
  });

  it('groups two wordings of one quote and labels them paraphrase, with absolute offsets', () => {
    const g = groupWith('repair the northern pier');
    expect(g?.members).toHaveLength(2);
    const c = g?.comparisons?.[0];
    expect(c?.relation).toBe('paraphrase');
    for (const seg of c?.segments ?? []) {
      const a = byId.get(c?.a as string);
      if (seg.a && a) expect(seg.a[0]).toBeGreaterThanOrEqual(a.start);
    }
    const a = byId.get(c?.a as string);
    const first = c?.segments.find((s) => s.label === 'match' && s.a);
    const report = REPORTS.find((r) => r.id === a?.report);
    expect(report?.text.slice(first?.a?.[0], first?.a?.[1])).toBe('We have');
    expect(g?.table?.rows).toHaveLength(2);
  });

  it('puts a claim and its denial in one group, compared as contradict for stance', () => {
    const g = groupWith('coastal caves');
    const stances = g?.members.map((m) => byId.get(m)?.stance);
    expect(stances).toContain('asserts');
    expect(stances).toContain('denies');
    const c = g?.comparisons?.find((x) => byId.get(x.a)?.stance !== byId.get(x.b)?.stance);
    expect(c).toMatchObject({ relation: 'contradict', reasons: ['stance'] });
  });

  it('gives the same output for any order of the reports', () => {
    expect(analyze([...REPORTS].reverse())).toEqual(analysis);
  });

  it('calls onProgress for each report and group', () => {
    const stages: string[] = [];
    analyze(REPORTS, { onProgress: (p) => stages.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(stages).toContain('extract 2/2');
    expect(stages.at(-1)).toMatch(/^compare (\d+)\/\1$/);
  });

  it.each([
    ['not an array', 'text', /claimdiff: analyze\(reports\): found "text"/],
    ['a report without id', [{ text: 'x' }], /analyze\(reports\)/],
    ['duplicate report ids', [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }], /duplicate report id "a"/],
  ])('throws on %s', (_name, input, message) => {
    expect(() => analyze(input as never)).toThrow(message);
  });
});
