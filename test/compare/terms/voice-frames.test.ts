import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import type { RelateContext } from '../../../src/compare/terms/term-relation';
import { voiceRestatements, voiceRoleChange } from '../../../src/compare/terms/voice-frames';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';

const words = defaultWordLists();
const ctx: RelateContext = { lexicon: createWordNetLexicon(), words };
const text = (terms: readonly Term[], r: readonly [number, number]): string => terms.slice(r[0], r[1]).map((t) => t.text).join(' ');

describe('voiceRestatements', () => {
  it.each<[string, string, string, string]>([
    ['the navy sank the ferry', 'the ferry was sunk by the navy', 'the navy sank the ferry', 'the ferry was sunk by the navy'],
    ['the ferry was sunk by the navy', 'the navy sank the ferry', 'the ferry was sunk by the navy', 'the navy sank the ferry'],
    ['the navy will inspect the harbour', 'the harbour will be inspected by the navy', 'the navy will inspect the harbour', 'the harbour will be inspected by the navy'],
    ['they sank the ferry', 'the ferry was sunk', 'sank the ferry', 'the ferry was sunk'],
    ['the navy sank the ferry', 'the ferry was sunk near the coast', 'sank the ferry', 'the ferry was sunk'],
  ])('%j ~ %j restates %j as %j', (a, b, inA, inB) => {
    const ta = toTerms(a, words);
    const tb = toTerms(b, words);
    const found = voiceRestatements(ta, tb, ctx);
    expect(found.map((r) => [text(ta, r.a), text(tb, r.b)])).toEqual([[inA, inB]]);
  });

  it.each<[string, string]>([
    ['the navy sank the ferry', 'the navy sank the ferry'],
    ['the ferry was sunk by the navy', 'the ferry was sunk by the navy'],
    ['the navy sank the ferry', 'the navy was sunk by the ferry'],
    ['the navy sank the ferry', 'the tanker was sunk by the navy'],
    ['the navy was sinking', 'the ferry was sunk'],
  ])('%j ~ %j: no clause restated in the other voice', (a, b) => {
    expect(voiceRestatements(toTerms(a, words), toTerms(b, words), ctx)).toEqual([]);
  });
});

describe('voiceRoleChange', () => {
  const names = (terms: readonly Term[], ks: readonly number[]): string[] => ks.map((k) => (terms[k] as Term).text);
  it.each<[string, string, string[], string[]]>([
    ['the navy was shelled by the rebels', 'the navy shelled the rebels', ['navy', 'rebels'], ['navy', 'rebels']],
    ['the navy shelled the rebels', 'the navy was shelled by the rebels', ['navy', 'rebels'], ['navy', 'rebels']],
    ['the navy sank the ferry', 'the ferry was sunk for the navy', ['navy'], ['navy']],
  ])('%j ~ %j: participants in other roles, %j ~ %j', (a, b, inA, inB) => {
    const ta = toTerms(a, words);
    const tb = toTerms(b, words);
    const change = voiceRoleChange(ta, tb, ctx);
    expect(change === null ? null : [names(ta, change.a), names(tb, change.b)]).toEqual([inA, inB]);
  });

  it.each<[string, string]>([
    ['the navy sank the ferry', 'the ferry was sunk by the navy'],
    ['the navy sank the ferry', 'the ferry was sunk'],
    ['the navy sank the ferry', 'the ferry was sunk near the coast'],
    ['the navy sank the ferry', 'the navy sank the ferry'],
    ['dental records identified the remains', 'the remains were identified through dental records'],
    ['Harlow expects Jensen to stay', 'Jensen is expected to stay at the Harlow Trust'],
  ])('%j ~ %j: the same roles (an instrument, a name only part of another)', (a, b) => {
    expect(voiceRoleChange(toTerms(a, words), toTerms(b, words), ctx)).toBeNull();
  });
});
