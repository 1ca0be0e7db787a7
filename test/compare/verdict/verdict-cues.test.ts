import { describe, expect, it } from 'vitest';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { verdictCues } from '../../../src/compare/verdict/verdict-cues';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };
const term = (text: string): Term => toTerms(text, words)[0] as Term;

describe('what the verdict reads beyond the alignment', () => {
  it.each<[string, string, boolean]>([
    ['man', 'person', true],
    ['presidency', 'presidential', true],
    ['acquired', 'acquisition', true],
    ['bridge', 'budget', false],
    ['information', 'reports', true],
    ['allegations', 'claims', true],
    ['untrue', 'denied', true],
    ['false', 'lies', true],
    ['report', 'untrue', false],
    ['that', 'this', false],
  ])('reads %j ~ %j as kin: %s', (x, y, kin) => {
    const tests = verdictCues([], ctx).kin ?? [];
    expect(tests.some((test) => test(term(x), term(y)))).toBe(kin);
  });

  it('reads a word of truth under a negation as a denial, kin to a deny verb, but not the same word unnegated', () => {
    const a = toTerms('The spokesman said the story is not true', words);
    const b = toTerms('The spokesman denied the story', words);
    const c = toTerms('The spokesman said the story is true', words);
    const at = (terms: readonly Term[], key: string): Term => terms.find((t) => t.key === key) as Term;
    const kin = (x: readonly Term[], y: readonly Term[]): boolean => (verdictCues([], ctx, x, y).kin ?? []).some((test) => test(at(x, 'true'), at(y, 'denied')));
    expect(kin(a, b)).toBe(true);
    expect(kin(c, b)).toBe(false);
  });

  it('looks for no kin where the order-free pairing did not run', () => {
    expect(verdictCues(null, ctx).kin).toEqual([]);
  });

  it.each<[string, boolean]>([['said', true], ['told', true], ['bridge', false]])('reads %j as a reporting verb: %s', (w, reporting) => {
    expect(verdictCues([], ctx).reporting?.(term(w))).toBe(reporting);
  });
});
