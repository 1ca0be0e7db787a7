import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/terminal';
import { contradictionCount, exampleAnalysis, exampleReports, HOSTILE, hostileAnalysis, withTopicConflict } from '../fixtures/render/analyses';

const ESC = '\u001b';

describe('renderTerminal', () => {
  it('lists the topics, each with its label and size', () => {
    const out = renderTerminal(exampleAnalysis(), { reports: exampleReports() });
    const topics = exampleAnalysis().topics ?? [];
    expect(out.indexOf('\ntopics\n')).toBeGreaterThan(0);
    for (const t of topics) expect(out).toMatch(new RegExp(`\\n  ${t.id} +${t.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  \\d+ reports? · \\d+ groups?`));
  });

  it('uses the marks of renderDiffText and no escape codes without colour', () => {
    const out = renderTerminal(exampleAnalysis(), { reports: exampleReports() });
    expect(out).not.toContain(ESC);
    expect(out).toContain('<!14 million!>');
    expect(out).toContain('<~remain~>');
    expect(out).toContain('<!summer!>');
    expect(out).toContain('[-missed-] {+failed to meet+}');
    expect(out).toMatch(/^claimdiff {2}\d+ reports · \d+ statements/);
  });

  it('paints with ANSI colours when asked', () => {
    const out = renderTerminal(exampleAnalysis(), { color: true });
    expect(out).toContain(`${ESC}[`);
    expect(out).not.toContain('<!14 million!>');
  });

  it('lists claims and denials with who made them', () => {
    const out = renderTerminal(exampleAnalysis(), { reports: exampleReports() });
    expect(out).toMatch(/claim +Elena Marsh \(Coastal Wire\)/);
    expect(out).toMatch(/denial +David Okafor/);
  });

  it('never sends control characters from a report to the terminal', () => {
    const { analysis, reports } = hostileAnalysis();
    for (const color of [false, true]) {
      const out = renderTerminal(analysis, { reports, color });
      expect(out).not.toContain(HOSTILE.terminal);
      expect(out).toContain('The ^[]0;pwned^G plan ^[[2J works');
      if (!color) expect(out).not.toContain(ESC);
    }
  });

  it('lists the issues last: those of a whole report in full, the small ones counted by code', () => {
    const analysis = exampleAnalysis();
    const [first] = analysis.reports;
    if (first === undefined) throw new Error('the example analysis has no report');
    first.issues.push(
      { code: 'report-truncated', message: 'the report was cut at 1,000 characters', report: first.id },
      { code: 'unresolved-pronoun', message: 'who "she" is', report: first.id },
      { code: 'unresolved-pronoun', message: 'who "they" are', report: first.id },
    );
    analysis.issues.push({ code: 'time-budget', message: 'comparisons stopped after 10 ms' });
    const out = renderTerminal(analysis);
    const issues = out.slice(out.indexOf('\nissues\n'));
    expect(issues).toContain(`  report-truncated (${first.id}): the report was cut at 1,000 characters\n`);
    expect(issues).toMatch(/: (?:[a-z-]+ ×\d+, )*unresolved-pronoun ×2(?:, [a-z-]+ ×\d+)*\n/);
    expect(issues).toContain('  time-budget: comparisons stopped after 10 ms\n');
    const clean = exampleAnalysis();
    for (const report of clean.reports) report.issues.length = 0;
    clean.issues.length = 0;
    expect(renderTerminal(clean)).not.toContain('\nissues\n');
  });

  it('shows a topic\'s conflicting figures under it, and counts them among the changed figures', () => {
    const { analysis, a } = withTopicConflict(exampleAnalysis());
    const out = renderTerminal(analysis, { reports: exampleReports() });
    expect(out).toContain(`figures in conflict: ${a}`);
    expect(contradictionCount(out)).toBe(contradictionCount(renderTerminal(exampleAnalysis(), { reports: exampleReports() })) + 1);
  });
});
