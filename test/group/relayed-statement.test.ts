import { describe, expect, it } from 'vitest';
import { keptApart, type JoinItem } from '../../src/group/join-groups';
import { relaysWhole } from '../../src/group/relayed-statement';
import { builtInLexicon } from '../../src/lexicon/wordnet/wordnet-lexicon';

const REPORT = 'The source said that the Harbour Board confirms that all the claims made by Ravel about the pier are lies and devoid of truth.';

/** The statement of `REPORT` from `from` to its last word, said by `speaker`. */
const span = (from: string, speaker: string | null, stance: 'asserts' | 'denies' = 'denies', report = 'r1'): JoinItem => {
  const start = REPORT.indexOf(from);
  const end = REPORT.length - 1;
  return { text: REPORT.slice(start, end), stance, report, start, end, speaker: speaker === null ? null : { name: speaker } };
};

const outer = span('the Harbour Board confirms', 'source');
const inner = span('all the claims', 'Harbour Board');

describe('relaysWhole', () => {
  it.each<[string, JoinItem, JoinItem, boolean]>([
    ['the inner statement attributed to its own speaker before "that"', outer, inner, true],
    ['not the other way round', inner, outer, false],
    ['another speaker named before "that"', outer, span('all the claims', 'Ravel'), false],
    ['an unknown inner speaker', outer, span('all the claims', null), false],
    ['two stances', outer, span('all the claims', 'Harbour Board', 'asserts'), false],
    ['two reports', outer, span('all the claims', 'Harbour Board', 'denies', 'r2'), false],
    ['a clause nested inside, not at the end', outer, { ...inner, text: 'all the claims made by Ravel', end: (inner.start as number) + 'all the claims made by Ravel'.length }, false],
  ])('%s', (_name, a, b, relays) => {
    expect(relaysWhole(a, b, builtInLexicon())).toBe(relays);
  });

  it('reads a capitalised "The" before the speaker', () => {
    const text = 'The Harbour Board confirms that the pier will close';
    const relay = { text, stance: 'asserts' as const, report: 'r1', start: 0, end: text.length, speaker: { name: 'source' } };
    const clause = { ...relay, text: 'the pier will close', start: text.indexOf('the pier'), speaker: { name: 'Harbour Board' } };
    expect(relaysWhole(relay, clause, builtInLexicon())).toBe(true);
  });

  it('asks for a verb of saying or knowing before "that"', () => {
    const text = 'the Harbour Board fears that the pier will close';
    const seen = { text, stance: 'asserts' as const, report: 'r1', start: 0, end: text.length, speaker: { name: 'source' } };
    const clause = { ...seen, text: 'the pier will close', start: text.indexOf('the pier'), speaker: { name: 'Harbour Board' } };
    expect(relaysWhole(seen, clause, builtInLexicon())).toBe(true);
    const wants = { ...seen, text: text.replace('fears', 'ensures') };
    expect(relaysWhole(wants, clause, builtInLexicon())).toBe(false);
  });
});

describe('keptApart, for a statement and its relay', () => {
  it('lets the relay join the statement it relays, where overlapping spans stay apart otherwise', () => {
    const nested = span('all the claims', 'Ravel');
    expect(keptApart([outer, inner])(0, 1)).toBe(false);
    expect(keptApart([outer, nested])(0, 1)).toBe(true);
  });
});
