import type { AlignOp } from './align';
import { voiceRestatements, type RelateContext, type Term } from '../terms';

type Block = { readonly kind: 'voice'; readonly a0: number; readonly a1: number; readonly b0: number; readonly b1: number };
type Anchor = Extract<AlignOp, { kind: 'equal' }> | Block;

/**
 * The alignment with each clause restated in the other voice made one op: "The militants
 * launched the attack" ~ "The attack was launched by the militants" aligns word by word as
 * "The … launched … the" with the participants removed on one side and added on the other;
 * the clause, read from its verb (terms/voice-frames.ts), is one restatement. Equal pairs
 * that cross a restated clause (A's "The" against B's "The attack") are given up; the rest
 * of the alignment is drawn again between the anchors left, as it was. O(n) in the ops.
 */
export function withVoice(ops: readonly AlignOp[], a: readonly Term[], b: readonly Term[], ctx: RelateContext): AlignOp[] {
  const blocks: Block[] = [];
  for (const r of voiceRestatements(a, b, ctx)) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && (r.a[0] < last.a1 || r.b[0] < last.b1)) continue;
    blocks.push({ kind: 'voice', a0: r.a[0], a1: r.a[1], b0: r.b[0], b1: r.b[1] });
  }
  if (blocks.length === 0) return ops.slice();
  const outside = (i: number, j: number): boolean => blocks.every((k) => (i < k.a0 && j < k.b0) || (i >= k.a1 && j >= k.b1));
  const anchors: Anchor[] = [...ops.filter((o): o is Extract<AlignOp, { kind: 'equal' }> => o.kind === 'equal' && outside(o.a, o.b)), ...blocks];
  anchors.sort((x, y) => start(x) - start(y));
  const out: AlignOp[] = [];
  let i = 0;
  let j = 0;
  const gapTo = (ai: number, bj: number): void => {
    if (i < ai || j < bj) out.push({ kind: 'change', a0: i, a1: ai, b0: j, b1: bj });
  };
  for (const x of anchors) {
    if (x.kind === 'equal') {
      gapTo(x.a, x.b);
      [i, j] = [x.a + 1, x.b + 1];
    } else {
      gapTo(x.a0, x.b0);
      [i, j] = [x.a1, x.b1];
    }
    out.push(x);
  }
  gapTo(a.length, b.length);
  return out;
}

const start = (x: Anchor): number => (x.kind === 'equal' ? x.a : x.a0);
