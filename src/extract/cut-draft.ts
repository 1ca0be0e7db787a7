import type { Draft } from './drafts';

/**
 * Draft `d` cut in two statements of one speaker, cue and stance: `d` itself ends at `before`,
 * and a new draft from `from` to `d`'s end is added to `drafts`. A quotation across the cut
 * belongs to neither part, and a part left with none is reported speech. The denial link
 * (`denies`) stays with the first part: what a denial answers is named before what it goes on to.
 * Returns the second part.
 */
export function cutDraft(drafts: Draft[], d: Draft, before: number, from: number): Draft {
  const { denies: _denies, ...rest } = d;
  const second: Draft = { ...rest, start: from };
  d.end = before;
  for (const part of [d, second]) {
    if (part.quoted === undefined) continue;
    part.quoted = part.quoted.filter(([a, b]) => a >= part.start && b <= part.end);
    if (part.quoted.length === 0 && part.kind === 'partial') part.kind = 'indirect';
  }
  drafts.push(second);
  return second;
}
