import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command';
import type { StatementColumns } from '../../src/group/collect';
import { layoutOf } from '../../src/group/group-layout';
import { writeGroups, type GroupFormat } from '../../src/cli/write-groups';

/** Columns of `n` statements `s1 … sn`, without features (writing reads ids and texts only). */
function columns(n: number): StatementColumns {
  const ids = Array.from({ length: n }, (_, i) => `s${i + 1}`);
  return { ids, texts: ids.map((id) => `the text of ${id}`), denies: new Uint8Array(n), deniedIds: new Map(), table: { offsets: new Int32Array(n + 1), data: new Uint32Array(0) }, arrival: undefined };
}

/** Pairs (s1, s2), (s3, s4), …: the first of each pair its canonical. */
const pairsOf = (n: number) => layoutOf(Int32Array.from({ length: n }, (_, i) => i - (i % 2)));

/** A stdout like a pipe: every write says its buffer is full, and `drain` comes a tick later. */
function pipe(): CliIo & { writes: string[]; waits: number } {
  const listeners: (() => void)[] = [];
  const io = {
    writes: [] as string[],
    waits: 0,
    stdout: {
      write: (chunk: string) => {
        io.writes.push(chunk);
        return false;
      },
      once: (_event: string, listener: () => void) => {
        io.waits++;
        listeners.push(listener);
        setImmediate(() => listeners.shift()?.());
      },
    },
    stderr: { write: () => true },
    stdin: Readable.from(['']),
    env: {},
  };
  return io;
}

describe('writeGroups', () => {
  it.each<[GroupFormat, string]>([
    ['jsonl', '{"id":"g1","members":["s1","s2"],"canonical":"s1"}\n{"id":"g2","members":["s3","s4"],"canonical":"s3"}\n'],
    ['json', '{"version":1,"groups":[{"id":"g1","members":["s1","s2"],"canonical":"s1"},{"id":"g2","members":["s3","s4"],"canonical":"s3"}],"issues":[]}\n'],
    ['text', '4 statements, 2 groups (2 with two or more)\ng1  *s1 s2  "the text of s1"\ng2  *s3 s4  "the text of s3"\n'],
  ])('writes %s', async (format, expected) => {
    const io = pipe();
    await writeGroups(io, format, columns(4), pairsOf(4), []);
    expect(io.writes.join('')).toBe(expected);
  });

  it.each<GroupFormat>(['jsonl', 'json', 'text'])('writes a large output (%s) in pieces of about a megabyte, waiting for each to drain', async (format) => {
    const n = 100_000;
    const io = pipe();
    await writeGroups(io, format, columns(n), pairsOf(n), []);
    const out = io.writes.join('');
    expect(out.length).toBeGreaterThan(2 << 20);
    expect(io.writes.length).toBeGreaterThan(2);
    expect(io.waits).toBe(io.writes.length);
    for (const piece of io.writes) expect(piece.length).toBeLessThan((1 << 20) + 200);
    if (format === 'jsonl') expect(out.split('\n').at(-2)).toBe(`{"id":"g${n / 2}","members":["s${n - 1}","s${n}"],"canonical":"s${n - 1}"}`);
  });
});
