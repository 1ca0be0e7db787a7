/**
 * Generated statement corpora for the grouping bench: near-duplicates by word edits, excerpts
 * and attribution tails, half singletons, words of a Zipf-like law over an invented vocabulary
 * (no real text). The same seed gives the same corpus on every machine.
 */
import { writeSync } from 'node:fs';
import { seededRandom } from './generate';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'dor', 'pel', 'quin', 'sa', 'te', 'zor', 'ba', 'nik', 'ul', 'fey'];
const FUNCTION = ['the', 'of', 'to', 'and', 'in', 'that', 'for', 'on', 'with', 'was'];
const TAILS = [', officials said', ', the ministry said', ', he told reporters', ', according to a statement', ', she said on Monday'];

const BLOCK_BYTES = 4 << 20;

/**
 * Statements as JSONL lines written to `fd`, and the true cluster of each: half singletons, the rest in clusters
 * of 2–6 wordings made by word edits (substitute, drop, insert), excerpts and attribution tails.
 * Words follow a Zipf-like law over a 60k vocabulary, so some are very frequent.
 */
export function generateCorpus(n: number, fd: number, seed = 7): Int32Array {
  const r = seededRandom(seed);
  const vocab: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    let w = '';
    let x = i + 1;
    while (x > 0) {
      w += SYLLABLES[x % SYLLABLES.length];
      x = Math.floor(x / SYLLABLES.length);
    }
    vocab.push(w);
  }
  const word = () => (r() < 0.3 ? FUNCTION[Math.floor(r() * FUNCTION.length)] : vocab[Math.floor(Math.pow(r(), 2.2) * vocab.length)]) as string;
  const base = () => Array.from({ length: 12 + Math.floor(r() * 18) }, word);
  const encoder = new TextEncoder();
  const block = new Uint8Array(BLOCK_BYTES);
  let used = 0;
  const emit = (line: string): void => {
    if (used + line.length * 3 + 1 > BLOCK_BYTES) {
      writeSync(fd, block, 0, used);
      used = 0;
    }
    used += encoder.encodeInto(line, block.subarray(used)).written;
    block[used++] = 10;
  };
  const truth = new Int32Array(n);
  let cluster = 0;
  let made = 0;
  while (made < n) {
    const words = base();
    const size = r() < 0.5 ? 1 : 2 + Math.floor(r() * 5);
    for (let k = 0; k < size && made < n; k++) {
      let w = [...words];
      if (k > 0) {
        const kind = r();
        if (kind < 0.5) {
          for (let e = 0; e < 1 + Math.floor(r() * 2); e++) {
            const at = Math.floor(r() * w.length);
            const op = r();
            if (op < 0.4) w[at] = word();
            else if (op < 0.7) w.splice(at, 1);
            else w.splice(at, 0, word());
          }
        } else if (kind < 0.75) {
          const len = Math.max(4, Math.floor(w.length * (0.5 + r() * 0.3)));
          const from = Math.floor(r() * (w.length - len));
          w = w.slice(from, from + len);
        }
      }
      const tail = k > 0 && r() < 0.4 ? TAILS[Math.floor(r() * TAILS.length)] : '';
      emit(JSON.stringify({ id: `s${made + 1}`, text: `${w.join(' ')}${tail}` }));
      truth[made++] = cluster;
    }
    cluster++;
  }
  writeSync(fd, block, 0, used);
  return truth;
}
