import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainStatement } from '../../src/cli/read-statements';

describe('plainStatement', () => {
  it.each([
    ['{"id":"s1","text":"The minister said the bridge would reopen."}', { id: 's1', text: 'The minister said the bridge would reopen.' }],
    ['{"id":"a-7","text":"Ümlaut, “curly quotes” and 40%"}', { id: 'a-7', text: 'Ümlaut, “curly quotes” and 40%' }],
    ['{"id":"x","text":""}', { id: 'x', text: '' }],
  ])('reads the plain line %s without JSON.parse', (line, expected) => {
    expect(plainStatement(line)).toEqual(expected);
  });

  it.each([
    ['an escaped quote', '{"id":"s1","text":"He said \\"no\\"."}'],
    ['an escape', '{"id":"s1","text":"caf\\u00e9"}'],
    ['spaces between fields', '{"id": "s1", "text": "x"}'],
    ['fields in another order', '{"text":"x","id":"s1"}'],
    ['another field', '{"id":"s1","text":"x","stance":"denies"}'],
    ['an empty id', '{"id":"","text":"x"}'],
    ['an id of 13 characters', '{"id":"abcdefghijklm","text":"x"}'],
    ['a number id', '{"id":7,"text":"x"}'],
    ['a tab inside the text', '{"id":"s1","text":"a\tb"}'],
    ['something after the object', '{"id":"s1","text":"x"} '],
    ['a bare string', '"just a text"'],
  ])('leaves a line with %s to JSON.parse', (_name, line) => {
    expect(plainStatement(line)).toBeUndefined();
  });

  it('gives what JSON.parse gives whenever it reads a line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), fc.string({ unit: 'binary', maxLength: 40 }), (id, text) => {
        const line = JSON.stringify({ id, text });
        const plain = plainStatement(line);
        if (plain !== undefined) expect(plain).toEqual(JSON.parse(line));
      }),
    );
  });

  it('reads the lines a corpus generator writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.stringMatching(/^[a-z ,.]{0,60}$/), (n, text) => {
        expect(plainStatement(JSON.stringify({ id: `s${n}`, text }))).toEqual({ id: `s${n}`, text });
      }),
    );
  });
});
