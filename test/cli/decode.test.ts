import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineBatches, textLines } from '../../src/cli/decode';
import { tempDir } from '../temp-dir';

const dir = tempDir('claimdiff-decode-');
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function lines(path: string, max?: number): Promise<[string, number][]> {
  const out: [string, number][] = [];
  for await (const line of textLines({ path }, max)) out.push(line);
  return out;
}

describe('textLines', () => {
  it('yields each line with its number, without its line ending or the byte order mark', async () => {
    expect(await lines(file('a.jsonl', '\uFEFFone\r\ntwo\n\nthree'))).toEqual([['one', 1], ['two', 2], ['', 3], ['three', 4]]);
  });

  it('stops with bad input naming the line when a line passes the bound, before holding the rest', async () => {
    const path = file('long.jsonl', `short\n${'x'.repeat(200)}\nafter\n`);
    await expect(lines(path, 100)).rejects.toThrow(/long\.jsonl:2: a line of more than 100 bytes/);
  });

  it('reads a line of exactly the bound', async () => {
    const path = file('exact.jsonl', `${'y'.repeat(100)}\n`);
    expect((await lines(path, 100))[0]?.[0]).toHaveLength(100);
  });
});

describe('lineBatches', () => {
  it('gives where the bytes of each line are, so a line can be read again from the file', async () => {
    const content = '\uFEFF{"a":1}\r\n\n{"b":"é"}\nlast';
    const path = file('offsets.jsonl', content);
    const bytes = Buffer.from(content, 'utf8');
    const got: [string, string][] = [];
    for await (const b of lineBatches({ path })) {
      b.lines.forEach((line, k) => got.push([line, bytes.subarray(b.starts[k], (b.starts[k] as number) + (b.sizes[k] as number)).toString('utf8')]));
    }
    expect(got).toEqual([['{"a":1}', '{"a":1}\r'], ['', ''], ['{"b":"é"}', '{"b":"é"}'], ['last', 'last']]);
  });

  it('reads lines split across chunks of a stream whole', async () => {
    const stream = Readable.from(['{"a"', ':1}\n{"b', '":2}\n', '{"c":3}']);
    const lines: string[] = [];
    for await (const b of lineBatches({ stream, name: 'stdin' })) lines.push(...b.lines);
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});
