import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/statement-corpus';
import { analyze } from '../../src/pipeline/analyze';
import { MANY } from '../pipeline/fixtures';
import { tempDir } from '../temp-dir';

// The built command (npm test builds first): worker threads load the built file, not the sources.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const dir = tempDir('claimdiff-threads-');
const corpus = join(dir, 'corpus.jsonl');
const fd = openSync(corpus, 'w');
generateCorpus(4000, fd, 5);
closeSync(fd);

const group = (threads: number): string => {
  const r = spawnSync(process.execPath, [CLI, 'group', '--format', 'jsonl', '--threads', String(threads), corpus], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

describe('claimdiff group in worker threads (the built command)', () => {
  it('writes the same groups with 1, 2 and 4 threads', () => {
    const one = group(1);
    expect(one.split('\n').filter((l) => JSON.parse(l || '{"members":[]}').members.length > 1).length).toBeGreaterThan(500);
    expect(group(2)).toBe(one);
    expect(group(4)).toBe(one);
  }, 60_000);

  it('exits 130 without a stack trace when interrupted (Ctrl-C)', async () => {
    const child = spawn(process.execPath, [CLI, 'group', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.write('{"id": "a", "text": "the harbour reopens on monday"}\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    // Status 130; on a machine so loaded that the handler was not yet set, Node's own ending by
    // the signal, which a shell reports as 130 too.
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(code === null ? signal : code).not.toBe(0);
    expect(err).not.toMatch(/\n\s+at /);
  }, 20_000);

  it('stops quietly with status 0 when its reader closes early (`… | head -1`)', async () => {
    // Output of several pipe buffers, so that writes go on after the reader has gone.
    const big = join(dir, 'big.jsonl');
    const bigFd = openSync(big, 'w');
    generateCorpus(20_000, bigFd, 7);
    closeSync(bigFd);
    const child = spawn(process.execPath, [CLI, 'group', '--format', 'jsonl', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Read the first line, then close the pipe as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 20_000);
});

describe('claimdiff analyze in worker threads (the built command)', () => {
  const reports = join(dir, 'reports.json');
  writeFileSync(reports, JSON.stringify(MANY));

  it('writes the analysis of analyze() with 1, 2 and 4 threads', () => {
    const expected = `${JSON.stringify(analyze(MANY))}\n`;
    for (const threads of [1, 2, 4]) {
      const r = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '--threads', String(threads), reports], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  }, 60_000);

  it.each([['0'], ['two'], ['65']])('exits 1 (usage) on --threads %s', (value) => {
    const r = spawnSync(process.execPath, [CLI, 'analyze', '--threads', value, reports], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--threads must be a whole number from 1 to 64/);
  });
});
