import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTerminal, safeUrl } from '../../src/render/escape';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's", 'it&#39;s'],
    ['plain words', 'plain words'],
  ])('escapes %j for element content and attributes', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['  http://example.org  ', 'http://example.org'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example', null],
    [undefined, null],
  ])('keeps only plain http(s) links: %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ ~~del~~ `code`', '\\*bold\\* \\_it\\_ \\~\\~del\\~\\~ \\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['two\nlines', 'two lines'],
    ['AT&T', 'AT&amp;T'],
  ])('escapes %j so it renders as the same text', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('escapeTerminal', () => {
  it('shows control characters instead of sending them', () => {
    expect(escapeTerminal('a\u001b[2Jb\u0007c\u009bd')).toBe('a^[[2Jb^Gc\\u009bd');
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(escapeTerminal('a\r\nb\tc')).toBe('a b c');
  });
});
