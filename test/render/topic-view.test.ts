import { describe, expect, it } from 'vitest';
import type { Topic } from '../../src/schema/analysis';
import { topicConflicts, topicGroups, topicsHtml, topicSize, topicsView, topicWhy } from '../../src/render/topic-view';

const topic = (id: string, reports: number, groups: number, why: Topic['why'] = { words: [], groups: [] }): Topic => ({
  id,
  groups: Array.from({ length: groups }, (_, k) => `g${k + 1}`),
  reports: Array.from({ length: reports }, (_, k) => `r${k + 1}`),
  label: `label of ${id}`,
  why,
  conflicts: [],
});

describe('topicsView', () => {
  it('shows the topics with most reports first, then most groups, then in analysis order', () => {
    const view = topicsView({ topics: [topic('t1', 1, 3), topic('t2', 4, 2), topic('t3', 4, 5), topic('t4', 1, 3)] });
    expect(view?.shown.map((t) => t.id)).toEqual(['t3', 't2', 't1', 't4']);
    expect(view?.more).toBe(0);
  });

  it('counts the topics beyond the limit', () => {
    const view = topicsView({ topics: [topic('t1', 1, 1), topic('t2', 2, 1), topic('t3', 3, 1)] }, 2);
    expect(view?.shown.map((t) => t.id)).toEqual(['t3', 't2']);
    expect(view?.more).toBe(1);
  });

  it('is null without topics', () => {
    expect(topicsView({})).toBeNull();
    expect(topicsView({ topics: [] })).toBeNull();
    expect(topicsHtml({})).toBe('');
  });
});

describe('topic texts', () => {
  const cases: { name: string; t: Topic; size: string; why: string }[] = [
    { name: 'one report', t: topic('t1', 1, 1), size: '1 report · 1 group', why: 'one report' },
    { name: 'shared words only', t: topic('t2', 2, 3, { words: ['herring', 'quota'], groups: [] }), size: '2 reports · 3 groups', why: 'its reports share herring, quota' },
    {
      name: 'shared words and statements',
      t: topic('t3', 3, 2, { words: ['dam'], groups: ['g1'] }),
      size: '3 reports · 2 groups',
      why: 'its reports share dam; 1 statement reported by several of them (g1)',
    },
  ];
  for (const c of cases) {
    it(`says the size and why of a topic: ${c.name}`, () => {
      expect(topicSize(c.t)).toBe(c.size);
      expect(topicWhy(c.t)).toBe(c.why);
    });
  }

  it('lists twelve group ids and counts the rest', () => {
    expect(topicGroups(topic('t1', 1, 3))).toBe('g1, g2, g3');
    expect(topicGroups(topic('t1', 1, 15))).toBe('g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12 and 3 more');
  });
});

describe('topicConflicts', () => {
  const said = (id: string, text: string) => ({
    id, report: 'r1', start: 0, end: text.length, text, kind: 'indirect' as const, stance: 'asserts' as const, speaker: null, cue: null, quoted: [],
  });
  const statements = [said('s1', 'the storm killed 40 people on the coast'), said('s2', 'the storm on the coast had killed <b>12</b>')];
  const groups = [{ id: 'g1', members: ['s1'], canonical: 's1', comparisons: [] }, { id: 'g2', members: ['s2'], canonical: 's2', comparisons: [] }];
  const withConflict: Topic = { ...topic('t1', 1, 2), conflicts: [{ a: 's1', b: 's2', relation: 'contradict', score: 0.4, segments: [], reasons: [] }] };

  it('gives a line for each pair of claims whose figures conflict, with their ids, groups and words', () => {
    expect(topicConflicts(withConflict, { statements, groups })).toEqual([
      'figures in conflict: s1 (g1) “the storm killed 40 people on the coast” against s2 (g2) “the storm on the coast had killed <b>12</b>”',
    ]);
  });

  it('gives none for a topic without conflicts', () => {
    expect(topicConflicts(topic('t1', 1, 2), { statements, groups })).toEqual([]);
  });

  it('shows them in the HTML topics, escaped', () => {
    const html = topicsHtml({ topics: [withConflict], statements, groups });
    expect(html).toContain('figures in conflict: s1 (g1)');
    expect(html).toContain('&lt;b&gt;12&lt;/b&gt;');
    expect(html).not.toContain('<b>12</b>');
  });
});
