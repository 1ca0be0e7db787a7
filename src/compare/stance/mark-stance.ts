import type { Reason } from '../../schema/diff';
import type { Evidence } from '../../schema/evidence';
import type { Draft } from '../align';
import type { Term } from '../terms';

/** A run `[lo, hi)` of terms on one side. */
type Range = readonly [number, number];

/** Widens a range to whole tokens: "wasn't" is was + not, and a segment never cuts a token. */
function wholeTokens(terms: readonly Term[], r: Range): Range {
  let lo = r[0];
  let hi = r[1];
  while (lo > 0 && (terms[lo - 1] as Term).group === (terms[lo] as Term).group) lo--;
  while (hi < terms.length && (terms[hi] as Term).group === (terms[hi - 1] as Term).group) hi++;
  return [lo, hi];
}

/**
 * The drafts with the denial cue of a `stance` evidence (its one run, on the denying side) as
 * its own `contradict` segment, reason `stance`, confidence the evidence's strength: a
 * one-sided draft around the cue is cut around it; a two-sided draft holding it is relabelled.
 */
export function markStance(drafts: readonly Draft[], a: readonly Term[], b: readonly Term[], stance: Evidence): Draft[] {
  const side = stance.a.length > 0 ? 'a' : 'b';
  const found = (side === 'a' ? stance.a : stance.b)[0];
  if (found === undefined) return [...drafts];
  const cue = wholeTokens(side === 'a' ? a : b, found);
  const out: Draft[] = [];
  let joined: Draft | null = null;
  const inCue = (r: Range): boolean => r[0] < cue[1] && cue[0] < r[1];
  const join = (d: Draft): void => {
    const reasons = new Set<Reason>([...(joined?.reasons ?? []), ...d.reasons, 'stance']);
    const span = (x: Range | null, y: Range | null): Range | null => (x === null ? y : y === null ? x : [Math.min(x[0], y[0]), Math.max(x[1], y[1])]);
    joined = {
      label: 'contradict',
      a: span(joined?.a ?? null, d.a),
      b: span(joined?.b ?? null, d.b),
      reasons: new Set([...reasons].filter((r) => r === 'stance' || r === 'negation' || r === 'antonym')),
      confidence: stance.strength,
    };
  };
  let placed = false;
  for (const d of drafts) {
    const r = d[side];
    if (r === null || !inCue(r)) {
      if (joined !== null && !placed) {
        out.push(joined);
        placed = true;
      }
      out.push(d);
      continue;
    }
    const otherSide = side === 'a' ? d.b : d.a;
    if (otherSide !== null) {
      join(d);
      continue;
    }
    const piece = (lo: number, hi: number): Draft => ({ ...d, [side]: [lo, hi] });
    if (r[0] < cue[0]) out.push(piece(r[0], cue[0]));
    join(piece(Math.max(r[0], cue[0]), Math.min(r[1], cue[1])));
    if (r[1] > cue[1]) {
      out.push(joined as unknown as Draft);
      placed = true;
      out.push(piece(cue[1], r[1]));
    }
  }
  if (joined !== null && !placed) out.push(joined);
  return out;
}
