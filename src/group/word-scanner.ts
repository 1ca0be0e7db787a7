/**
 * The fast path from text to features for grouping: one pass over the char codes, no
 * per-word string, object or regular-expression match. Each word (letters and digits, with inner
 * apostrophes and hyphens, as `contentWords` reads them) is hashed twice as it is scanned; the
 * 64-bit pair looks up the word's feature in an open-addressing table over typed arrays. Only a
 * word not met before is cut out as a string and sent through the slow path (lower case, base
 * form through the lexicon, stop words), so the lexicon is asked once per distinct spelling.
 */

/** Feature of a word form: 0 when the word is left out (stop word, too short). */
export type WordFeature = (word: string) => number;

/** Char classes for the BMP: 0 unknown yet, 1 letter or digit, 2 joiner (' ’ -), 3 other. */
const charClass = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function classOf(c: number): number {
  let k = charClass[c] as number;
  if (k === 0) {
    if (c === 0x27 || c === 0x2019 || c === 0x2d) k = 2;
    else if (c >= 0xd800 && c <= 0xdfff) k = 4;
    else k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 3;
    charClass[c] = k;
  }
  return k;
}

/** Word-form hash pair -> feature, bounded by the vocabulary met; grows at half load. */
export class WordTable {
  private mask = 4095;
  private keyA = new Int32Array(4096);
  private keyB = new Int32Array(4096);
  private value = new Uint32Array(4096);
  /** 1 + feature, so 0 marks an empty slot. */
  private used = new Uint8Array(4096);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The slot of (a, b): where it is, or the empty slot where it goes. */
  private slot(a: number, b: number): number {
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    while (this.used[i] && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The feature of (a, b), or -1 when the word was not met. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.used[i] ? (this.value[i] as number) : -1;
  }

  set(a: number, b: number, feature: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const i = this.slot(a, b);
    if (!this.used[i]) this.count++;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.value[i] = feature;
    this.used[i] = 1;
  }

  private grow(): void {
    const [keyA, keyB, value, used] = [this.keyA, this.keyB, this.value, this.used];
    const size = 2 * used.length;
    this.mask = size - 1;
    this.keyA = new Int32Array(size);
    this.keyB = new Int32Array(size);
    this.value = new Uint32Array(size);
    this.used = new Uint8Array(size);
    for (let k = 0; k < used.length; k++) {
      if (!used[k]) continue;
      const i = this.slot(keyA[k] as number, keyB[k] as number);
      this.keyA[i] = keyA[k] as number;
      this.keyB[i] = keyB[k] as number;
      this.value[i] = value[k] as number;
      this.used[i] = 1;
    }
  }
}

/** The spellings of "per" before "cent" of a share ("30 per cent"), and that "cent": both paths read the pair as one share word. */
export const PER_FORMS: readonly string[] = ['per', 'Per', 'PER'];
export const CENT_FORM = 'cent';

/** The two hashes `scanFeatures` makes of a word form, as one number pair. */
function formHash(form: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return [a, b];
}

const PER_HASHES = PER_FORMS.map(formHash);
const [CENT_A, CENT_B] = formHash(CENT_FORM);

/**
 * Writes the features of `text` (0s left out, duplicates kept, text order) into `out` from 0 and
 * returns how many; `out` must hold `text.length` values. Returns -1 when the text holds a char
 * outside the BMP, which the caller sends through the slow path. O(text length) plus the slow
 * path once per new word form. `share` is the feature of a share, however spelled, as
 * `contentWords` reads it: "cent" after "per" is it, and a "%" right after a digit adds it.
 */
export function scanFeatures(text: string, table: WordTable, slow: WordFeature, out: Uint32Array, share: number): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  let afterPer = false;
  while (i < len) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? (c >= 97 ? (c <= 122 ? 1 : 3) : c >= 65 ? (c <= 90 ? 1 : 3) : c >= 48 && c <= 57 ? 1 : c === 0x27 || c === 0x2d ? 2 : 3) : classOf(c);
    if (k === 4) return -1;
    if (k !== 1) {
      i++;
      continue;
    }
    const start = i;
    let a = 0x811c9dc5;
    let b = 0x2545f491;
    for (;;) {
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
      i++;
      if (i >= len) break;
      c = text.charCodeAt(i);
      k = c < 128 ? (c >= 97 ? (c <= 122 ? 1 : 3) : c >= 65 ? (c <= 90 ? 1 : 3) : c >= 48 && c <= 57 ? 1 : c === 0x27 || c === 0x2d ? 2 : 3) : classOf(c);
      if (k === 1) continue;
      if (k === 4) return -1;
      // A joiner continues the word only when a letter or digit follows it.
      if (k === 2 && i + 1 < len) {
        const d = text.charCodeAt(i + 1);
        const kd = d < 128 ? (d >= 97 ? (d <= 122 ? 1 : 3) : d >= 65 ? (d <= 90 ? 1 : 3) : d >= 48 && d <= 57 ? 1 : 3) : classOf(d);
        if (kd === 1) continue;
        if (kd === 4) return -1;
      }
      break;
    }
    let f = afterPer && a === CENT_A && b === CENT_B ? share : table.get(a, b);
    if (f < 0) {
      f = slow(text.slice(start, i));
      table.set(a, b, f);
    }
    if (f !== 0) out[n++] = f;
    // Only a word of three letters can be "per": the common word pays one comparison.
    afterPer = i - start === 3 && PER_HASHES.some(([pa, pb]) => pa === a && pb === b);
    const last = text.charCodeAt(i - 1);
    if (i < len && text.charCodeAt(i) === 0x25 && last >= 48 && last <= 57) out[n++] = share;
  }
  return n;
}

/** Sorts `v[0 … n)` ascending and drops repeats in place; returns the new length. Insertion sort: n is a sentence's words. */
export function sortDistinct(v: Uint32Array, n: number): number {
  if (n > 64) {
    v.subarray(0, n).sort();
  } else {
    for (let i = 1; i < n; i++) {
      const x = v[i] as number;
      let j = i - 1;
      while (j >= 0 && (v[j] as number) > x) {
        v[j + 1] = v[j] as number;
        j--;
      }
      v[j + 1] = x;
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) if (m === 0 || v[i] !== v[m - 1]) v[m++] = v[i] as number;
  return m;
}
