import type { Span } from '../schema/diff';

/** Whether a character is blank (or past the end of the text). */
export const isBlank = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** `[s, e)` of `text` without blanks at either end, moved by `by`; null when nothing is left. */
export function trimmed(text: string, s: number, e: number, by = 0): Span | null {
  while (s < e && isBlank(text[s])) s++;
  while (e > s && isBlank(text[e - 1])) e--;
  return e > s ? [s + by, e + by] : null;
}
