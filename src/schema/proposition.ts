/**
 * A statement's proposition: its text, or, when `content` lists the pieces that read as the
 * proposition ("Castoria" and "funding the raids" of "Castoria for funding the raids"), those
 * pieces joined by a space. Grouping and comparison read this text; spans found in it are moved
 * back to report offsets with `reportSpan`.
 */
import type { Span } from './diff';
import type { Statement } from './statement';

type Read = Pick<Statement, 'start' | 'text' | 'content'>;

/** The proposition text of `s`: `s.text`, or its `content` pieces joined by a space. */
export function propositionText(s: Read): string {
  if (s.content === undefined) return s.text;
  return s.content.map(([a, b]) => s.text.slice(a - s.start, b - s.start)).join(' ');
}

/** `s` with its proposition as its text: what grouping compares. The same object when it has no pieces. */
export function asProposition<S extends Read>(s: S): S {
  return s.content === undefined ? s : { ...s, text: propositionText(s) };
}

/** Report offset of `at`, an offset into `propositionText(s)`; `end` keeps a piece's end at its end. */
function reportOffset(s: Read, at: number, end: boolean): number {
  if (s.content === undefined) return s.start + at;
  let from = 0;
  for (const [a, b] of s.content) {
    const length = b - a;
    if (at < from + length || (end && at === from + length)) return a + Math.max(0, at - from);
    from += length + 1;
  }
  const last = s.content.at(-1);
  return last === undefined ? s.start + at : last[1];
}

/** A span of `propositionText(s)` as a span of the report. */
export function reportSpan(s: Read, span: Span): Span {
  return [reportOffset(s, span[0], false), reportOffset(s, span[1], true)];
}
