import { describe, expect, it } from 'vitest';
import { renderDiffText } from '../../src/render/diff-text';
import { renderHtml } from '../../src/render/html';
import { renderMarkdown } from '../../src/render/markdown';
import { renderTerminal } from '../../src/render/terminal';
import { exampleAnalysis, exampleReports } from '../fixtures/render/analyses';

// render() checks its arguments (test/render/render.test.ts); so do the format functions it calls.
describe('the render functions on misuse', () => {
  it.each([
    ['renderHtml', renderHtml],
    ['renderMarkdown', renderMarkdown],
    ['renderTerminal', renderTerminal],
  ] as const)('%s checks the analysis and its options', (name, fn) => {
    expect(fn(exampleAnalysis(), { reports: exampleReports() })).toEqual(expect.any(String));
    expect(() => fn({ version: 2 } as never)).toThrow(new RegExp(`^claimdiff: ${name}\\(analysis\\): found version number 2, expected the result of analyze\\(\\) \\(version 1\\) with version 1$`));
    expect(() => fn(exampleAnalysis(), { colour: true } as never)).toThrow(expect.objectContaining({ code: 'invalid-options', message: expect.stringMatching(/found unknown option "colour"/) }));
  });

  it('renderDiffText checks that the diff is one of the two texts given', () => {
    const diff = { relation: 'match' as const, score: 1, segments: [{ label: 'match' as const, a: [0, 9] as [number, number], b: [0, 9] as [number, number], reasons: [] }], issues: [] };
    expect(renderDiffText(diff, 'Khan said', 'Khan said')).toContain('Khan said');
    expect(() => renderDiffText(diff, 'Khan', 'Khan said')).toThrow(/^claimdiff: renderDiffText\(diff, a, b\): found segments\[0\]\.a \[0, 9\] outside a \(4 characters\), expected the diff of these two texts$/);
    expect(() => renderDiffText(diff, 'Khan said', 5 as never)).toThrow(/found number 5, expected a string/);
    expect(() => renderDiffText({} as never, 'a', 'b')).toThrow(/^claimdiff: renderDiffText\(diff\): found relation missing/);
    expect(() => renderDiffText(diff, 'Khan said', 'Khan said', { colour: true } as never)).toThrow(/found unknown option "colour"/);
  });
});
