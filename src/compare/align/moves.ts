import type { Reason } from '../../schema/diff';
import type { AlignOp } from './align';
import { equalDraft, labelChange, labelVoice } from './block';
import { withVoice } from './voice-ops';
import { coalesce, CONTRADICTION, type Draft } from './draft';
import { matchUnordered, type RelateContext, type Term } from '../terms';

/** Equal terms a reordering may step over: "[benefit from] terrorists [—]" ~ "[enjoyed by] terrorists". */
const BRIDGE = 3;
/** Moved runs are paired only among this many one-sided runs per side (quadratic). */
const MAX_MOVE_CANDIDATES = 64;

const oneSided = (op: AlignOp | undefined): 'a' | 'b' | null => {
  if (op === undefined || op.kind !== 'change') return null;
  if (op.b0 === op.b1) return 'a';
  return op.a0 === op.a1 ? 'b' : null;
};

/**
 * Labels the alignment, op by op. Where text on one side only is followed, across at most
 * BRIDGE equal terms, by text on the other side only, the stretch is tried as one change:
 * a reordering or a change of voice ("terrorists benefit from" ~ "enjoyed by terrorists")
 * is kept as one paraphrase when every content word pairs up; otherwise the parts stand.
 * A lone negation takes the equal word after it, so the flip shows on both sides. A clause
 * restated in the other voice (`withVoice`) is labelled as one.
 */
export function labelAlignment(aligned: readonly AlignOp[], a: readonly Term[], b: readonly Term[], ctx: RelateContext): Draft[] {
  const ops = withVoice(aligned, a, b, ctx);
  const drafts: Draft[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as AlignOp;
    if (op.kind === 'equal') {
      drafts.push(equalDraft(a, b, op.a, op.b));
      continue;
    }
    if (op.kind === 'voice') {
      drafts.push(...labelVoice(a, b, [op.a0, op.a1], [op.b0, op.b1], ctx));
      continue;
    }
    const side = oneSided(op);
    let bridged = false;
    for (let n = 1; side !== null && n <= BRIDGE && !bridged; n++) {
      const far = ops[k + n + 1];
      const between = ops.slice(k + 1, k + n + 1);
      if (between.some((o) => o.kind !== 'equal') || far?.kind !== 'change' || oneSided(far) === side || oneSided(far) === null) continue;
      const merged = labelChange(a, b, [Math.min(op.a0, far.a0), Math.max(op.a1, far.a1)], [Math.min(op.b0, far.b0), Math.max(op.b1, far.b1)], ctx);
      const only = merged[0];
      if (merged.length === 1 && only !== undefined && (only.label === 'paraphrase' || only.label === 'match')) {
        drafts.push(only);
        k += n + 1;
        bridged = true;
      }
    }
    if (bridged) continue;
    const alone = labelChange(a, b, [op.a0, op.a1], [op.b0, op.b1], ctx);
    const next = ops[k + 1];
    // A lone "not" flips the word it governs: show the flip on both sides ("used" ~ "not used").
    if (side !== null && alone[0]?.label === 'contradict' && next?.kind === 'equal') {
      drafts.push(...labelChange(a, b, [op.a0, Math.max(op.a1, next.a + 1)], [op.b0, Math.max(op.b1, next.b + 1)], ctx));
      k += 1;
    } else drafts.push(...alone);
  }
  return coalesce(drafts);
}

/**
 * Finds moved text: a removed run and an added run elsewhere whose content words pair up
 * (≥ 80 % on each side, no contradiction) become one paraphrase with reason `reorder`.
 * Bounded: at most MAX_MOVE_CANDIDATES runs per side are considered.
 */
export function pairMoves(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], ctx: RelateContext): Draft[] {
  const removed = drafts.map((d, i) => ({ d, i })).filter((x) => x.d.label === 'removed').slice(0, MAX_MOVE_CANDIDATES);
  const added = drafts.map((d, i) => ({ d, i })).filter((x) => x.d.label === 'added').slice(0, MAX_MOVE_CANDIDATES);
  if (removed.length === 0 || added.length === 0) return drafts.slice();
  const content = (terms: readonly Term[], r: readonly [number, number]): number[] => {
    const out: number[] = [];
    for (let i = r[0]; i < r[1]; i++) if ((terms[i] as Term).kind !== 'punct' && !(terms[i] as Term).fn) out.push(i);
    return out;
  };
  const replaced = new Map<number, Draft>();
  const dropped = new Set<number>();
  for (const r of removed) {
    const xs = content(a, r.d.a as [number, number]);
    // A bare modifier that moved ("a straw hat" ~ "a straw cigarette") changes what it
    // modifies; a phrase that moved ("on Friday") or a longer run keeps its meaning.
    const phrase = (terms: readonly Term[], r0: number, n: number): boolean => n >= 2 || (terms[r0] as Term).fn;
    if (xs.length === 0 || !phrase(a, (r.d.a as [number, number])[0], xs.length)) continue;
    for (const s of added) {
      if (dropped.has(s.i)) continue;
      const ys = content(b, s.d.b as [number, number]);
      if (ys.length === 0 || xs.length * ys.length > 4096 || !phrase(b, (s.d.b as [number, number])[0], ys.length)) continue;
      const pairs = matchUnordered(a, b, xs, ys, ctx);
      if (pairs.some((p) => p.rel.label === 'contradict')) continue;
      if (pairs.length < 0.8 * xs.length || pairs.length < 0.8 * ys.length) continue;
      const reasons = new Set<Reason>(['reorder']);
      for (const p of pairs) if (p.rel.reason !== 'identical' && !CONTRADICTION.has(p.rel.reason)) reasons.add(p.rel.reason);
      replaced.set(r.i, { label: 'paraphrase', a: r.d.a, b: s.d.b, reasons });
      dropped.add(s.i);
      break;
    }
  }
  return drafts.flatMap((d, i) => (dropped.has(i) ? [] : [replaced.get(i) ?? d]));
}
