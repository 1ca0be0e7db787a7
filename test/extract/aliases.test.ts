import { describe, expect, it } from 'vitest';
import { mergeSpeakers, nameMention } from '../../src/extract/aliases';
import type { Doc } from '../../src/extract/doc';
import { buildWordSets } from '../../src/extract/word-sets';
import { tokenize } from '../../src/text/tokenize';
import type { Statement } from '../../src/schema/statement';

const st = (id: string, report: string, name: string, aliases: string[] = [], type: 'person' | 'unknown' | 'organisation' = 'unknown'): Statement => ({
  id, report, start: 0, end: 1, text: 'x', kind: 'direct', stance: 'asserts', cue: null, quoted: [],
  speaker: { name, start: 0, end: 1, aliases, type },
});

describe('mergeSpeakers', () => {
  it('folds a surname and a role into the one full name across reports', () => {
    const merged = mergeSpeakers([
      st('s1', 'a', 'Shafqat Ali Khan', ['foreign office spokesperson'], 'person'),
      st('s1', 'b', 'Khan'),
      st('s1', 'c', 'Foreign Office spokesperson'),
    ]);
    expect(merged.map((s) => s.speaker?.name)).toEqual(['Shafqat Ali Khan', 'Shafqat Ali Khan', 'Shafqat Ali Khan']);
    expect(merged[0]?.speaker?.aliases).toContain('Khan');
  });

  it('leaves a surname shared by two people alone', () => {
    const merged = mergeSpeakers([st('s1', 'a', 'Imran Khan', [], 'person'), st('s2', 'a', 'Shafqat Ali Khan', [], 'person'), st('s3', 'b', 'Khan')]);
    expect(merged[2]?.speaker?.name).toBe('Khan');
  });

  it.each(['she', 'he', 'they', 'it', 'we'])('leaves an unresolved "%s" alone, though another report resolved it to a full name', (pronoun) => {
    const merged = mergeSpeakers([st('s1', 'a', 'Dana Rutt', [pronoun], 'person'), st('s2', 'b', pronoun)]);
    expect(merged[1]?.speaker?.name).toBe(pronoun);
  });

  it('folds an unresolved pronoun into the one full name it stood for in its own report', () => {
    const merged = mergeSpeakers([st('s1', 'a', 'Dana Rutt', ['she'], 'person'), st('s2', 'a', 'she'), st('s3', 'b', 'she')]);
    expect(merged.map((s) => s.speaker?.name)).toEqual(['Dana Rutt', 'Dana Rutt', 'she']);
  });

  it('gives the same names whatever the order of the statements', () => {
    const input = [st('s1', 'a', 'Mila Novak', [], 'person'), st('s2', 'b', 'Novak'), st('s3', 'c', 'Tarsk')];
    const names = (xs: Statement[]) => xs.map((s) => `${s.report}:${s.speaker?.name}`).sort();
    expect(names(mergeSpeakers([...input].reverse()))).toEqual(names(mergeSpeakers(input)));
  });

  it('keeps statements without a speaker as they are', () => {
    const s = { ...st('s1', 'a', 'x'), speaker: null };
    expect(mergeSpeakers([s])).toEqual([s]);
  });
});

describe('nameMention', () => {
  /** The name `nameMention` gives the whole of `text` read as one speaker phrase. */
  const nameOf = (text: string): string => {
    const tokens = tokenize(text);
    const doc: Doc = { text, tokens, quotes: [], quoteOf: new Int32Array(tokens.length).fill(-1), words: buildWordSets() };
    return nameMention(doc, { first: 0, last: tokens.length - 1 }).name;
  };
  it.each([
    ['a possessive in s', "Halde's", 'Halde'],
    ['a possessive of a name ending in s', "Voss'", 'Voss'],
    ['a possessive with a curly apostrophe', 'Voss’', 'Voss'],
    ['a name with no possessive', 'Voss', 'Voss'],
    ['a role before a name', 'Port Minister Ines Halde', 'Ines Halde'],
    ['a name before an appositive of a place', 'Ines Halde, the mayor of Port Varne', 'Ines Halde'],
    ['a name with its title before an appositive', 'Sen. Ines Halde, a co-sponsor', 'Ines Halde'],
    ['a role before a name after a comma', "Varne's harbour spokesperson, Ines Halde", 'Ines Halde'],
    ['a title before a comma, the name after it', 'Harbour Minister, Ines Halde', 'Ines Halde'],
    ['an initialism before a comma, the name after it', 'Varne MP, Ines Halde', 'Ines Halde'],
  ])('names %s', (_kind, text, name) => {
    expect(nameOf(text)).toBe(name);
  });
});
