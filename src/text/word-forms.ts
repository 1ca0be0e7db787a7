/**
 * A word as grouping and the claim × denial checks read it: letters and digits, with inner
 * apostrophes and hyphens ("didn't", "Afghanistan’s", "cross-border"). Global: `matchAll` and
 * `match` read it from the start; a caller that walks it with `exec` (and so moves its
 * `lastIndex`) makes its own copy, `new RegExp(WORD_FORM)`, so that no other reader starts
 * where it stopped.
 */
export const WORD_FORM = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
