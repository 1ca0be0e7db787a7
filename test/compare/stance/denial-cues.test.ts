import { describe, expect, it } from 'vitest';
import { cueAt, denialPhraseEnd, isContent, reportObject, saying, standsApart, verdictOf } from '../../../src/compare/stance/denial-cues';
import { toTerms, type Term } from '../../../src/compare/terms/terms';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import { createWordNetLexicon } from '../../../src/lexicon/wordnet/wordnet-lexicon';

const words = defaultWordLists();
const ctx = { lexicon: createWordNetLexicon(), words };

/** The terms of `text`, the whole text as one clause, and the index of the word `key`. */
function at(text: string, key: string): { terms: Term[]; clause: readonly [number, number]; i: number } {
  const terms = toTerms(text, words);
  const i = terms.findIndex((t) => t.key === key);
  expect(i).toBeGreaterThanOrEqual(0);
  return { terms, clause: [0, terms.length], i };
}

describe('cueAt', () => {
  it.each<[string, string, string | null]>([
    ['Police deny the mayor was arrested', 'deny', 'deny'],
    ['The mayor was not arrested', 'not', 'negation'],
    ['Mayor arrest story is a hoax', 'hoax', 'falsity'],
    ['Leeds teen trader made it all up', 'made', 'falsity'],
    ['Bank rules out closing the branch', 'rules', 'deny'],
    ['He was denied bail', 'denied', null],
    ['No one denied that the vote was close', 'denied', null],
    ['Police will not confirm or deny the arrest', 'deny', null],
    ['A woman wore a fake nose', 'fake', null],
    ['The talks ended without a deal', 'without', null],
    ['Women made up most of the council', 'made', null],
    ['Women made up the bulk of the council', 'made', null],
    ['Women made up 60 percent of the council', 'made', null],
    ['The council is made up of farmers', 'made', null],
    ['The trader made up the whole story', 'made', 'falsity'],
    ['He made up a story of being kidnapped', 'made', 'falsity'],
    ['Women made up a third of the council', 'made', null],
  ])('%j at %j: %s', (text, key, kind) => {
    const { terms, clause, i } = at(text, key);
    expect(cueAt(terms, i, clause, ctx)).toBe(kind);
  });
});

describe('what a cue takes', () => {
  it('ends a denial phrase after its last word', () => {
    const { terms, clause, i } = at('Bank rules out closing the branch', 'rules');
    expect(denialPhraseEnd(terms, i, clause, ctx)).toBe(i + 2);
  });

  it.each<[string, boolean]>([
    ['Mia Stone did NOT accuse the director It’s A HOAX', true],
    ['Lisa Bonet did NOT send the tweet Twitter Account Fake', true],
    ['Mia Stone did not call the charge a hoax', false],
    ['Experts do not say it is a hoax', false],
    ['Investors did not suspect it was a hoax', false],
    ['Investors Did Not Suspect It Was A Hoax', false],
  ])('%j: the word of falsity stands as a verdict of its own: %s', (text, apart) => {
    const { terms, clause } = at(text, 'not');
    const i = terms.findIndex((t) => words.falsityWords.has(t.key));
    expect(standsApart(terms, i, clause, ctx)).toBe(apart);
  });

  it.each<[string, boolean]>([
    ['The story is not true', true],
    ['The panel isn’t real', true],
    ['Not so fast', false],
    ['He is not really sure', false],
  ])('%j: a negated word of truth is a verdict: %s', (text, verdict) => {
    const terms = toTerms(text, words);
    const i = terms.findIndex((t) => t.neg);
    expect(verdictOf(terms, i, [0, terms.length], ctx) !== null).toBe(verdict);
  });
});

describe('the words around a cue', () => {
  it.each<[string, string, boolean]>([
    ['Police said the figures were false', 'said', true],
    ['He told reporters it was fake', 'told', true],
    ['Reports that the chief quit are false', 'reports', false],
    ['Claims that the mayor took bribes are untrue', 'claims', false],
  ])('%j: %j is a verb of saying: %s', (text, key, says) => {
    const { terms, i } = at(text, key);
    expect(saying(terms[i] as Term, ctx)).toBe(says);
  });

  it.each<[string, string, string | null]>([
    ['USDA debunks the hoax', 'debunks', 'hoax'],
    ['Police deny reports of an arrest', 'deny', 'reports'],
    ['Police deny the mayor was arrested', 'deny', null],
  ])('%j: the report %j denies is %j', (text, key, object) => {
    const { terms, clause, i } = at(text, key);
    const found = reportObject(terms, i, clause, ctx);
    expect(found === null ? null : (terms[found] as Term).key).toBe(object);
  });

  it.each<[string, boolean]>([['mayor', true], ['hoax', false], ['reports', false], ['the', false], ['not', false], ['reportedly', false]])(
    '%j is content a stance is about: %s',
    (word, content) => {
      expect(isContent(toTerms(word, words)[0] as Term, ctx)).toBe(content);
    },
  );
});
