import { describe, expect, it } from 'vitest';
import { topicFigures, topicMaps } from '../../eval/news-topics';
import { STORY_OF, TWO_STORIES } from '../topics/fixtures';

describe('topicMaps', () => {
  it('gives each report and each statement the topic that lists it or its group', () => {
    const analysis = {
      version: 1,
      reports: [],
      statements: [],
      groups: [
        { id: 'g1', members: ['s1', 's3'], canonical: 's1', comparisons: [] },
        { id: 'g2', members: ['s2'], canonical: 's2', comparisons: [] },
      ],
      topics: [
        { id: 't1', groups: ['g1'], reports: ['a', 'b'], label: '', why: { words: [], groups: [] } },
        { id: 't2', groups: ['g2'], reports: ['c'], label: '', why: { words: [], groups: [] } },
      ],
      issues: [],
    } as const;
    const maps = topicMaps(analysis as never);
    expect([...maps.reports]).toEqual([['a', 't1'], ['b', 't1'], ['c', 't2']]);
    expect([...maps.statements]).toEqual([['s1', 't1'], ['s3', 't1'], ['s2', 't2']]);
  });
});

describe('topicFigures', () => {
  it('scores topics against stories when every report is analysed at once', () => {
    const stories = ['bridge', 'quota'].map((id) => ({ id, reports: TWO_STORIES.filter((r) => STORY_OF[r.id] === id) }));
    expect(topicFigures(stories)).toEqual([
      ['topics / stories (all reports at once)', '2 / 2'],
      ['topic B³ P / R / F1 over reports', '1.000 / 1.000 / 1.000'],
      ['topic B³ P / R / F1 over statements', '1.000 / 1.000 / 1.000'],
    ]);
  });
});
