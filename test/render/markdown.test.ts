import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown';
import { contradictionCount, exampleAnalysis, exampleReports, HOSTILE, hostileAnalysis, withTopicConflict } from '../fixtures/render/analyses';

describe('renderMarkdown', () => {
  const md = renderMarkdown(exampleAnalysis(), { reports: exampleReports() });

  it('starts with the summary of statements, groups and contradictions', () => {
    expect(md).toMatch(/^# claimdiff report\n\n\*\*\d+\*\* reports · \*\*\d+\*\* statements · \*\*\d+\*\* groups/);
    expect(md).toMatch(/\*\*[1-9]\d*\*\* contradictions/);
  });

  it('marks labels by style: *paraphrase*, **contradict**, <ins>added</ins>, ~~removed~~', () => {
    expect(md).toContain('**14 million**');
    expect(md).toContain('*remain*');
    expect(md).toContain('**summer**');
    expect(md).toContain('~~missed~~ <ins>failed to meet</ins>');
  });

  it('shows each claim and its denial with the outlets', () => {
    expect(md).toMatch(/> \*\*Claim\*\* \(Elena Marsh, Coastal Wire\)/);
    expect(md).toMatch(/> \*\*Denial\*\* \(David Okafor, (Evening Gazette|Harbour Daily)\)/);
  });

  it('lists the topics before the groups, and none with topics: false', () => {
    const topics = exampleAnalysis().topics ?? [];
    expect(topics.length).toBeGreaterThan(0);
    expect(md.indexOf('## Topics')).toBeLessThan(md.indexOf('## Reported more than once'));
    for (const t of topics) expect(md).toContain(`- **${t.id}** ${t.label} (`);
    const { topics: _topics, ...without } = exampleAnalysis();
    expect(renderMarkdown(without)).not.toContain('## Topics');
  });

  it('keeps every table row to its five cells', () => {
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('escapes hostile text, ids, sources and speaker names', () => {
    const { analysis, reports } = hostileAnalysis();
    const out = renderMarkdown(analysis, { reports });
    for (const raw of [HOSTILE.text, HOSTILE.speaker, HOSTILE.denier, HOSTILE.source, HOSTILE.group]) expect(out).not.toContain(raw);
    expect(out).not.toMatch(/<(script|img|svg|iframe|b |\/q)/i);
    expect(out).toContain('&lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt;');
    expect(out).toContain('plan \\| &amp;');
    expect(out).not.toMatch(/[^\\]\]\(javascript/);
    for (const line of out.split('\n').filter((l) => l.startsWith('| '))) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('shows a topic\'s conflicting figures under it, and counts them among the changed figures', () => {
    const { analysis, a } = withTopicConflict(exampleAnalysis());
    const out = renderMarkdown(analysis, { reports: exampleReports() });
    expect(out).toContain(`figures in conflict: ${a}`);
    expect(contradictionCount(out)).toBe(contradictionCount(renderMarkdown(exampleAnalysis(), { reports: exampleReports() })) + 1);
  });
});
