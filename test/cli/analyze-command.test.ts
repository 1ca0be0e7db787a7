import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { REPORTS } from '../pipeline/fixtures';
import { fakeIo } from './io';
import { tempDir } from '../temp-dir';

const dir = tempDir('claimdiff-analyze-');
const [first, second] = REPORTS as [(typeof REPORTS)[number], (typeof REPORTS)[number]];
writeFileSync(join(dir, 'wire-a.txt'), first.text);
writeFileSync(join(dir, 'wire-b.txt'), second.text);
writeFileSync(join(dir, 'both.jsonl'), `${JSON.stringify(first)}\n${JSON.stringify(second)}\n`);
writeFileSync(join(dir, 'both.json'), JSON.stringify(REPORTS));
writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify(first)}\n{"id": "x", "text": 5}\n`);

describe('claimdiff analyze', () => {
  it.each([
    ['.txt files', [join(dir, 'wire-a.txt'), join(dir, 'wire-b.txt')]],
    ['a .jsonl file', [join(dir, 'both.jsonl')]],
    ['a .json array', [join(dir, 'both.json')]],
  ])('reads %s and writes the analyze JSON', async (_name, files) => {
    const io = fakeIo();
    expect(await runCli(['analyze', ...files, '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.version).toBe(1);
    expect(out.reports.map((r: { id: string }) => r.id)).toEqual(['wire-a.txt', 'wire-b.txt']);
    expect(out.groups.some((g: { members: string[] }) => g.members.length === 2)).toBe(true);
  });

  it('passes --time-budget to analyze: a spent budget makes the comparisons cheap, with an issue', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.jsonl'), '--format', 'json', '--time-budget', '0'], io)).toBe(0);
    expect(JSON.parse(io.out()).issues.map((i: { code: string }) => i.code)).toContain('time-budget-spent');
  });

  it('writes the topics, and leaves them out with --no-topics', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.jsonl'), '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.topics.flatMap((t: { groups: string[] }) => t.groups).sort()).toEqual(out.groups.map((g: { id: string }) => g.id).sort());
    const without = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.jsonl'), '--format', 'json', '--no-topics'], without)).toBe(0);
    expect(JSON.parse(without.out())).not.toHaveProperty('topics');
    const text = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.jsonl')], text)).toBe(0);
    expect(text.out()).toMatch(/\ntopics\n  t1 +\S.*  \d+ reports? · \d+ groups?  g1/);
  });

  it.each(['-5', 'soon', ''])('exits 1 with the usage for --time-budget %j', async (value) => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.jsonl'), `--time-budget=${value}`], io)).toBe(1);
    expect(io.err()).toMatch(/--time-budget: found .*, expected milliseconds/);
  });

  it('reads JSON lines from stdin', async () => {
    const io = fakeIo(`${JSON.stringify(first)}\n`);
    expect(await runCli(['analyze', '-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).reports[0].id).toBe('wire-a.txt');
  });

  it('writes text with the groups and their comparisons, and to a file with --out', async () => {
    const io = fakeIo();
    const out = join(dir, 'out.txt');
    expect(await runCli(['analyze', join(dir, 'both.json'), '--out', out], io)).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^claimdiff  2 reports · \d+ statements/);
    expect(text).toContain('paraphrase');
    expect(io.out()).toBe('');
  });

  it('names the reasons of a marked piece in text only when it has some (never an empty "()")', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.json')], io)).toBe(0);
    expect(io.out()).toMatch(/ \((?:[a-z-]+, )*[a-z-]+\)\n/);
    expect(io.out()).not.toContain(' ()');
  });

  it.each([
    ['html', /^<!doctype html>/],
    ['markdown', /^# claimdiff report\n\n\*\*2\*\* reports/],
  ])('writes the %s view', async (format, start) => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'both.json'), '--format', format], io)).toBe(0);
    expect(io.out()).toMatch(start);
  });

  it('stops with status 2 and names the file, line and field of a bad line', async () => {
    const io = fakeIo();
    expect(await runCli(['analyze', join(dir, 'bad.jsonl')], io)).toBe(2);
    expect(io.err()).toMatch(/bad\.jsonl:2: field text: found number 5/);
    expect(io.err()).not.toMatch(/at .*\.ts/);
  });

  it.each([
    ['no files', ['analyze'], 1, /expected one or more files/],
    ['an unknown format', ['analyze', 'x.txt', '--format', 'pdf'], 1, /--format must be one of/],
    ['a missing file', ['analyze', join(dir, 'nope.txt')], 2, /nope\.txt: no such file \(ENOENT\)/],
  ])('fails on %s', async (_name, argv, status, message) => {
    const io = fakeIo();
    expect(await runCli(argv, io)).toBe(status);
    expect(io.err()).toMatch(message);
  });

  it.each([
    ['without colour', false],
    ['in colour, on a terminal', true],
  ])('writes no control character of a report to the terminal text (%s): an id or wording carrying ANSI escapes is shown escaped', async (_name, tty) => {
    const hostile = join(dir, 'hostile.jsonl');
    const text = '\u001b[2J The harbour master said the \u001b[5mferry will sail on Friday. The harbour master said the ferry will sail Friday.';
    writeFileSync(hostile, `${JSON.stringify({ id: 'wire\u001b[5m-a', text })}\n`);
    const io = fakeIo();
    (io.stdout as { isTTY?: boolean }).isTTY = tty;
    expect(await runCli(['analyze', hostile], io)).toBe(0);
    // Colour codes of our own are allowed; a report's "ESC[2J" (clear) or "ESC[5m" (blink, which no view uses) is not.
    expect(io.out()).not.toMatch(/\u001b\[(2J|5m)/);
    expect(io.out()).toContain('wire^[[5m-a');
    expect(io.out()).toContain('the ^[[5mferry');
  });
});
