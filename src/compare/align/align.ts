import { diffArrays } from 'diff';
import type { Term } from '../terms';

/**
 * One aligned pair of equal terms, a run of terms replaced by another (either may be empty),
 * or a clause restated in the other voice (the runs on both sides, labelled as one).
 */
export type AlignOp =
  | { readonly kind: 'equal'; readonly a: number; readonly b: number }
  | { readonly kind: 'change' | 'voice'; readonly a0: number; readonly a1: number; readonly b0: number; readonly b1: number };

export interface AlignLimits {
  readonly maxEditLength: number;
  readonly timeout: number;
}

/** Spelling-variant checks between distinct unmatched words, at most: beyond it, none. */
const MAX_VARIANT_CHECKS = 20_000;

/**
 * Numbers the terms so that equal terms share a number: the same key, or a spelling variant
 * that `equals` accepts between words found on one side only. The alignment then compares
 * integers, which keeps jsdiff's inner loop cheap enough for its caps to bite on time.
 * O(n + m + min(u·v, MAX_VARIANT_CHECKS)) for u, v distinct unmatched words.
 */
function termIds(a: readonly Term[], b: readonly Term[], equals: (x: Term, y: Term) => boolean): { ia: Int32Array; ib: Int32Array } {
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const ia = Int32Array.from(a, (t) => idOf(t.key));
  // Before B's keys are numbered, `ids` holds exactly A's. Each unmatched word once, by its key
  // (the last term of that key, listed where the key first appears).
  const keysB = new Set<string>();
  for (const t of b) keysB.add(t.key);
  const onlyA = new Map<string, Term>();
  for (const t of a) if (t.kind === 'word' && !keysB.has(t.key)) onlyA.set(t.key, t);
  const onlyB = new Map<string, Term>();
  for (const t of b) if (t.kind === 'word' && !ids.has(t.key)) onlyB.set(t.key, t);
  const variant = new Map<string, string>();
  let checks = 0;
  if (onlyA.size > 0) {
    for (const y of onlyB.values()) {
      for (const x of onlyA.values()) {
        if (++checks > MAX_VARIANT_CHECKS) break;
        if (Math.abs(x.key.length - y.key.length) <= 2 && equals(x, y)) {
          variant.set(y.key, x.key);
          break;
        }
      }
    }
  }
  const ib = Int32Array.from(b, (t) => idOf(variant.get(t.key) ?? t.key));
  return { ia, ib };
}

/**
 * Aligns two term sequences with jsdiff's `diffArrays` (Myers' O(ND)) over term numbers (see
 * `termIds`), and walks the change objects with one cursor per side (they carry no offsets).
 * Adjacent removals and additions become one change: the run that replaced the other.
 * Returns null when jsdiff gave up at `maxEditLength` or `timeout`.
 */
export function alignTerms(a: readonly Term[], b: readonly Term[], equals: (x: Term, y: Term) => boolean, limits: AlignLimits): AlignOp[] | null {
  const { ia, ib } = termIds(a, b, equals);
  const changes = diffArrays(Array.from(ia), Array.from(ib), { maxEditLength: limits.maxEditLength, timeout: limits.timeout });
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
