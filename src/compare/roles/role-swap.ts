import type { Evidence } from '../../schema/evidence';
import { formIn, hasPassive, isContentTerm, passiveLike, voiceRoleChange, type RelateContext, type Term, type TermPair } from '../terms';

/** Two participants that trade places around the same predicate: `x` on side A, `y` on side B. */
export interface RoleSwap {
  /** The two swapped terms of A, in A's order. */
  readonly x: readonly [number, number];
  /** Their counterparts in B. */
  readonly y: readonly [number, number];
}

/** A pairing this loose (a gloss link, a hypernym) is not evidence that two words are one participant. */
const MIN_STRENGTH = 0.8;

/** Whether only function words stand strictly between terms `i` and `j` (no content, no punctuation). */
function adjacent(terms: readonly Term[], i: number, j: number): boolean {
  for (let k = Math.min(i, j) + 1; k < Math.max(i, j); k++) if (!(terms[k] as Term).fn) return false;
  return true;
}

/**
 * Whether the two sides put the same participants in opposite roles around one predicate:
 * "India accused Pakistan" ~ "Pakistan accused India", "a monkey is pulling a dog" ~ "a dog is
 * pulling a monkey": not a contradiction (both may be true), but another statement. Two
 * paired content words cross (X before Y in A, after it in B) with a paired predicate right
 * between them on both sides (only function words apart: subject, verb, object); neither side
 * is passive ("Pakistan was accused by India", "clothes that are covered with paint"), and
 * the predicate is not symmetric ("Smith met Jones"). O(p³) in the order-free pairs `loose`,
 * which are few: content words of two statements.
 */
export function findRoleSwap(a: readonly Term[], b: readonly Term[], loose: readonly TermPair[], ctx: RelateContext): RoleSwap | null {
  if (hasPassive(a) || hasPassive(b) || passiveLike(a) || passiveLike(b)) return null;
  const pairs = loose.filter((p) => p.rel.strength >= MIN_STRENGTH && isContentTerm(a[p.x] as Term) && isContentTerm(b[p.y] as Term));
  const symmetric = ctx.words.symmetricVerbs;
  const isSymmetric = (t: Term): boolean => formIn(t, ctx, symmetric);
  for (const p of pairs) {
    for (const q of pairs) {
      if (!(p.x < q.x && p.y > q.y)) continue;
      if ((a[p.x] as Term).key === (a[q.x] as Term).key) continue;
      const between = pairs.find((v) => v.x > p.x && v.x < q.x && v.y > q.y && v.y < p.y && (a[v.x] as Term).kind === 'word'
        && adjacent(a, p.x, v.x) && adjacent(a, v.x, q.x) && adjacent(b, q.y, v.y) && adjacent(b, v.y, p.y));
      if (between === undefined || isSymmetric(a[between.x] as Term) || isSymmetric(b[between.y] as Term)) continue;
      return { x: [p.x, q.x], y: [q.y, p.y] };
    }
  }
  return null;
}

/** How sure a difference by swapped roles is: the pattern (subject, verb, object) is narrow. */
export const ROLE_SWAP_CONFIDENCE = 0.8;

/**
 * Check `role-swap`: the same participants in each other's roles ("India accused Pakistan" ~
 * "Pakistan accused India") make another statement: both may be true (they may accuse each
 * other), so not a restatement; the verdict marks the swapped names (reason `entity`). So do
 * participants in other roles across a change of voice ("the rebels were accused by the army"
 * ~ "the rebels accused the army"). The swap in one voice needs the order-free pairing
 * (`loose`; none when it was too costly).
 */
export function roleSwapCheck(a: readonly Term[], b: readonly Term[], loose: readonly TermPair[] | null, ctx: RelateContext): Evidence | null {
  const one = (i: number): [number, number] => [i, i + 1];
  const evidence = (found: string, x: readonly number[], y: readonly number[]): Evidence =>
    ({ check: 'role-swap', found, a: x.map(one), b: y.map(one), reason: 'entity', strength: ROLE_SWAP_CONFIDENCE });
  const swap = loose === null ? null : findRoleSwap(a, b, loose, ctx);
  if (swap !== null) return evidence('two participants in each other’s roles around one predicate', swap.x, swap.y);
  // Across voices the order of the words proves nothing: the roles are read from the verb.
  const change = voiceRoleChange(a, b, ctx);
  return change === null ? null : evidence('participants of one act in other roles across active and passive', change.a, change.b);
}
