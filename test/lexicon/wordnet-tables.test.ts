import { describe, expect, it } from 'vitest';
import { Adjacency, decode, decodeWords, ORDER } from '../../src/lexicon/wordnet/wordnet-tables';

const tables = decode(decodeWords());
const synsetsOf = (word: string): number[] => [...tables.synsets.of(tables.numbers.get(word) ?? -1)];

describe('Adjacency', () => {
  // Rows: 0 -> [2, 1], 1 -> [], 2 -> [0].
  const graph = new Adjacency(Int32Array.of(0, 2, 2, 3), Int32Array.of(2, 1, 0));

  it.each([
    [0, [2, 1]],
    [1, []],
    [2, [0]],
    [3, []],
    [-1, []],
  ])('gives what %i links to, in the order given: %j', (x, expected) => {
    expect([...graph.of(x)]).toEqual(expected);
  });
});

describe('decode', () => {
  it.each(['dog', 'say', 'abandon'])('finds the synsets of %s', (word) => {
    expect(synsetsOf(word).length).toBeGreaterThan(0);
  });

  it('gives a word with no senses listed none', () => {
    expect(synsetsOf('a')).toEqual([]);
    expect(synsetsOf('xqzzy')).toEqual([]);
  });

  it('links both ways in each relation, and the hypernyms one way among them', () => {
    const sample = [...new Set(['dog', 'say', 'abandon', 'happy', 'run', 'death'].flatMap(synsetsOf))];
    // Each relation links some of the sample, so the checks below are not vacuous.
    for (const kind of ORDER) {
      expect(sample.some((x) => tables.links[kind].of(x).length > 0)).toBe(true);
      for (const x of sample) for (const y of tables.links[kind].of(x)) expect([...tables.links[kind].of(y)]).toContain(x);
    }
    expect(sample.some((x) => tables.up.of(x).length > 0)).toBe(true);
    for (const x of sample) for (const y of tables.up.of(x)) expect([...tables.links.hypernym.of(x)]).toContain(y);
    const dog = tables.numbers.get('dog') as number;
    expect(tables.defined.of(dog).length).toBeGreaterThan(0);
    for (const y of tables.defined.of(dog)) expect([...tables.defined.of(y)]).toContain(dog);
  });

  it('numbers every lemma that has an antonym, so the words alone tell whether WordNet knows a word', () => {
    expect(tables.antonyms.size).toBeGreaterThan(0);
    expect([...tables.antonyms.keys()].filter((lemma) => !tables.numbers.has(lemma))).toEqual([]);
  });

  it('numbers the words in the order of the data, from 0', () => {
    expect([...tables.numbers.values()].slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(tables.parts).toHaveLength(tables.numbers.size);
    expect(tables.parts[tables.numbers.get('dog') as number]).toContain('n');
  });
});
