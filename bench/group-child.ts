/**
 * The reference processes of the grouping bench, each run alone by `bench/group.ts`:
 *
 * - `--floor FILE`: the least any grouping of FILE must do — read it, parse each line, tokenise
 *   the text into content words and hash them (the fast feature path of grouping itself), on one
 *   thread. Timed from the first read to the last hash, so the process start is not counted.
 * - `--peer FILE`: npm `minhash`'s `LshIndex`, as its README uses it — a `Minhash` per
 *   statement over its words, `insert`, then `query` for each. Timed the same way.
 *
 * Each prints one JSON line: `{ ms, cpuMs, peak }` (wall and CPU milliseconds, peak RSS in bytes).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createFeatureContext, featuresInto } from '../src/group/features';

const BLOCK = 4 << 20;

/** Calls `onText` with the text of each JSONL line of a file, read in blocks of whole lines. */
function eachText(path: string, onText: (text: string, id: string) => void): void {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const buffer = new Uint8Array(BLOCK);
  const decoder = new TextDecoder();
  let carry = 0;
  let at = 0;
  while (at < size) {
    const got = readSync(fd, buffer, carry, BLOCK - carry, at);
    if (got <= 0) break;
    at += got;
    const filled = carry + got;
    const cut = at >= size ? filled : buffer.lastIndexOf(10, filled - 1) + 1;
    for (const line of decoder.decode(buffer.subarray(0, cut)).split('\n')) {
      if (line === '') continue;
      const s = JSON.parse(line) as { id: string; text: string };
      onText(s.text, s.id);
    }
    buffer.copyWithin(0, cut, filled);
    carry = filled - cut;
  }
  closeSync(fd);
}

function floor(path: string): void {
  const ctx = createFeatureContext();
  let scratch = new Uint32Array(1024);
  let features = 0;
  eachText(path, (text) => {
    if (scratch.length < text.length) scratch = new Uint32Array(text.length * 2);
    features += featuresInto(text, ctx, scratch);
  });
  if (features === 0) throw new Error('no features: the floor read nothing');
}

interface MinhashLike {
  update(word: string): void;
}

function peer(path: string): void {
  const { Minhash, LshIndex } = createRequire(import.meta.url)('minhash') as {
    Minhash: new () => MinhashLike;
    LshIndex: new (args?: { bandSize?: number }) => { insert(key: string, m: MinhashLike): void; query(m: MinhashLike): string[] };
  };
  const index = new LshIndex();
  const hashes: [string, MinhashLike][] = [];
  eachText(path, (text, id) => {
    const m = new Minhash();
    for (const word of text.toLowerCase().split(/\W+/)) if (word !== '') m.update(word);
    index.insert(id, m);
    hashes.push([id, m]);
  });
  let candidates = 0;
  for (const [, m] of hashes) candidates += index.query(m).length;
  if (candidates === 0) throw new Error('no candidates: the peer read nothing');
}

const [mode, path] = process.argv.slice(2);
if (path === undefined || (mode !== '--floor' && mode !== '--peer')) throw new Error('usage: group-child.ts --floor|--peer FILE');
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const started = performance.now();
const cpu0 = cpu();
(mode === '--floor' ? floor : peer)(path);
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpu() - cpu0, peak: process.resourceUsage().maxRSS * 1024 })}\n`);
