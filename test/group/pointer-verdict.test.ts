import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointerSubject, verdictEnd } from '../../src/group/pointer-verdict';

describe('verdictEnd', () => {
  it.each([
    ['the number that the mayor gave was "fake" which quoted the dredging firm', 'the number that the mayor gave was "fake" '],
    ['the figures quoted by the mayor are fictional and produced by the port authority', 'the figures quoted by the mayor are fictional '],
    ['the figures are false, invented by the ferry union', 'the figures are false'],
    ['All of that is but mere lies, which is no surprise', 'All of that is but mere lies'],
    ['the claims are false and the ferry stayed in port', null],
    ["the claims in the union's suit are false, and that the mayor will be cleared", null],
    ['It is not true that the ferry sank, officials said', null],
    ['This is an attempt to distract from the pier, which is closed', null],
    ['the claims are false', null],
    ['the ferry sank, and the crew was rescued', null],
    ['the claims are false and Biden supplied the weapons', null],
    ['the claims are false and seven people died', null],
    ['the claims are baseless, when the ferry sank', null],
  ])('cuts "%s" to "%s"', (text, kept) => {
    const end = verdictEnd(text);
    expect(end === null ? null : text.slice(0, end)).toBe(kept);
  });
});

describe('pointerSubject', () => {
  it.each([
    ['the number that the mayor gave was fake', ' that the mayor gave '],
    ['the figures quoted by the port authority are false', ' quoted by the port authority '],
    ['These allegations are nonsense', ' '],
  ])('finds in "%s" the naming stretch "%s"', (text, naming) => {
    const got = pointerSubject(text);
    expect(got === null ? null : text.slice(...got.naming)).toBe(naming);
  });

  it.each([['the ferry sank off the pier'], ['the claims, which the mayor made on a long tour of the valley towns last spring, are false']])(
    'finds none in "%s" (no pointer opening it, or no copula a few words after it)', (text) => {
      expect(pointerSubject(text)).toBeNull();
    },
  );
});

describe('pointerSubject (properties)', () => {
  const piece = fc.constantFrom('the', 'number', 'figures', 'claims', 'that', 'Kerry', 'mentioned', 'quoted', 'by', 'was', 'are', 'is', 'fake', 'false', 'utterly', 'and', 'which', 'produced', ',', 'seven', 'Biden', 'it', 'not', 'true', '’s', 'lies');
  it('gives offsets inside the text, in order: the naming stretch, then the verdict\'s end', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (words) => {
      const text = words.join(' ');
      const got = pointerSubject(text);
      if (got === null) return;
      const [from, to] = got.naming;
      expect(0 <= from && from <= to && to <= text.length).toBe(true);
      if (got.verdictEnd !== null) expect(to < got.verdictEnd && got.verdictEnd <= text.length).toBe(true);
    }));
  });
});
