import { describe, expect, it } from 'vitest';
import { extractStatementsWithIssues } from '../../src/extract/extract-statements';
import { boundRanges, capIssues, prepareText, DEFAULT_EXTRACT_LIMITS } from '../../src/extract/limits';
import { tokenize } from '../../src/text/tokenize';

const codes = (text: string, options = {}): string[] => extractStatementsWithIssues({ id: 'r', text }, options).issues.map((i) => i.code);
const QUOTE = '“We will rebuild the northern pier this year,” Vos said.';

describe('prepareText', () => {
  it.each([
    ['an empty text', '', ['empty-text'], true],
    ['blanks only', ' \n\t ', ['empty-text'], true],
    ['a text with one replacement character', `${QUOTE} \uFFFD`, ['replacement-characters'], false],
    ['a text with an unpaired surrogate', `${QUOTE} \uD800 and on`, ['replacement-characters'], false],
    ['mostly control characters', `${'\u0001\u0002\u0003'.repeat(30)} said`, ['binary-text'], true],
    ['mostly replacement characters', `${'\uFFFD'.repeat(50)} ok`, ['replacement-characters', 'binary-text'], true],
    ['tabs, line breaks and astral letters', `${QUOTE}\n\t𝒳 said 😀\r\n`, [], false],
  ])('reads %s as it should', (_name, text, expected, skip) => {
    const p = prepareText(text, 'r', DEFAULT_EXTRACT_LIMITS);
    expect(p.issues.map((i) => i.code)).toEqual(expected);
    expect(p.skip).toBe(skip);
  });

  it('cuts a text past maxLength after the last line break before the bound, and gives the span left out', () => {
    const text = `${QUOTE}\n${QUOTE}\n${QUOTE}`;
    const p = prepareText(text, 'r', { ...DEFAULT_EXTRACT_LIMITS, maxLength: QUOTE.length * 2 + 5 });
    expect(p.end).toBe(QUOTE.length * 2 + 2);
    expect(p.issues).toEqual([expect.objectContaining({ code: 'report-truncated', span: [p.end, text.length] })]);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = '𝒳'.repeat(20);
    const p = prepareText(text, 'r', { ...DEFAULT_EXTRACT_LIMITS, maxLength: 11 });
    expect(p.end).toBe(10);
  });
});

describe('extractStatements bounds', () => {
  it('reads only the first maxLength characters, with report-truncated', () => {
    const text = `${QUOTE}\n\n${QUOTE.replace('Vos', 'Khan')}`;
    const r = extractStatementsWithIssues({ id: 'r', text }, { maxLength: QUOTE.length + 3 });
    expect(r.statements.map((s) => s.speaker?.name)).toEqual(['Vos']);
    expect(r.issues.map((i) => i.code)).toEqual(['report-truncated']);
  });

  it('stops at maxStatements with statements-capped, giving the span not read', () => {
    const text = Array.from({ length: 10 }, (_, k) => QUOTE.replace('this year', `in year ${k}`)).join(' ');
    const r = extractStatementsWithIssues({ id: 'r', text }, { maxStatements: 3 });
    expect(r.statements).toHaveLength(3);
    const issue = r.issues.find((i) => i.code === 'statements-capped');
    expect(issue?.span?.[1]).toBe(text.length);
    expect(issue?.span?.[0]).toBeGreaterThanOrEqual(r.statements[2]?.end ?? 0);
  });

  it('reads a run-on sentence in pieces of maxSentenceTokens, with one sentence-split', () => {
    const text = 'Khan said that the talks had stalled and '.repeat(200);
    const r = extractStatementsWithIssues({ id: 'r', text }, { maxSentenceTokens: 100 });
    expect(r.issues.filter((i) => i.code === 'sentence-split')).toHaveLength(1);
    expect(r.statements.length).toBeGreaterThan(1);
  });

  it('keeps maxIssues issues of a code and counts the rest', () => {
    const r = extractStatementsWithIssues({ id: 'r', text: '”'.repeat(30) }, { maxIssues: 5 });
    expect(r.issues.filter((i) => i.code === 'unbalanced-quote')).toHaveLength(5);
    expect(r.issues.at(-1)).toMatchObject({ code: 'issues-capped', message: '25 more unbalanced-quote issues left out (maxIssues 5 per code)' });
  });

  it('says a quotation mark is unbalanced and still extracts the rest', () => {
    const r = extractStatementsWithIssues({ id: 'r', text: `“We will never leave, Vos said.\n\nKhan said that ${QUOTE}` });
    expect(r.issues.map((i) => i.code)).toContain('unbalanced-quote');
    expect(r.statements.some((s) => s.text.includes('We will rebuild'))).toBe(true);
  });

  it('does not read a binary text', () => {
    expect(codes('\u0000\u0001\u0002\u0003 he said that it is fine')).toEqual(['binary-text']);
  });

  it.each([
    ['maxLength', { maxLength: 0 }, /found maxLength number 0, expected extract options \(see ExtractOptions\) with maxLength a positive number/],
    ['maxStatements', { maxStatements: 1.5 }, /with maxStatements an integer/],
    ['maxSentenceTokens', { maxSentenceTokens: 5 }, /with maxSentenceTokens a number at least 10/],
    ['maxIssues', { maxIssues: -1 }, /with maxIssues a number not below 0/],
  ])('rejects a bad %s', (_name, options, message) => {
    expect(() => extractStatementsWithIssues('x', options)).toThrow(message);
  });
});

describe('boundRanges and capIssues', () => {
  it('cuts only ranges longer than the bound, into pieces that tile them', () => {
    const tokens = tokenize('a b c d e f g h i j');
    const issues: { code: string }[] = [];
    const out = boundRanges([{ lo: 0, hi: 3 }, { lo: 3, hi: 19 }], tokens, 5, 'r', issues as never);
    expect(out).toEqual([{ lo: 0, hi: 3 }, { lo: 3, hi: 8 }, { lo: 8, hi: 13 }, { lo: 13, hi: 18 }, { lo: 18, hi: 19 }]);
    expect(issues.map((i) => i.code)).toEqual(['sentence-split']);
  });

  it('keeps issues in order and adds one count per code past the bound', () => {
    const issue = (code: string) => ({ code, message: code });
    expect(capIssues([issue('a'), issue('b'), issue('a'), issue('a')], 1, 'r').map((i) => i.code)).toEqual(['a', 'b', 'issues-capped']);
  });
});
