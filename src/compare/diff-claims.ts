import * as z from 'zod';
import type { ClaimDiff } from '../schema/diff';
import { parseArgument } from '../schema/error';
import { DiffOptionsSchema, type DiffOptions } from '../schema/options';
import { compareValid } from './pair-core';

/**
 * Compares two wordings of a statement and labels, span by span, what matches, paraphrases,
 * contradicts, or is on one side only; plus a verdict for the pair and a similarity score.
 * Spans are `[start, end)` UTF-16 offsets into `a` and `b` as given. Symmetric: the result
 * for `(b, a)` is the mirror of the result for `(a, b)` (sides and added/removed swapped),
 * because the work is always done in one canonical order.
 *
 * @throws ClaimdiffError when `a` or `b` is not a string, or an option is invalid.
 */
export function diffClaims(a: string, b: string, options: DiffOptions = {}): ClaimDiff {
  const x = parseArgument(z.string(), a, 'diffClaims: first argument (a)', 'a string');
  const y = parseArgument(z.string(), b, 'diffClaims: second argument (b)', 'a string');
  const opts = parseArgument(DiffOptionsSchema, options, 'diffClaims: options', 'an options object (see DiffOptions)', 'invalid-options');
  return compareValid(x, y, opts);
}
