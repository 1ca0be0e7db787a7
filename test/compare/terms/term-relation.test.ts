import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formIn, isSpellingVariant, relaterOf, relateTerms, type WordRelations } from '../../../src/compare/terms/term-relation';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };
const term = (text: string): Term => toTerms(text, words)[0] as Term;

describe('formIn', () => {
  it.each<[string, string[], boolean]>([
    ['told', ['tell'], true],
    ['quits', ['quit'], true],
    ['leave', ['leave'], true],
    ['left', ['leave'], true],
    ['stayed', ['quit'], false],
  ])('%j is in %j, as written or by a lemma: %s', (word, list, found) => {
    expect(formIn(term(word), ctx, new Set(list))).toBe(found);
  });

  it('reads any of several lists, and an absent list holds nothing', () => {
    expect(formIn(term('said'), ctx, undefined, new Set(['say']))).toBe(true);
    expect(formIn(term('said'), ctx, undefined)).toBe(false);
    expect(formIn(term('said'), ctx, new Map([['say', 1]]))).toBe(true);
  });
});

describe('isSpellingVariant', () => {
  it.each<[string, string, boolean]>([
    ['Mohammad', 'Mohammed', true],
    ['Tehreek-e-Taliban', 'Tehrik-e-Taliban', true],
    ['Tehreek', 'Tehrik', false],
    ['neighbouring', 'neighboring', true],
    ['increased', 'decreased', false],
    ['cat', 'cut', false],
    ['Miinstry', 'Ministry', true],
    ['Govenrment', 'Government', true],
    ['Ministry', 'Minsitry', true],
    ['Ministry', 'Mistniry', false],
    ['Miinstry', 'Ministers', false],
    ['Inês', 'Ines', true],
    ['Zoë', 'Zoe', true],
    ['Ramón', 'Ramon', true],
    ['Ramón', 'Ravon', false],
    ['José', 'Josè', true],
    ['Müller', 'Muller', true],
  ])('%j ~ %j: %s', (x, y, variant) => {
    expect(isSpellingVariant(x.toLowerCase(), y.toLowerCase(), ctx.lexicon)).toBe(variant);
  });

  it('holds two words the same once their accents are taken off, short or long', () => {
    const letters = fc.constantFrom('a', 'e', 'n', 'o', 'é', 'è', 'ñ', 'ö', 'e\u0301');
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
    const bare = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(word, word, (x, y) => {
        if (bare(x) === bare(y)) expect(isSpellingVariant(x, y, ctx.lexicon)).toBe(true);
      }),
    );
  });
});

describe('relateTerms with known word relations', () => {
  const fresh = (limit = 1 << 10): WordRelations => ({ pairs: new Map(), size: 0, limit });
  const text = "The governor didn't approve the new budget; she rejected it and will not sign any bill that raises taxes, aides said, claiming all cuts were confirmed, and asked them to accept or reject the increased fees";
  const terms = toTerms(text, words);

  it.each<[string, string, string | null]>([
    ['accept', 'reject', 'contradict'],
    ['said', 'claiming', 'paraphrase'],
    ['raises', 'increased', 'paraphrase'],
    ['budget', 'bill', null],
    ['will', "didn't", null],
  ])('keeps the relation of %j and %j (%s) the same asked again', (x, y, label) => {
    const known = fresh();
    const tx = terms.find((t) => t.key === x || t.text === x) as Term;
    const ty = terms.find((t) => t.key === y || t.text === y) as Term;
    const first = relateTerms(tx, ty, { ...ctx, known });
    expect(first?.label ?? null).toBe(label);
    expect(relateTerms(tx, ty, { ...ctx, known })).toEqual(first);
    expect(relateTerms(tx, ty, ctx)).toEqual(first);
  });

  it('relates every pair of terms as without them, however small the limit', () => {
    const pair = fc.tuple(fc.nat(terms.length - 1), fc.nat(terms.length - 1));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (pairs, limit) => {
        const known = fresh(limit);
        for (const [i, j] of pairs) {
          const x = terms[i] as Term;
          const y = terms[j] as Term;
          expect(relateTerms(x, y, { ...ctx, known })).toEqual(relateTerms(x, y, ctx));
          expect(known.size).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});

describe('relaterOf', () => {
  const fresh = (limit: number): WordRelations => ({ pairs: new Map(), size: 0, limit });
  const terms = toTerms("The mayor didn't approve the new levy; she rejected it and will not sign any toll that raises fares, aides said, claiming all cuts were confirmed", words);

  it('relates one term to many as relateTerms does, with or without known relations, however small the limit', () => {
    const index = fc.nat(terms.length - 1);
    fc.assert(
      fc.property(fc.array(fc.tuple(index, fc.array(index, { minLength: 1, maxLength: 20 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (rows, limit) => {
        const known = fresh(limit);
        for (const [i, js] of rows) {
          const x = terms[i] as Term;
          const relate = relaterOf(x, { ...ctx, known });
          const plain = relaterOf(x, ctx);
          for (const j of js) {
            const y = terms[j] as Term;
            expect(relate(y)).toEqual(relateTerms(x, y, ctx));
            expect(plain(y)).toEqual(relateTerms(x, y, ctx));
            expect(known.size).toBeLessThanOrEqual(limit);
          }
        }
      }),
    );
  });

  it('keeps what it weighs for relateTerms to find', () => {
    const known = fresh(1 << 10);
    const x = terms.find((t) => t.key === 'raises') as Term;
    const y = terms.find((t) => t.key === 'said') as Term;
    relaterOf(x, { ...ctx, known })(y);
    expect(known.size).toBe(1);
    relateTerms(x, y, { ...ctx, known });
    expect(known.size).toBe(1);
  });
});

describe('relateTerms of two equal terms', () => {
  const first = (text: string): Term => toTerms(text, words)[0] as Term;
  it.each<[string, string, string, string, number]>([
    ['the same word as written', 'harbour', 'harbour', 'identical', 1],
    ['only the letter case differs', 'Harbour', 'harbour', 'case', 1],
    ['a spelling variant', 'neighbouring', 'neighboring', 'spelling', 1],
    ['a figure written another way', '5,000', '5000', 'number', 0.95],
  ])('%s: %j ~ %j is named %s, strength %d', (_name, x, y, reason, strength) => {
    const rel = relateTerms(first(x), first(y), ctx);
    expect(rel).toEqual({ label: strength === 1 ? 'match' : 'paraphrase', reason, strength });
  });

  it('gives one frozen relation object for every equal pair of one reason', () => {
    const a = relateTerms(first('quay'), first('quay'), ctx);
    const b = relateTerms(first('levy'), first('levy'), ctx);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
