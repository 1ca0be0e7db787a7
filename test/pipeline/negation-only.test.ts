import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/extract-statements';
import { negationOnly } from '../../src/pipeline/negation-only';
import type { Statement } from '../../src/schema/statement';

/** A denial of `text`, said with the cue `lemma` (the cue's place does not matter here). */
const denial = (text: string, lemma: string): Pick<Statement, 'cue' | 'text' | 'start' | 'content'> => ({ text, start: 0, cue: { text: lemma, start: 0, end: 1, lemma } });

describe('negationOnly', () => {
  it.each([
    ['a negation said', 'I hope not', 'say', true],
    ['a negated event said', 'the council would not back the plan', 'say', true],
    ['a deny verb', 'the council backed the plan', 'deny', false],
    ['a reject verb', 'the plan to sell the pier', 'reject', false],
    ['a dismissal said', 'the claims are false', 'say', false],
    ['a word of scorn said', 'the story is nonsense', 'say', false],
  ])('reads %s ("%s", cue %s) as a negation of one\'s own: %s', (_name, text, lemma, want) => {
    expect(negationOnly(denial(text, lemma))).toBe(want);
  });

  it('reads the dismissal of a frame its proposition leaves out ("it is false that …")', () => {
    const [framed] = extractStatements({ id: 'r1', text: 'The mayor said it was false that the pier was sold to a developer.' });
    expect(framed?.content).toBeDefined();
    expect(negationOnly(framed as Statement)).toBe(false);
  });

  it.each([
    ['an answer\'s "Nope" before "asked whether P"', '"Nope," he said, asked whether the pier would close', 'the pier', true],
    ['"it is false that P"', 'it is completely false that the pier would close', 'the pier', false],
    ['"the false news that refers to P"', 'worse is the false news that refers to fees of 30% paid', 'fees', false],
  ])('reads the words before a proposition as its frame only when they frame it: %s', (_name, text, proposition, want) => {
    expect(negationOnly({ text, start: 0, cue: null, content: [[text.indexOf(proposition), text.length]] })).toBe(want);
  });

  it('reads a statement with no cue by its words alone', () => {
    expect(negationOnly({ text: 'the pier was never closed', start: 0, cue: null })).toBe(true);
    expect(negationOnly({ text: 'the report was a hoax', start: 0, cue: null })).toBe(false);
  });
});
