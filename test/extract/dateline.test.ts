import { describe, expect, it } from 'vitest';
import { isDateline } from '../../src/extract/dateline';
import { extractStatements } from '../../src/extract/extract-statements';
import type { Doc } from '../../src/extract/doc';
import { docOf } from './doc-of';


/** The text as a doc, and the range of its words before its first dash: what a cue after the dash reads backward. */
function beforeDash(text: string): [Doc, { lo: number; hi: number }] {
  const doc = docOf(text);
  const dash = doc.tokens.findIndex((t) => /^[-–—]+$/u.test(t.text));
  return [doc, { lo: 0, hi: dash < 0 ? doc.tokens.length : dash }];
}

describe('isDateline', () => {
  it.each([
    ['a place in capitals, a comma and an agency', 'VARNE, (HN)- The ministry rejected the claims.', true],
    ['a place in capitals and an agency in parentheses', 'VARNE (Harbour News) - The ministry rejected the claims.', true],
    ['a place, a day and an agency', 'VARNE, May 3 (Harbour News) - The ministry rejected the claims.', true],
    ['capitals followed by a word', 'NATO jets hit the fuel depot - the ministry said.', false],
    ['a place not in capitals', 'Varne, (HN)- The ministry rejected the claims.', false],
    ['a long stretch', 'VARNE, the port town on the northern coast of the bay - the ministry said.', false],
  ])('reads %s as a dateline: %s', (_name, text, want) => {
    const [doc, range] = beforeDash(text);
    expect(isDateline(doc, range, 0)).toBe(want);
  });

  it('reads none that does not open the sentence', () => {
    const [doc, range] = beforeDash('The talks went on. VARNE, (HN)- The ministry rejected the claims.');
    const start = doc.tokens.findIndex((t) => t.text === 'VARNE');
    expect(isDateline(doc, { lo: start, hi: range.hi }, 0)).toBe(false);
    expect(isDateline(doc, { lo: start, hi: range.hi }, start)).toBe(true);
  });
});

describe('a dateline opening a sentence', () => {
  it.each([
    ['a place of two words in capitals, before a speaker', 'PORT VARNE, June 10 (Harbour News) - Mayor Ines Halde said on Monday she would not step down.', 'she would not step down'],
    ['a place, a day and an agency, before what is said', 'KALIVA, Sept 2 (Harbour News) - At least 12 people were killed when the dam burst, the governor said.', 'At least 12 people were killed when the dam burst'],
    ['an agency alone', 'VARNE (Harbour News) - The ministry said the talks would resume.', 'the talks would resume'],
  ])('is no part of what is said after %s', (_name, text, content) => {
    expect(extractStatements(text).map((s) => s.text)).toEqual([content]);
  });

  it('is no subject of a participle of saying: the clause\'s subject after it speaks', () => {
    const [s] = extractStatements('VARNE (Harbour News) - Mayor Ines Halde refused to resign, saying the vote had been rigged.');
    expect(s?.speaker?.name).toBe('Ines Halde');
  });

  it('leaves capitals followed by a word as they were', () => {
    expect(extractStatements('NATO jets hit the fuel depot - the ministry said.').map((s) => s.text)).toEqual(['NATO jets hit the fuel depot']);
  });
});
