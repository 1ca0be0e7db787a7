import { MONTHS, WEEKDAYS } from '../lexicon/dates';
import type { Segment } from '../schema/diff';
import { lowerWords } from '../text/lower-words';

/** The most words a side of a replaced time holds: "in March", "last June", "on Tuesday". */
const MAX_SLOT_WORDS = 3;

/** A year as a word: "2019". */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Whether a stretch names a time: a month, a weekday or a year, in a few words. */
function namesTime(text: string): boolean {
  const words = lowerWords(text);
  return words.length > 0 && words.length <= MAX_SLOT_WORDS && words.some((w) => w in MONTHS || w in WEEKDAYS || YEAR.test(w));
}

/**
 * Whether a denial denies what the claim states at another time: where the two otherwise align,
 * the core leaves one side's time removed beside the other's added ("denied that the Front had
 * bombed the pipeline in 2019" against "the Front bombed the pipeline in March"; "in March" and
 * "2019" are no one time the core could set against each other). The denial is of another
 * occasion: the pair differs. Only a time: another noun in a slot may be a paraphrase the lexicon
 * lacks ("protesters" / "demonstrators", "North Korea" / "Pyongyang"), and a denial of the claim
 * in those words must stay one. `segments` are the core's, in order, the claim on side
 * `claimSide`. O(segments).
 */
export function deniesAnotherTime(claim: string, denial: string, segments: readonly Segment[], claimSide: 'a' | 'b'): boolean {
  return replacedSlots(segments, claimSide).some(([said, denied]) => namesTime(claim.slice(...said)) && namesTime(denial.slice(...denied)));
}

/**
 * The slots where the core left one side's words removed beside the other's added, in two
 * neighbouring segments: each as the claim's span and the denial's (`claimSide` the claim's
 * side). What the two checks of another occasion read (see `deniesAnotherTime`,
 * `deniesAnotherCircumstance`). O(segments).
 */
export function replacedSlots(segments: readonly Segment[], claimSide: 'a' | 'b'): [[number, number], [number, number]][] {
  const denialSide = claimSide === 'a' ? 'b' : 'a';
  const out: [[number, number], [number, number]][] = [];
  for (let k = 0; k + 1 < segments.length; k++) {
    const [x, y] = [segments[k] as Segment, segments[k + 1] as Segment];
    const said = onlyOn(x, claimSide) ?? onlyOn(y, claimSide);
    const denied = onlyOn(x, denialSide) ?? onlyOn(y, denialSide);
    if (said !== null && denied !== null) out.push([said, denied]);
  }
  return out;
}

/** The span a segment holds on `side` alone (a span removed or added there), else null. */
function onlyOn(s: Segment, side: 'a' | 'b'): [number, number] | null {
  const other = side === 'a' ? s.b : s.a;
  return other === null ? s[side] : null;
}
