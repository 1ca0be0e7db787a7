import { describe, expect, it, vi } from 'vitest';
import type { LexicalRelation } from '../../src/lexicon/lexicon';
import { createWordNetLexicon } from '../../src/lexicon/wordnet/wordnet-lexicon';
import * as tables from '../../src/lexicon/wordnet/wordnet-tables';

// The real tables, with the decoding of the relations counted (see "words WordNet lacks").
vi.mock('../../src/lexicon/wordnet/wordnet-tables', async (original) => {
  const real = await original<typeof import('../../src/lexicon/wordnet/wordnet-tables')>();
  return { ...real, decode: vi.fn(real.decode) };
});

const lexicon = createWordNetLexicon();

describe('lemmas', () => {
  it.each([
    ['tried', 'try'],
    ['trying', 'try'],
    ['been', 'be'],
    ['is', 'be'],
    ['said', 'say'],
    ['went', 'go'],
    ['began', 'begin'],
    ['children', 'child'],
    ['better', 'good'],
    ['relations', 'relation'],
    ['sanctuaries', 'sanctuary'],
    ['stopped', 'stop'],
    ['planning', 'plan'],
    ['taxes', 'tax'],
    ['churches', 'church'],
    ['larger', 'large'],
  ])('finds the base form of %s among its lemmas: %s', (word, lemma) => {
    expect(lexicon.lemmas(word)).toContain(lemma);
  });

  it.each([
    ['news', 'new'],
    ['uses', 'us'],
    ['as', 'a'],
  ])('does not strip %s down to the unrelated word %s', (word, wrong) => {
    expect(lexicon.lemmas(word)).not.toContain(wrong);
  });

  it.each<[string, string[]]>([
    ['saw', ['saw', 'see']],
    ['leaves', ['leaf', 'leave']],
    ['planning', ['planning', 'plan']],
    ['zorkabs', ['zorkabs']],
    ['quinlo', ['quinlo']],
    // Two rules of one ending ("-ed" to "-e", then "-ed" dropped), in the order of the rules.
    ['hoped', ['hope', 'hop']],
    ['women', ['woman']],
    ['biggest', ['big']],
    ['dresses', ['dress']],
  ])('lists the lemmas of %s in order, the word itself, then its irregular lemmas, then what the suffix rules give: %j', (word, lemmas) => {
    expect(lexicon.lemmas(word)).toEqual(lemmas);
  });

  it('returns an unknown word itself', () => {
    expect(lexicon.lemmas('xqzzy')).toEqual(['xqzzy']);
  });
});

describe('relate', () => {
  it.each<[string, string, LexicalRelation]>([
    ['tried', 'trying', 'inflection'],
    ['relations', 'relation', 'inflection'],
    ['been', 'is', 'inflection'],
    ['hurdle', 'obstacle', 'similar'],
    ['said', 'stated', 'synonym'],
    ['buy', 'purchase', 'synonym'],
    ['accepted', 'rejected', 'antonym'],
    ['increased', 'decreased', 'antonym'],
    ['increase', 'decrease', 'antonym'],
    ['good', 'bad', 'antonym'],
    ['large', 'small', 'antonym'],
    ['huge', 'small', 'antonym'],
    ['win', 'lose', 'antonym'],
    ['rise', 'fall', 'antonym'],
    ['black', 'white', 'antonym'],
    ['man', 'woman', 'antonym'],
    ['left', 'right', 'antonym'],
    ['denial', 'deny', 'derivation'],
    ['soldiers', 'troops', 'derivation'],
    ['walk', 'go', 'hypernym'],
  ])('relates %s and %s as %s', (a, b, relation) => {
    expect(lexicon.relate(a, b)).toBe(relation);
  });

  it.each([
    ['security', 'situation'],
    ['attack', 'soil'],
    ['president', 'minister'],
    ['the', 'a'],
    ['pakistan', 'afghanistan'],
    ['said', 'denied'],
    ['news', 'new'],
    ['give', 'take'],
    ['kill', 'die'],
    ['friday', 'monday'],
    ['army', 'police'],
    ['tehreek', 'tehrik'],
    ['zorkabador', 'dog'],
    ['dog', 'zorkabador'],
  ])('finds no relation between %s and %s', (a, b) => {
    expect(lexicon.relate(a, b)).toBeNull();
  });

  it.each([
    ['benefit', 'enjoy'],
    ['benefited', 'enjoyed'],
    ['main', 'major'],
  ])('relates %s and %s by definition because one defines the other', (a, b) => {
    expect(lexicon.relate(a, b)).toBe('definition');
    expect(lexicon.relate(b, a)).toBe('definition');
  });

  it.each<[string, string, LexicalRelation | null]>([
    ['main', 'minor', null],
    ['major', 'minor', 'antonym'],
    ['increase', 'decrease', 'antonym'],
    ['accepted', 'rejected', 'antonym'],
    ['buy', 'sell', 'antonym'],
    ['open', 'close', 'antonym'],
    ['begin', 'end', 'antonym'],
    ['hot', 'cold', 'antonym'],
    ['north', 'south', 'antonym'],
    ['big', 'small', null],
  ])('keeps %s and %s apart despite their definitions: %s', (a, b, relation) => {
    expect(lexicon.relate(a, b)).toBe(relation);
  });

  it('returns null for identical words', () => {
    expect(lexicon.relate('hurdle', 'hurdle')).toBeNull();
  });

  it('gives the same answer in both directions', () => {
    const words = ['tried', 'trying', 'hurdle', 'obstacle', 'accepted', 'rejected', 'soldiers', 'troops',
      'denial', 'deny', 'good', 'bad', 'huge', 'small', 'walk', 'go', 'security', 'said', 'stated', 'main', 'major',
      'minor', 'benefit', 'enjoyed'];
    for (const a of words) for (const b of words) expect(lexicon.relate(a, b)).toBe(lexicon.relate(b, a));
  });

  it('decodes nothing until first used, so two lexicons never share state', () => {
    const fresh = createWordNetLexicon();
    expect(fresh.relate('win', 'lose')).toBe('antonym');
    expect(fresh.lemmas('went')).toContain('go');
  });
});

