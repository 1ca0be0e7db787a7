import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/schema/analysis';
import { contradictionKind, kindsText } from '../../src/render/contradiction-kind';

describe('contradictionKind and kindsText', () => {
  const seg = (reasons: Comparison['segments'][number]['reasons']) => ({ label: 'contradict' as const, a: [0, 1] as [number, number], b: [0, 1] as [number, number], reasons });
  const cmp = (segments: Comparison['segments'], reasons?: Comparison['reasons']): Comparison => ({ a: 's1', b: 's2', relation: 'contradict', score: 0.5, segments, reasons: reasons ?? [] });

  it.each([
    ['a denial of the claim', cmp([seg(['stance'])], ['stance']), 'denial'],
    ['a changed figure', cmp([seg(['number'])]), 'figure'],
    ['another date', cmp([seg(['date'])]), 'figure'],
    ['a negation', cmp([seg(['negation'])]), 'negation'],
    ['a swapped name', cmp([seg(['entity'])]), 'other'],
  ])('reads %s', (_name, c, kind) => {
    expect(contradictionKind(c)).toBe(kind);
  });

  it('words the counts, leaving out kinds with none', () => {
    expect(kindsText({ denial: 2, figure: 1, negation: 0, other: 0 })).toBe('2 denials, 1 changed figure');
  });
});
