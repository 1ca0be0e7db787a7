import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketLabel, calibrate } from '../../eval/calibration';

describe('calibrate', () => {
  it('counts right and wrong predictions per confidence bucket, for the kept relations only', () => {
    const rows = calibrate(
      [
        { relation: 'contradict', confidence: 0.97, correct: true },
        { relation: 'contradict', confidence: 0.95, correct: false },
        { relation: 'contradict', confidence: 0.55, correct: true },
        { relation: 'differ', confidence: 0.99, correct: true },
      ],
      (r) => r === 'contradict',
    );
    expect(rows).toHaveLength(BUCKETS.length);
    expect(rows.at(-1)).toEqual({ from: 0.95, to: 1, count: 2, correct: 1 });
    expect(rows.find((r) => r.from === 0.5)).toMatchObject({ count: 1, correct: 1 });
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(3);
  });

  it('labels a bucket by its edges', () => {
    expect(bucketLabel({ from: 0.8, to: 0.9, count: 0, correct: 0 })).toBe('0.80–0.90');
  });
});