describe('capitals for their countries', () => {
  it.each([
    ['tehran', 'iran'],
    ['teheran', 'iran'],
    ['muscat', 'oman'],
    ['damascus', 'syria'],
    ['moscow', 'russia'],
    ['kiev', 'ukraine'],
    ['washington', 'us'],
    // the seat of a government, part of its capital
    ['kremlin', 'moscow'],
    ['kremlin', 'russia'],
    ['whitehall', 'london'],
  ])('relates %s and %s as similar, with shared near keys', (a, b) => {
    expect(lexicon.relate(a, b)).toBe('similar');
    expect(lexicon.relate(b, a)).toBe('similar');
    const [ka, kb] = [lexicon.meaningKeys!(a), lexicon.meaningKeys!(b)];
    expect(ka.own.some((k) => kb.near.has(k))).toBe(true);
  });

  it.each([
    ['muscat', 'iran'],
    ['paris', 'oman'],
    ['tehran', 'syria'],
    ['kremlin', 'iran'],
    // a capital of the past, a regional capital, a state capital
    ['kyoto', 'japan'],
    ['bonn', 'germany'],
    ['grozny', 'russia'],
    ['austin', 'texas'],
    // a capital that is only a rare sense of its word
    ['male', 'maldives'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(lexicon.relate(a, b)).toBeNull();
    const [ka, kb] = [lexicon.meaningKeys!(a), lexicon.meaningKeys!(b)];
    expect(ka.own.some((k) => kb.near.has(k))).toBe(false);
  });
});

describe('isA', () => {
  it.each([
    ['man', 'person', true],
    ['person', 'man', false],
    ['girl', 'person', true],
    ['frying', 'cooking', true],
    ['cooking', 'frying', false],
    ['man', 'man', false],
    ['table', 'person', false],
  ] as const)('%s is a kind of %s: %s', (a, b, expected) => {
    expect(lexicon.isA?.(a, b)).toBe(expected);
  });

  it('leaves relate symmetric: a hypernym either way', () => {
    expect(lexicon.relate('frying', 'cooking')).toBe(lexicon.relate('cooking', 'frying'));
  });
});

describe('knows', () => {
  it.each([
    ['increased', true],
    ['decreased', true],
    ['sanctuaries', true],
    ['tehreek', false],
    ['tehrik', false],
  ])('knows %s: %s', (word, known) => {
    expect(lexicon.knows(word)).toBe(known);
  });
});

describe('word families beside WordNet', () => {
  it.each([
    ['dead', 'died'],
    ['death', 'dead'],
  ])('relates %j and %j as a derivation', (x, y) => {
    expect(createWordNetLexicon().relate(x, y)).toBe('derivation');
  });

  it('takes its families as a parameter', () => {
    expect(createWordNetLexicon([]).relate('death', 'dead')).toBeNull();
  });
});

describe('words WordNet lacks', () => {
  const invented = ['zorblat', 'quintaslo', 'renfeypel', 'kalomi'];

  it('answers them from the words alone, without decoding the relations', () => {
    vi.mocked(tables.decode).mockClear();
    const fresh = createWordNetLexicon();
    for (const a of invented) {
      const keys = fresh.meaningKeys?.(a);
      expect(keys?.own).toEqual([a]);
      expect(new Set(keys?.near)).toEqual(new Set([a]));
      for (const b of invented) {
        expect(fresh.relate(a, b)).toBeNull();
        expect(fresh.isA?.(a, b)).toBe(false);
      }
      expect(fresh.relate(a, 'security')).toBeNull();
    }
    expect(tables.decode).not.toHaveBeenCalled();
    expect(fresh.relate('win', 'lose')).toBe('antonym');
    expect(tables.decode).toHaveBeenCalledTimes(1);
  });

  it('gives them the same keys before and after the relations are decoded', () => {
    const decoded = createWordNetLexicon();
    decoded.relate('win', 'lose');
    for (const w of [...invented, 'tehreek']) expect(decoded.meaningKeys?.(w)).toEqual(createWordNetLexicon().meaningKeys?.(w));
  });

  it('relies on every antonym being a WordNet word', () => {
    const words = tables.decodeWords();
    const missing = [...tables.decode(words).antonyms.keys()].filter((w) => !words.numbers.has(w));
    expect(missing).toEqual([]);
  });
});
