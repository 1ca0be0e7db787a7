import { diffArrays } from 'diff';
import type { Term } from './terms';

/** One aligned pair of equal terms, or a run of terms replaced by another (either may be empty). */
export type AlignOp =
  | { readonly kind: 'equal'; readonly a: number; readonly b: number }
  | { readonly kind: 'change'; readonly a0: number; readonly a1: number; readonly b0: number; readonly b1: number };

export interface AlignLimits {
  readonly maxEditLength: number;
  readonly timeout: number;
}

/**
 * Aligns two term sequences with jsdiff's `diffArrays` (Myers' O(ND)), using `equals` as its
 * comparator, and walks the change objects with one cursor per side (they carry no offsets).
 * Adjacent removals and additions become one change: the run that replaced the other.
 * Returns null when jsdiff gave up at `maxEditLength` or `timeout`.
 */
export function alignTerms(a: readonly Term[], b: readonly Term[], equals: (x: Term, y: Term) => boolean, limits: AlignLimits): AlignOp[] | null {
  const changes = diffArrays(a.slice(), b.slice(), { comparator: equals, maxEditLength: limits.maxEditLength, timeout: limits.timeout });
  if (changes === undefined) return null;
  const ops: AlignOp[] = [];
  let i = 0;
  let j = 0;
  let pending: { a0: number; a1: number; b0: number; b1: number } | null = null;
  const flush = (): void => {
    if (pending !== null) ops.push({ kind: 'change', ...pending });
    pending = null;
  };
  for (const change of changes) {
    if (change.removed || change.added) {
      pending ??= { a0: i, a1: i, b0: j, b1: j };
      if (change.removed) i += change.count;
      else j += change.count;
      pending.a1 = i;
      pending.b1 = j;
      continue;
    }
    flush();
    for (let k = 0; k < change.count; k++) ops.push({ kind: 'equal', a: i++, b: j++ });
  }
  flush();
  return ops;
}

/**
 * The alignment to fall back on when the full one was capped: the common head and tail,
 * and everything between as one change. O(n).
 */
export function trimAlign(a: readonly Term[], b: readonly Term[], equals: (x: Term, y: Term) => boolean): AlignOp[] {
  let head = 0;
  while (head < a.length && head < b.length && equals(a[head] as Term, b[head] as Term)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equals(a[a.length - 1 - tail] as Term, b[b.length - 1 - tail] as Term)) tail++;
  const ops: AlignOp[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: 'equal', a: k, b: k });
  if (head < a.length - tail || head < b.length - tail) ops.push({ kind: 'change', a0: head, a1: a.length - tail, b0: head, b1: b.length - tail });
  for (let k = tail; k > 0; k--) ops.push({ kind: 'equal', a: a.length - k, b: b.length - k });
  return ops;
}
