import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asProposition, propositionText, reportSpan } from '../../src/schema/proposition';

// A report and a statement inside it: "Castoria for funding the raids", with the pieces "Castoria" and "funding the raids".
const report = 'Norvale blamed Castoria for funding the raids.';
const start = report.indexOf('Castoria');
const end = report.indexOf('.');
const plain = { start, text: report.slice(start, end) };
const pieces = { ...plain, content: [[start, start + 8], [report.indexOf('funding'), end]] as [number, number][] };

describe('propositionText', () => {
  it.each([
    ['a statement with no pieces', plain, 'Castoria for funding the raids'],
    ['a statement with pieces', pieces, 'Castoria funding the raids'],
    ['a statement with one piece', { ...plain, content: [[report.indexOf('funding'), end]] as [number, number][] }, 'funding the raids'],
  ])('reads %s', (_name, s, want) => {
    expect(propositionText(s)).toBe(want);
  });

  it('gives the same object when there are no pieces, and one with the proposition as text when there are', () => {
    expect(asProposition(plain)).toBe(plain);
    expect(asProposition(pieces)).toEqual({ ...pieces, text: 'Castoria funding the raids' });
  });
});

describe('reportSpan', () => {
  it.each([
    ['a span of the first piece', [0, 8], 'Castoria'],
    ['a span of the second piece', [9, 16], 'funding'],
    ['a span across the join', [0, 16], 'Castoria for funding'],
    ['the whole proposition', [0, 26], 'Castoria for funding the raids'],
  ] as const)('moves %s to the report', (_name, span, want) => {
    const [a, b] = reportSpan(pieces, [span[0], span[1]]);
    expect(report.slice(a, b)).toBe(want);
  });

  it('shifts a span of a statement with no pieces by its start', () => {
    expect(reportSpan(plain, [0, 8])).toEqual([start, start + 8]);
  });

  it('maps any span inside one piece to the same words of the report', () => {
    const text = 'The board accused the mayor of hiding the costs of the bridge.';
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 20 }), fc.integer({ min: 25, max: 40 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (cut, from, x, y) => {
        const s = { start: 4, text: text.slice(4, 61), content: [[4, cut], [from, 61]] as [number, number][] };
        const prop = propositionText(s);
        const lo = Math.min(x, y) % (prop.length + 1);
        const hi = Math.min(prop.length, lo + Math.abs(x - y));
        const pieceOf = (at: number): number => (at < cut - 4 ? 0 : at > cut - 4 ? 1 : -1);
        // Only spans inside one piece read the same: a span across the join also covers what was left out.
        if (hi <= lo || pieceOf(lo) !== pieceOf(hi - 1) || pieceOf(lo) < 0) return;
        const [a, b] = reportSpan(s, [lo, hi]);
        expect(text.slice(a, b)).toBe(prop.slice(lo, hi));
      }),
    );
  });
});
