import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupInputSchema } from '../../src/schema/analysis';
import { isGroupInput } from '../../src/schema/group-input';

describe('isGroupInput', () => {
  it.each<[string, unknown, boolean]>([
    ['a statement', { id: 's1', text: 'The port closes on Monday' }, true],
    ['a denial', { id: 's2', text: 'It will not close', stance: 'denies', denies: 's1' }, true],
    ['a claim with other fields', { id: 's3', text: '', stance: 'asserts', source: 'wire' }, true],
    ['an empty id', { id: '', text: 'x' }, false],
    ['a number as text', { id: 's4', text: 5 }, false],
    ['no text', { id: 's5' }, false],
    ['an unknown stance', { id: 's6', text: 'x', stance: 'doubts' }, false],
    ['null', null, false],
    ['a string', 's7', false],
  ])('answers %s: %j -> %s', (_name, value, yes) => {
    expect(isGroupInput(value)).toBe(yes);
  });

  it('accepts exactly what GroupInputSchema accepts', () => {
    const value = fc.oneof(
      fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: fc.oneof(fc.string(), fc.constant(null)), stance: fc.constantFrom('asserts', 'denies', 'doubts', undefined) }, { requiredKeys: [] }),
      fc.anything(),
    );
    fc.assert(fc.property(value, (v) => isGroupInput(v) === GroupInputSchema.safeParse(v).success), { numRuns: 300 });
  });
});
