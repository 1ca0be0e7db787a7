import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html';
import { HTML_SCRIPT, HTML_SCRIPT_SHA256 } from '../../src/render/html-script';
import { exampleAnalysis, exampleReports, HOSTILE, hostileAnalysis } from '../fixtures/render/analyses';

describe('renderHtml', () => {
  const { analysis, reports } = hostileAnalysis();
  const html = renderHtml(analysis, { reports, title: '<script>window.__pwned = 0</script>' });

  it('has exactly one script element: its own', () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain(`<script>${HTML_SCRIPT}</script>`);
  });

  it.each([
    ['statement text', HOSTILE.text],
    ['speaker names', HOSTILE.speaker],
    ['report ids', HOSTILE.reportA],
    ['source names', HOSTILE.source],
    ['group ids', HOSTILE.group],
  ])('shows hostile %s as text', (_what, value) => {
    expect(html).not.toContain(value);
    expect(html).toContain(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });

  it('opens no element a report could have written', () => {
    for (const tag of ['<img', '<svg', '<iframe', '<b ', '<i ', '<q>']) expect(html).not.toContain(tag);
    // Attribute values are escaped text; what is left are the tags and attribute names we wrote.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
  });

  it('links an outlet only when its URL is http(s), and a topic’s groups only within the page', () => {
    expect(html).not.toMatch(/href="(?!https?:|#group-)/);
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=&lt;2&gt;"');
  });

  it('lets only its own script run, by hash', () => {
    expect(createHash('sha256').update(HTML_SCRIPT, 'utf8').digest('base64')).toBe(HTML_SCRIPT_SHA256);
    expect(html).toContain(`script-src 'sha256-${HTML_SCRIPT_SHA256}'`);
    expect(html).toMatch(/default-src 'none'/);
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!example\.org)/);
    expect(html).not.toMatch(/@import|url\(/);
  });
});

describe('renderHtml of the example reports', () => {
  const html = renderHtml(exampleAnalysis(), { reports: exampleReports() });

  it('lists the topics before the groups, each group a link to its card', () => {
    const topics = exampleAnalysis().topics ?? [];
    expect(html.indexOf('<details class="topics"')).toBeGreaterThan(0);
    expect(html.indexOf('<details class="topics"')).toBeLessThan(html.indexOf('<details class="group'));
    for (const g of topics.flatMap((t) => t.groups)) expect(html).toContain(`<a href="#group-${g}">${g}</a>`);
  });

  it('has a legend entry for every label', () => {
    for (const label of ['match', 'paraphrase', 'contradict', 'added', 'removed']) expect(html).toMatch(new RegExp(`class="seg ${label}"`));
  });

  it('gives every marked piece a focusable tooltip with a unique id', () => {
    const ids = [...html.matchAll(/aria-describedby="(tip-\d+)"/g)].map((m) => m[1]);
    const tips = [...html.matchAll(/role="tooltip" id="(tip-\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tips).toEqual(ids);
    expect(html.match(/class="seg [a-z]+" tabindex="0" aria-describedby=/g)).toHaveLength(ids.length);
  });

  it('shows the summary, the claim and the denial, and the outlets', () => {
    expect(html).toContain('claim–denial pair');
    expect(html).toContain('<b>Elena Marsh</b> claims');
    expect(html).toContain('<b>David Okafor</b> denies');
    for (const source of ['Coastal Wire', 'Harbour Daily', 'Evening Gazette', 'Metro Radio']) expect(html).toContain(source);
  });

  it('puts the group with a contradiction first and open', () => {
    const first = /<details class="group([^"]*)"[^>]*>/.exec(html);
    expect(first?.[1]).toContain('has-contra');
    expect(first?.[0]).toMatch(/ open>$/);
  });

  it('starts only the first groups open when there are many', () => {
    const closed = renderHtml(exampleAnalysis(), { openGroups: 0 });
    expect(closed).not.toMatch(/<details class="group[^>]* open>/);
  });

  it('is the same for the same analysis', () => {
    expect(renderHtml(exampleAnalysis(), { reports: exampleReports() })).toBe(html);
  });
});
