import { describe, expect, it } from 'vitest';
import { loadExtractFixtures } from '../fixtures/extract/load';

describe('the labelled wire copy', () => {
  const reports = loadExtractFixtures();

  it('has at least 20 reports and 80 statements', () => {
    expect(reports.length).toBeGreaterThanOrEqual(20);
    expect(reports.reduce((n, r) => n + r.statements.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it('labels every pattern kind and both stances', () => {
    const all = reports.flatMap((r) => r.statements);
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(['direct', 'partial', 'indirect']));
    expect(new Set(all.map((s) => s.stance))).toEqual(new Set(['asserts', 'denies']));
  });

  it('gives offsets that slice to the labelled content', () => {
    for (const r of reports) for (const s of r.statements) expect(r.text.slice(s.start, s.end)).toBe(s.content);
  });
});
