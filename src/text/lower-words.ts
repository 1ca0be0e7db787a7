/** Letters and digits, with inner apostrophes ("didn't", "Afghanistan’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** `lowerWords`' own copy of WORD, walked with `exec`: its `lastIndex` moves, which `matchAll` of WORD (in `textWords`) would start from. */
const LOWER_WORD = new RegExp(WORD);

/**
 * The first `max` words of a text, lower case, a typographic apostrophe read as a straight one
 * ("Didn’t" → "didn't"), so that they can be looked up in the lexicon's lists of negations,
 * pronouns and verdict words: the quick reads of a clause's first words or of a short verdict
 * that do not need the tokeniser's spans. O(length) at most; it stops at the `max`-th word.
 */
export function lowerWords(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (max < 1) return out;
  // `exec` on its own copy of the pattern, its position set before each call (nothing here
  // runs another reader of it in between), not `matchAll`, which copies the pattern and makes an
  // iterator per call; and the apostrophe replaced only in the words that hold one. Grouping
  // reads every statement this way several times (about a quarter faster so).
  let at = 0;
  for (;;) {
    LOWER_WORD.lastIndex = at;
    const m = LOWER_WORD.exec(text);
    if (m === null) break;
    at = LOWER_WORD.lastIndex;
    const w = m[0].toLowerCase();
    if (out.push(w.includes('’') ? w.replace(/’/gu, "'") : w) >= max) break;
  }
  return out;
}

/**
 * The first `max` words of a text as it writes them, case and apostrophes kept: for a reader that
 * needs to know which word is capitalised ("to Sanders" against "to take") or contracted. O(length)
 * at most; it stops at the `max`-th word.
 */
export function textWords(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (max < 1) return out;
  for (const m of text.matchAll(WORD)) if (out.push(m[0]) >= max) break;
  return out;
}
