import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { WIRE } from '../group/fixtures';
import { fakeIo } from './io';
import { tempDir } from '../temp-dir';

const dir = tempDir('claimdiff-group-');
const lines = WIRE.map((w) => JSON.stringify({ ...w, outlet: 'wire' })).join('\n');
writeFileSync(join(dir, 'statements.jsonl'), `${lines}\n`);
writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify(WIRE[0])}\n{"id": 7, "text": "x"}\n`);
writeFileSync(join(dir, 'dup.jsonl'), `${JSON.stringify(WIRE[0])}\n${JSON.stringify(WIRE[0])}\n`);

describe('claimdiff group', () => {
  it('writes the group JSON for a statements file', async () => {
    const io = fakeIo();
    expect(await runCli(['group', join(dir, 'statements.jsonl')], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.version).toBe(1);
    expect(out.groups[0]).toEqual({ id: 'g1', members: ['a1', 'a2', 'a3'], canonical: expect.any(String) });
    expect(out.groups.flatMap((g: { members: string[] }) => g.members)).toHaveLength(WIRE.length);
  });

  it('reads bare strings from stdin, each with its line number as id', async () => {
    const io = fakeIo(`${JSON.stringify(WIRE[0]?.text)}\n${JSON.stringify(WIRE[1]?.text)}\n`);
    expect(await runCli(['group', '-', '--format', 'text'], io)).toBe(0);
    expect(io.out()).toMatch(/g1 {2}\*?1 \*?2/);
  });

  it.each([
    ['a bad field', 'bad.jsonl', /bad\.jsonl:2: field id: found number 7/],
    ['a duplicate id', 'dup.jsonl', /dup\.jsonl:2: field id: found "a1" again \(first at .*dup\.jsonl:1\), expected ids unique\n$/],
  ])('stops with status 2 on %s, naming file and line', async (_name, file, message) => {
    const io = fakeIo();
    expect(await runCli(['group', join(dir, file)], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('fails with status 1 without a file', async () => {
    const io = fakeIo();
    expect(await runCli(['group'], io)).toBe(1);
  });

  it('reads texts again from a file where it needs them, with the output of the same lines kept from stdin', async () => {
    // Reversed, so ids come out of order and the file is read at positions the sort moved.
    const reversed = `\uFEFF${[...WIRE].reverse().map((w) => JSON.stringify(w)).join('\r\n')}\r\n`;
    writeFileSync(join(dir, 'reversed.jsonl'), reversed);
    const fromFile = fakeIo();
    const fromStdin = fakeIo(reversed);
    expect(await runCli(['group', '--format', 'text', join(dir, 'reversed.jsonl')], fromFile)).toBe(0);
    expect(await runCli(['group', '--format', 'text', '-'], fromStdin)).toBe(0);
    expect(fromFile.out()).toBe(fromStdin.out());
    expect(fromFile.out()).toMatch(/g1 {2}\*?a1 \*?a2 \*?a3 {2}"[Tt]he [Pp]ort [Aa]uthority will reopen/);
  });

  it('writes one group a line with --format jsonl, the groups of --format json', async () => {
    const json = fakeIo();
    const jsonl = fakeIo();
    expect(await runCli(['group', join(dir, 'statements.jsonl')], json)).toBe(0);
    expect(await runCli(['group', '--format', 'jsonl', join(dir, 'statements.jsonl')], jsonl)).toBe(0);
    const lines = jsonl.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(JSON.parse(json.out()).groups);
  });

  it.each([['0'], ['two'], ['1.5'], ['65']])('fails with status 1 on --threads %s', async (threads) => {
    const io = fakeIo();
    expect(await runCli(['group', '--threads', threads, join(dir, 'statements.jsonl')], io)).toBe(1);
    expect(io.err()).toMatch(/--threads must be a whole number from 1 to 64/);
  });

  it('draws progress on a terminal, and not with --quiet', async () => {
    const tty = (): ReturnType<typeof fakeIo> => {
      const io = fakeIo();
      return { ...io, stderr: { write: io.stderr.write, isTTY: true } };
    };
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `m${i}`, text: `statement number ${i} about the harbour` })).join('\n'));
    const shown = tty();
    expect(await runCli(['group', many], shown)).toBe(0);
    expect(shown.err()).toMatch(/read +\[#+\] 400\/400/);
    const quiet = tty();
    expect(await runCli(['group', '--quiet', many], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
  });
});
