import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/statement-corpus';
import { tempDir } from '../temp-dir';

/** The built command (npm test builds first), run as separate processes: writers race for real. */
export const CLI = join(import.meta.dirname, '../../dist/cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The command in a process of its own, with `input` on its stdin and `env` over this one's. */
export function run(args: readonly string[], env: Record<string, string> = {}, input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    // A command that stops before reading its input (a usage error) closes the pipe: not a failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** A generated statement corpus (see bench/statement-corpus.ts) in a temporary directory, and its lines. */
export function corpusFile(n: number, seed: number): { dir: string; path: string; lines: string[] } {
  const dir = tempDir('claimdiff-redis-corpus-');
  const path = join(dir, 'corpus.jsonl');
  const fd = openSync(path, 'w');
  generateCorpus(n, fd, seed);
  closeSync(fd);
  return { dir, path, lines: readFileSync(path, 'utf8').trim().split('\n') };
}
