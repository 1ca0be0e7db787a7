import { describe, expect, it } from 'vitest';
import { alignGroup } from '../../src/group/align-group';

describe('alignGroup', () => {
  // canonical "We tried hard" at [100, 113); member "We were trying" at [0, 14); another adds a word.
  const table = alignGroup({ statement: 's1', span: [100, 113] }, [
    { statement: 's2', segments: [
      { label: 'match', a: [100, 102], b: [0, 2], reasons: ['identical'] },
      { label: 'paraphrase', a: [103, 108], b: [3, 14], reasons: ['inflection'] },
      { label: 'removed', a: [109, 113], b: null, reasons: [] },
    ] },
    { statement: 's3', segments: [
      { label: 'match', a: [100, 108], b: [50, 58], reasons: ['identical'] },
      { label: 'added', a: null, b: [59, 63], reasons: [] },
      { label: 'match', a: [109, 113], b: [64, 68], reasons: ['identical'] },
    ] },
  ]);

  it('gives one row per wording, canonical first, all as long as the columns', () => {
    expect(table.rows.map((r) => r.statement)).toEqual(['s1', 's2', 's3']);
    for (const r of table.rows) expect(r.cells).toHaveLength(table.columns);
  });

  it('labels each cell against the canonical and leaves a gap where a piece is missing', () => {
    const [, s2, s3] = table.rows;
    expect(s2?.cells.map((c) => c?.label ?? null)).toEqual(['match', 'match', 'paraphrase', null, 'paraphrase', null]);
    expect(s3?.cells.map((c) => c?.label ?? null)).toEqual(['match', 'match', 'match', 'added', 'match', 'match']);
  });

  it('puts a span covering two columns in the first and an empty span at its end in the next', () => {
    expect(table.rows[2]?.cells[0]?.span).toEqual([50, 58]);
    expect(table.rows[2]?.cells[1]?.span).toEqual([58, 58]);
  });
});
