import { describe, expect, it } from 'vitest';
import { ClaimdiffError } from '../../src/schema/error';
import { render, RENDER_FORMATS, type RenderFormat } from '../../src/render/render';
import { exampleAnalysis, exampleReports } from '../fixtures/render/analyses';

describe('render', () => {
  it('gives back the analysis JSON unchanged', () => {
    const analysis = exampleAnalysis();
    expect(JSON.parse(render(analysis, 'json'))).toEqual(analysis);
    expect(render(analysis, 'json', { indent: 2 })).toBe(JSON.stringify(analysis, null, 2));
  });

  it.each([
    ['markdown', /^# claimdiff report/],
    ['html', /^<!doctype html>/],
    ['terminal', /^claimdiff /],
  ] as const)('renders %s', (format, start) => {
    expect(render(exampleAnalysis(), format, { reports: exampleReports() })).toMatch(start);
  });

  it('knows four formats', () => {
    expect(RENDER_FORMATS).toEqual(['json', 'markdown', 'html', 'terminal']);
  });

  it('throws on an unknown format, naming what it found and expected', () => {
    expect(() => render(exampleAnalysis(), 'pdf' as RenderFormat)).toThrow(ClaimdiffError);
    expect(() => render(exampleAnalysis(), 'pdf' as RenderFormat)).toThrow(/found "pdf", expected one of json, markdown, html, terminal/);
  });

  it('throws on something that is not an analysis', () => {
    expect(() => render({ version: 2 } as never, 'html')).toThrow(/^claimdiff: render\(analysis\)/);
  });

  it('throws on an unknown option', () => {
    expect(() => render(exampleAnalysis(), 'html', { colour: true } as never)).toThrow(ClaimdiffError);
  });
});
