import { describe, expect, it } from 'vitest';
import { complementizer } from '../../src/extract/complementizer';
import { docOf } from './doc-of';

/** Whether the word `at` of `text` opens a clause as a "that" does, read against the word after it. */
function opens(text: string, at = 'that'): boolean {
  const doc = docOf(text);
  const p = doc.tokens.findIndex((t) => t.norm === at);
  const next = doc.tokens.findIndex((t, i) => i > p && t.kind === 'word');
  return complementizer(doc, p, next);
}

describe('complementizer', () => {
  it.each<[string, string, boolean]>([
    ['a determiner after it', 'told analysts that the chairman had said', true],
    ['a name after it', "told analysts that Harbourline's chairman had said", true],
    ['a plain noun after it: it points', 'that official said', false],
    ['a name after it, but a noun before it: a relative "that"', 'the report that Reuters published said', false],
  ])('reads "that" with %s', (_name, text, expected) => {
    expect(opens(text)).toBe(expected);
  });

  it('reads no other word as one, whatever follows it', () => {
    expect(opens('told analysts the chairman had said', 'analysts')).toBe(false);
  });
});
