import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIndex, indexFromJSON } from '../../src/group/statement-index';
import { wireSentence } from './arbitraries';

// test/group/statement-index.test.ts round-trips the WIRE fixture at every cut; this does it for
// random statements, stances and unicode ids, and checks the snapshot itself is stable.
describe('StatementIndex toJSON / indexFromJSON', () => {
  const statement = fc.record({
    id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    text: fc.oneof(wireSentence, fc.string({ maxLength: 30 })),
    stance: fc.constantFrom('asserts' as const, 'denies' as const),
  });
  const statements = fc.uniqueArray(statement, { selector: (s) => s.id, maxLength: 14 });

  it('round-trips any statements: same groups, same snapshot, same numbering afterwards', () => {
    fc.assert(
      fc.property(statements, fc.nat(), (list, at) => {
        const cut = list.length === 0 ? 0 : at % (list.length + 1);
        const index = createIndex();
        index.add(list.slice(0, cut));
        const snapshot = JSON.parse(JSON.stringify(index.toJSON()));
        const copy = indexFromJSON(snapshot);
        expect(copy.groups()).toEqual(index.groups());
        expect(copy.toJSON()).toEqual(snapshot);
        expect(copy.add(list.slice(cut))).toEqual(index.add(list.slice(cut)));
        expect(copy.groups()).toEqual(index.groups());
      }),
      { numRuns: 40 },
    );
  });
});
