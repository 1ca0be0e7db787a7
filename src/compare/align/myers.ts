/**
 * The runs of equal items of the shortest edit script of two integer sequences, by Myers'
 * O(ND) greedy search, taking at every step the very choices jsdiff's `diffArrays` (diff 9)
 * takes: the same diagonals pruned at the edges of the edit graph, the same tie (an insertion
 * when the removal's path is not further along), the same snakes. So it pairs exactly the items
 * jsdiff pairs. It exists because the alignment runs it on every compared pair: jsdiff keeps a
 * path object and a change object per step in an array indexed by negative diagonals, which
 * made up more than half of the alignment's time over PolNeAR dev (0.32 of 0.56 s in a profile;
 * 0.22 s in all with this). Here the paths are typed arrays, and only the snakes are kept, each
 * pointing to the snake before it.
 */

/** Equal runs in order: `a[k]`, `b[k]` the starts of run k on each side, `length[k]` its length. */
export interface EqualRuns {
  readonly a: number[];
  readonly b: number[];
  readonly length: number[];
}

/** The snakes found, each the run of equal items after one edit, linked to the snake before it on its path. */
class Snakes {
  a: Int32Array = new Int32Array(64);
  b: Int32Array = new Int32Array(64);
  length: Int32Array = new Int32Array(64);
  before: Int32Array = new Int32Array(64);
  size = 0;

  add(a: number, b: number, length: number, before: number): number {
    if (this.size === this.a.length) {
      const grow = (x: Int32Array): Int32Array => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      [this.a, this.b, this.length, this.before] = [grow(this.a), grow(this.b), grow(this.length), grow(this.before)];
    }
    const k = this.size++;
    this.a[k] = a;
    this.b[k] = b;
    this.length[k] = length;
    this.before[k] = before;
    return k;
  }

  /** The runs of the path whose last snake is `last` (-1: none), first to last. */
  runs(last: number): EqualRuns {
    const out: EqualRuns = { a: [], b: [], length: [] };
    for (let k = last; k >= 0; k = this.before[k] as number) {
      out.a.push(this.a[k] as number);
      out.b.push(this.b[k] as number);
      out.length.push(this.length[k] as number);
    }
    out.a.reverse();
    out.b.reverse();
    out.length.reverse();
    return out;
  }
}

/**
 * The equal runs of the alignment of `a` (old) and `b` (new), or undefined when it takes more
 * than `maxEditLength` edits or runs past `timeout` ms (checked before each edit length, as
 * jsdiff does). O((n + m) · D) time for D edits; memory O(n + m) plus one entry per snake.
 */
export function equalRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number, timeout: number): EqualRuns | undefined {
  const oldLen = a.length;
  const newLen = b.length;
  const snakes = new Snakes();
  // The furthest path on each diagonal d = oldPos - newPos, at index d + offset: its last old
  // position taken (-1 before the first), its last snake, and whether it is live.
  const offset = oldLen + newLen + 1;
  const oldPos = new Int32Array(2 * offset + 1);
  const last = new Int32Array(2 * offset + 1);
  const live = new Uint8Array(2 * offset + 1);
  /** Follows equal items from old position `from` on diagonal `d`; returns the last old position reached. */
  const slide = (from: number, d: number, before: number): number => {
    let o = from;
    while (o - d + 1 < newLen && o + 1 < oldLen && a[o + 1] === b[o - d + 1]) o++;
    last[d + offset] = o > from ? snakes.add(from + 1, from + 1 - d, o - from, before) : before;
    return o;
  };
  const maxEdits = Math.min(maxEditLength, oldLen + newLen);
  const abortAfter = Date.now() + timeout;
  oldPos[offset] = slide(-1, 0, -1);
  live[offset] = 1;
  if (oldPos[offset] + 1 >= oldLen && oldPos[offset] + 1 >= newLen) return snakes.runs(last[offset] as number);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= maxEdits && Date.now() <= abortAfter; edits++) {
    for (let d = Math.max(minDiagonal, -edits); d <= Math.min(maxDiagonal, edits); d += 2) {
      const r = d - 1 + offset;
      const ad = d + 1 + offset;
      const hasRemove = live[r] === 1;
      const hasAdd = live[ad] === 1;
      live[r] = 0;
      const canAdd = hasAdd && (oldPos[ad] as number) - d >= 0 && (oldPos[ad] as number) - d < newLen;
      const canRemove = hasRemove && (oldPos[r] as number) + 1 < oldLen;
      if (!canAdd && !canRemove) {
        live[d + offset] = 0;
        continue;
      }
      const fromAdd = !canRemove || (canAdd && (oldPos[r] as number) < (oldPos[ad] as number));
      const from = fromAdd ? (oldPos[ad] as number) : (oldPos[r] as number) + 1;
      const before = fromAdd ? (last[ad] as number) : (last[r] as number);
      const o = slide(from, d, before);
      if (o + 1 >= oldLen && o - d + 1 >= newLen) return snakes.runs(last[d + offset] as number);
      oldPos[d + offset] = o;
      live[d + offset] = 1;
      if (o + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (o - d + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return undefined;
}
