import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { fakeIo } from './io';
import { tempDir } from '../temp-dir';

const dir = tempDir('claimdiff-bad-');
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const report = (id: string, text: string): string => JSON.stringify({ id, text });
const QUOTE = '"We will rebuild the northern pier this year," Vos said.';

const run = async (argv: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> => {
  const io = fakeIo(stdin);
  const status = await runCli(argv, io);
  return { status, out: io.out(), err: io.err() };
};

describe('claimdiff on bad input', () => {
  mkdirSync(join(dir, 'folder.json'));
  const cases: [string, string[], string, RegExp][] = [
    ['a malformed .json file', [file('broken.json', '[\n  {"id": "a", "text": "x"}\n  {"id": "b"}\n]')], '', /^claimdiff: .*broken\.json:3:3: not valid JSON \(.+\)\n$/],
    ['an empty .json file', [file('empty.json', '')], '', /^claimdiff: .*empty\.json: empty, expected JSON\n$/],
    ['a .jsonl line that is not JSON', [file('notjson.jsonl', `${report('a', QUOTE)}\n{"id": "b", text: 1}\n`)], '', /^claimdiff: .*notjson\.jsonl:2:13: not valid JSON \(.+\)\n$/],
    ['a .jsonl line without text', [file('notext.jsonl', `${report('a', QUOTE)}\n{"id": "b"}\n`)], '', /^claimdiff: .*notext\.jsonl:2: field text: found nothing \(the field is missing\), expected a string\n$/],
    ['a .jsonl line with an empty id', [file('noid.jsonl', '{"id": "", "text": "x"}\n')], '', /noid\.jsonl:1: field id: found "", expected a non-empty string\n$/],
    ['a .jsonl line that is an array', [file('array.jsonl', '[1, 2]\n')], '', /array\.jsonl:1: found an array of 2, expected a report \{"id": "…", "text": "…"\}\n$/],
    ['an item of a .json array without id', [file('items.json', `[${report('a', 'x')}, {"text": "y"}]`)], '', /items\.json: item 2: field id: found nothing \(the field is missing\), expected a string\n$/],
    ['a JSON line on stdin without text', ['-'], '{"id": "a"}\n', /^claimdiff: stdin:1: field text: found nothing \(the field is missing\), expected a string\n$/],
    ['a missing file', [join(dir, 'nope.txt')], '', /^claimdiff: .*nope\.txt: no such file \(ENOENT\)\n$/],
    ['a missing .jsonl file', [join(dir, 'nope.jsonl')], '', /^claimdiff: .*nope\.jsonl: no such file \(ENOENT\)\n$/],
    ['a directory', [dir], '', /^claimdiff: .*: is a directory, expected a file \(EISDIR\)\n$/],
    ['a directory named .json', [join(dir, 'folder.json')], '', /folder\.json: is a directory, expected a file \(EISDIR\)\n$/],
    ['binary data', [file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], '', /image\.txt: cannot be read as text: a NUL byte at byte 8 .*expected UTF-8 text\n$/],
    ['UTF-16 without a byte order mark', [file('wide.jsonl', Buffer.from(`${report('a', QUOTE)}\n`, 'utf16le'))], '', /wide\.jsonl:1: cannot be read as text: a NUL byte at column 2/],
  ];

  it.each(cases)('stops on %s with status 2 and one line naming the file, line and field', async (_name, files, stdin, message) => {
    const r = await run(['analyze', ...files, '--format', 'json'], stdin);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.out).toBe('');
  });

  it('shows the stack trace with --debug, anywhere on the line', async () => {
    for (const argv of [['analyze', join(dir, 'nope.txt'), '--debug'], ['--debug', 'analyze', join(dir, 'nope.txt')]]) {
      const r = await run(argv);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(/^claimdiff: .*nope\.txt: no such file/);
      expect(r.err).toMatch(/\n\s+at /);
    }
  });

  it('stops with status 2 when --out cannot be written', async () => {
    const r = await run(['analyze', file('ok.txt', QUOTE), '--out', join(dir, 'no', 'such', 'dir.html')]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^claimdiff: .*dir\.html: cannot be written: no such file \(ENOENT\)\n$/);
  });

  it.each([
    ['an unknown command', ['analyse', 'x.txt'], /^claimdiff: found unknown command "analyse", expected one of: diff, analyze, group, index\n/],
    ['an unknown flag', ['analyze', 'x.txt', '--fromat', 'json'], /^claimdiff analyze: Unknown option '--fromat'/],
  ])('stops on %s with status 1 and the usage', async (_name, argv, message) => {
    const r = await run(argv);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('usage:');
  });
});

describe('claimdiff on odd but readable input', () => {
  const analyzeJson = async (files: string[], stdin = '') => {
    const r = await run(['analyze', ...files, '--format', 'json'], stdin);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    return JSON.parse(r.out) as { reports: { id: string; issues?: { code: string; span?: [number, number] }[] }[]; statements: { text: string }[] };
  };

  it('decodes invalid UTF-8 with replacement characters and reports it as an issue', async () => {
    const bytes = Buffer.concat([Buffer.from('"We will rebuild the pier,'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' this year," Vos said.')]);
    const out = await analyzeJson([file('latin.txt', bytes)]);
    const issues = out.reports[0]?.issues ?? [];
    expect(issues.map((i) => i.code)).toContain('replacement-characters');
    expect(issues.find((i) => i.code === 'replacement-characters')?.span).toEqual([26, 27]);
    expect(out.statements[0]?.text).toContain('\uFFFD');
  });

  it('reads UTF-8 with a byte order mark and UTF-16 with one', async () => {
    const bom = await analyzeJson([file('bom.json', `\uFEFF[${report('a', QUOTE)}]`)]);
    expect(bom.statements).toHaveLength(1);
    const wide = await analyzeJson([file('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(QUOTE, 'utf16le')]))]);
    expect(wide.statements[0]?.text).toBe('We will rebuild the northern pier this year');
  });

  it('keeps every report with a duplicate id, the later ones with an issue, and exits 0', async () => {
    const out = await analyzeJson([file('dups.jsonl', `${report('a', QUOTE)}\n${report('a', 'Other text, Vos said.')}\n\r\n${report('b', '')}\r\n`)]);
    expect(out.reports.map((r) => [r.id, (r.issues ?? []).map((i) => i.code)])).toEqual([['a', []], ['a', ['duplicate-report-id']], ['b', ['empty-text']]]);
  });

  it('reads a .jsonl file whose characters straddle read chunks', async () => {
    const text = `${'“Ünïcödé ✓ 𝒳 quotes stay whole,” Vos said. '.repeat(1300)}`;
    const out = await analyzeJson([file('big.jsonl', `${report('a', text)}\n`)]);
    expect(out.reports[0]?.issues?.map((i) => i.code) ?? []).not.toContain('replacement-characters');
  });

  it('prints the issues of each report in the text view', async () => {
    const r = await run(['analyze', file('empty.txt', '   '), file('fine.txt', QUOTE)]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/\nissues\n  empty-text \(empty\.txt\): the report has no text\n/);
  });
});
