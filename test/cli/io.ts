import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command';

/** A fake terminal: collects stdout and stderr, feeds stdin from a string. */
export function fakeIo(stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (c: string) => (out += c) },
    stderr: { write: (c: string) => (err += c) },
    stdin: Readable.from([stdin]),
    env: {},
    out: () => out,
    err: () => err,
  };
}
