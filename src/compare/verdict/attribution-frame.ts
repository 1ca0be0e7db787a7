import type { Term } from '../terms';

/*
 * The attribution frame of a wording: "The minister told reporters that …", "…, a spokesman
 * said." One outlet quotes a statement directly and another reports it ("We did not go" ~
 * "The minister told the radio that they did not go"): the frame says who spoke, not what was
 * said, so the verdict does not count its words as a claim one side makes and the other does
 * not.
 */

/** How far into a wording a reporting verb may stand and still open a frame ("A, the B of C, told D that"). */
const LEAD_REACH = 14;
/** Terms between a reporting verb and the "that" of its frame ("told the radio station that"). */
const OBJECT_REACH = 4;
/** Longest trailing frame after the last comma (", the ministry's spokesman said on Friday."). */
const TAIL_REACH = 9;

/** Whether a term is a "that", a colon or an opening quotation mark: where reported content starts. */
const opensContent = (t: Term): boolean => t.key === 'that' || (t.kind === 'punct' && /^[:“"‘]$/.test(t.text));

/**
 * The terms of a wording's attribution frames, as indices: a leading one, from the start
 * through a reporting verb among the first LEAD_REACH terms and the "that" (or colon, or quote)
 * a few terms after it; and a trailing one, after the last comma, holding a reporting verb.
 * A leading verb with no "that" after it frames nothing ("He said nothing"). O(n).
 */
export function attributionFrame(terms: readonly Term[], reporting: (t: Term) => boolean): Set<number> {
  const out = new Set<number>();
  const lead = terms.findIndex((t, i) => i > 0 && i < LEAD_REACH && t.kind === 'word' && reporting(t));
  if (lead > 0) {
    const end = terms.slice(lead + 1, lead + 2 + OBJECT_REACH).findIndex(opensContent);
    if (end >= 0) for (let i = 0; i <= lead + 1 + end; i++) out.add(i);
  }
  let comma = -1;
  terms.forEach((t, i) => {
    if (t.kind === 'punct' && t.key === ',') comma = i;
  });
  if (comma > 0 && terms.length - comma <= TAIL_REACH && terms.slice(comma).some((t) => t.kind === 'word' && reporting(t))) {
    for (let i = comma; i < terms.length; i++) out.add(i);
  }
  return out;
}
