import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTerms, type AlignOp } from '../../../src/compare/align/align';
import { sameTerm } from '../../../src/compare/terms/term-relation';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };
const equals = (x: Term, y: Term): boolean => sameTerm(x, y, ctx);
const limits = { maxEditLength: 4000, timeout: 1000 };

/** The ops as text: "=word" for an equal pair, "[a words|b words]" for a change. */
function shown(a: string, b: string): string[] | null {
  const ta = toTerms(a, words);
  const tb = toTerms(b, words);
  const ops = alignTerms(ta, tb, equals, limits);
  const side = (terms: readonly Term[], from: number, to: number): string => terms.slice(from, to).map((t) => t.text).join(' ');
  return ops?.map((op: AlignOp) => (op.kind === 'equal' ? `=${ta[op.a]?.text}` : `[${side(ta, op.a0, op.a1)}|${side(tb, op.b0, op.b1)}]`)) ?? null;
}

describe('alignTerms', () => {
  it.each([
    ['one word replaced', 'the toll rose sharply', 'the toll fell sharply', ['=the', '=toll', '[rose|fell]', '=sharply']],
    ['a word added at the end', 'the quay reopened', 'the quay reopened today', ['=the', '=quay', '=reopened', '[|today]']],
    ['a spelling variant found on one side only aligns as equal', 'the neighbouring port', 'the neighboring port', ['=the', '=neighbouring', '=port']],
    ['a removal next to an addition is one change', 'ferry levy paid', 'ferry toll charged paid', ['=ferry', '[levy|toll charged]', '=paid']],
  ])('%s', (_name, a, b, expected) => {
    expect(shown(a, b)).toEqual(expected);
  });

  it('gives null when the edits exceed maxEditLength', () => {
    expect(alignTerms(toTerms('quay levy toll', words), toTerms('ferry pump dock', words), equals, { maxEditLength: 2, timeout: 1000 })).toBeNull();
  });

  it('covers both sides in order: every term once, in an equal pair or a change', () => {
    const vocabulary = ['quay', 'levy', 'toll', 'ferry', 'pump', 'dock'];
    const wording = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(wording, wording, (a, b) => {
        const ta = toTerms(a, words);
        const tb = toTerms(b, words);
        let [i, j] = [0, 0];
        for (const op of alignTerms(ta, tb, equals, limits) ?? []) {
          if (op.kind === 'equal') {
            expect([op.a, op.b]).toEqual([i, j]);
            expect(ta[op.a]?.key).toBe(tb[op.b]?.key);
            [i, j] = [i + 1, j + 1];
          } else {
            expect([op.a0, op.b0]).toEqual([i, j]);
            expect(op.a1 > op.a0 || op.b1 > op.b0).toBe(true);
            [i, j] = [op.a1, op.b1];
          }
        }
        expect([i, j]).toEqual([ta.length, tb.length]);
      }),
    );
  });
});
