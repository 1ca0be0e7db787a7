import type { RelateContext, Term } from '../terms';

/**
 * A clause that only judges the truth of the clause it introduces: "It is not true that …",
 * "It is false that …", "It's not the case that …". Its polarity is the framed clause's: "It
 * is not true that the plant will close" says "the plant will not close", so its negation
 * reaches past its own clause, and a word of falsity in it negates as a "not" does.
 */
export interface TruthFrame {
  /** The frame's terms, `[start, end)`, the "that" included. */
  readonly start: number;
  readonly end: number;
  /** The clause it judges. */
  readonly clause: number;
  /** Whether it calls that clause untrue: an odd number of negations and words of falsity. */
  readonly denies: boolean;
}

/** Each side's truth frames, read once per pair (see `compare` in diff-claims.ts). */
export interface Frames {
  readonly a: readonly TruthFrame[];
  readonly b: readonly TruthFrame[];
}

/** The pronoun of a truth frame: "it is true that …" has no other subject. */
const DUMMY_SUBJECT = 'it';

/**
 * The truth frames of a text, in order. A frame ends a clause where a "that" opens the next one,
 * and runs from an "it" over function words, negations, -ly adverbs ("simply not true") and at
 * least one word of truth or falsity. O(n).
 */
export function truthFrames(terms: readonly Term[], ctx: RelateContext): TruthFrame[] {
  const frames: TruthFrame[] = [];
  for (let s = 0; s < terms.length; ) {
    const clause = (terms[s] as Term).clause;
    let e = s;
    while (e < terms.length && (terms[e] as Term).clause === clause) e++;
    const opener = terms[e];
    if (opener?.key === 'that' && opener.clause === clause + 1) {
      const frame = frameIn(terms, s, e, ctx);
      if (frame !== null) frames.push({ ...frame, end: e + 1, clause: clause + 1 });
    }
    s = e;
  }
  return frames;
}

/**
 * The frame that ends the clause `[s, e)`, from its last "it" ("The union said it is not true
 * that …"), or null when a word after that "it" is neither a frame's word nor an -ly adverb.
 */
function frameIn(terms: readonly Term[], s: number, e: number, ctx: RelateContext): { start: number; denies: boolean } | null {
  const w = ctx.words;
  let flips = 0;
  let judges = false;
  for (let i = e - 1; i >= s; i--) {
    const t = terms[i] as Term;
    if (t.key === DUMMY_SUBJECT) return judges ? { start: i, denies: flips % 2 === 1 } : null;
    const falsity = w.falsityWords.has(t.key);
    const truth = w.truthWords.has(t.key) || w.truthNouns?.has(t.key) === true;
    if (t.kind !== 'word' || !(t.fn || t.neg || falsity || truth || t.key.endsWith('ly'))) return null;
    if (falsity || truth) judges = true;
    if (falsity || t.neg) flips++;
  }
  return null;
}

/** Whether term `i` belongs to one of `frames`. */
export function inFrame(frames: readonly TruthFrame[], i: number): boolean {
  return frames.some((f) => i >= f.start && i < f.end);
}

/** Whether the run `r` (none counts) lies within one of `frames`. */
export function rangeInFrame(frames: readonly TruthFrame[], r: readonly [number, number] | null): boolean {
  return r === null || frames.some((f) => r[0] >= f.start && r[1] <= f.end);
}

/**
 * Denials less those a denying truth frame cancels: "It is not true that the plant will not
 * close" says the plant will close, so neither the frame's verdict nor the framed clause's own
 * negation denies it. O(frames · (denials + n)).
 */
export function withoutCancelled<D extends { readonly cue: readonly [number, number] }>(denials: readonly D[], terms: readonly Term[], frames: readonly TruthFrame[]): D[] {
  let out = [...denials];
  for (const f of frames) {
    if (!f.denies) continue;
    const negations = terms.filter((t) => t.neg && t.clause === f.clause).length;
    if (negations % 2 === 0) continue;
    out = out.filter((d) => !(d.cue[0] >= f.start && d.cue[1] <= f.end) && terms[d.cue[0]]?.clause !== f.clause);
  }
  return out;
}
