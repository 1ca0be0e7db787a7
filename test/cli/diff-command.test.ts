import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command';
import { runCli } from '../../src/cli/run';

function io(env: Record<string, string> = {}, tty = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: tty },
    stderr: { write: (s: string) => (err += s) },
    stdin: new PassThrough(),
    env,
    out: () => out,
    err: () => err,
  };
}

describe('claimdiff diff', () => {
  it('prints the diff JSON of DESIGN.md with --format json', async () => {
    const t = io();
    const code = await runCli(['diff', 'The offer was accepted', 'The offer was rejected', '--format', 'json'], t);
    expect(code).toBe(0);
    const json = JSON.parse(t.out()) as { relation: string; segments: { label: string; reasons: string[] }[] };
    expect(json.relation).toBe('contradict');
    expect(json.segments.find((s) => s.label === 'contradict')?.reasons).toEqual(['antonym']);
  });

  it('shows both wordings with plain marks and the reasons when stdout is not a terminal', async () => {
    const t = io();
    await runCli(['diff', 'Afghan soil is used for attacks', 'Afghan soil is not used for attacks'], t);
    expect(t.out()).toContain('contradict');
    expect(t.out()).toContain('<!not used!>');
    expect(t.out()).toContain('(negation)');
    expect(t.out()).not.toContain('\u001b[');
  });

  it('colours the text view on a terminal unless NO_COLOR is set', async () => {
    const colour = io({}, true);
    await runCli(['diff', 'prices rose', 'prices fell'], colour);
    expect(colour.out()).toContain('\u001b[');
    const plain = io({ NO_COLOR: '1' }, true);
    await runCli(['diff', 'prices rose', 'prices fell'], plain);
    expect(plain.out()).not.toContain('\u001b[');
  });

  it.each([
    [['diff', 'only one'], /expected two wordings, found 1 argument/],
    [['diff', 'a', 'b', '--format', 'xml'], /--format must be one of json, text, found "xml"/],
    [['diff', 'a', 'b', '--colour'], /Unknown option '--colour'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /usage:/],
  ])('exits 1 with a usage message for %j', async (argv, message) => {
    const t = io();
    expect(await runCli(argv, t)).toBe(1);
    expect(t.err()).toMatch(message);
    expect(t.err()).not.toMatch(/\n\s+at /);
  });

  it('prints the version', async () => {
    const t = io();
    expect(await runCli(['--version'], t)).toBe(0);
    expect(t.out().trim()).not.toBe('');
  });
});
