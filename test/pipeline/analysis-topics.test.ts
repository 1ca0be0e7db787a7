import { describe, expect, it } from 'vitest';
import { findTopics } from '../../src/index';
import { analyze } from '../../src/pipeline/analyze';
import { TWO_STORIES } from '../topics/fixtures';

describe('findTopics (public)', () => {
  const withTopics = analyze(TWO_STORIES);
  const without = analyze(TWO_STORIES, { topics: false });

  it('gives an analysis made without topics the topics analyze gives', () => {
    expect(without.topics).toBeUndefined();
    expect(withTopics.topics?.length).toBe(2);
    expect(findTopics(without)).toEqual(withTopics.topics);
  });

  it('reads an analysis saved as JSON, and leaves it unchanged', () => {
    const saved = JSON.stringify(without);
    expect(findTopics(JSON.parse(saved))).toEqual(withTopics.topics);
    expect(JSON.stringify(without)).toBe(saved);
  });

  it('takes the options the analysis was made with', () => {
    const stopped = { group: { stopWords: ['brandvold', 'okafor'] } };
    const made = analyze(TWO_STORIES, { ...stopped, topics: false });
    expect(findTopics(made, stopped)).toEqual(analyze(TWO_STORIES, stopped).topics);
    // Without them the people's names are words again, and they name the stories.
    expect(findTopics(made).map((t) => t.label).join(' ')).toMatch(/brandvold/);
    expect(findTopics(made, stopped).map((t) => t.label).join(' ')).not.toMatch(/brandvold/);
  });

  it.each([
    ['not an analysis', 'the report text', /claimdiff: .*findTopics\(analysis\)/],
    ['no groups', { statements: [] }, /claimdiff: .*findTopics\(analysis\)/],
  ])('throws a claimdiff error for %s', (_, value, message) => {
    expect(() => findTopics(value as never)).toThrow(message);
  });

  it('throws a claimdiff error for an unknown option', () => {
    expect(() => findTopics(without, { nonsense: 1 } as never)).toThrow(/claimdiff: .*findTopics\(analysis, options\)/);
  });
});
