import { describe, expect, it } from 'vitest';
import { pieceVerdict } from '../../src/pipeline/piece-verdict';

describe('pieceVerdict', () => {
  const claim = 'We stand by our reporting and the sources who informed it';
  const denial = 'its report was inaccurate';
  it('faces the claim up to the piece it names with the whole denial, the rest of the claim its own', () => {
    const v = pieceVerdict(claim, denial, 'a');
    expect(v.relation).toBe('contradict');
    expect(v.reasons).toEqual(['stance']);
    expect(v.segments.map((s) => [s.label, s.a && claim.slice(...s.a), s.b && denial.slice(...s.b), s.reasons])).toEqual([
      ['contradict', 'We stand by our reporting', 'its report was inaccurate', ['stance']],
      ['removed', 'and the sources who informed it', null, []],
    ]);
  });

  it('puts each side where the pair has it when the claim is side b', () => {
    const v = pieceVerdict(claim, denial, 'b');
    expect(v.segments.map((s) => [s.label, s.a && denial.slice(...s.a), s.b && claim.slice(...s.b)])).toEqual([
      ['contradict', 'its report was inaccurate', 'We stand by our reporting'],
      ['added', null, 'and the sources who informed it'],
    ]);
  });

  it('takes the whole claim when it names no piece noun of its own', () => {
    const v = pieceVerdict('the findings were accurate', denial, 'a');
    expect(v.segments).toHaveLength(1);
    expect(v.segments[0]?.a).toEqual([0, 'the findings were accurate'.length]);
  });
});
