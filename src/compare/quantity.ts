import { MULTIPLIERS, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_WORDS } from '../lexicon/numbers';
import type { Token } from '../text/tokenize';

/** A figure read from one or more tokens: "1,600", "$420", "seventy percent", "2.5 million". */
export interface Quantity {
  readonly value: number;
  /** `%`, a currency sign, or '' for a bare count. */
  readonly unit: string;
  readonly ordinal: boolean;
  /** How many content tokens the figure spans. */
  readonly length: number;
}

const DIGITS = /^([$€£¥₹]?)(\d+(?:,\d{3})*(?:\.\d+)?)(%|st|nd|rd|th)?$/u;
const PERCENT = new Set(PERCENT_WORDS);

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

function wordValue(norm: string): { value: number; ordinal: boolean } | null {
  if (!norm.includes('-') && own(NUMBER_WORDS, norm) === undefined && own(ORDINAL_WORDS, norm) === undefined) return null;
  const parts = norm.split('-');
  let value = 0;
  let ordinal = false;
  for (const part of parts) {
    const cardinal = own(NUMBER_WORDS, part);
    const ord = own(ORDINAL_WORDS, part);
    if (cardinal !== undefined && part !== 'a' && part !== 'an') value += cardinal;
    else if (ord !== undefined) {
      value += ord;
      ordinal = true;
    } else return null;
  }
  return { value, ordinal };
}

function tokenValue(t: Token): { value: number; unit: string; ordinal: boolean } | null {
  if (t.kind === 'number') {
    const m = DIGITS.exec(t.norm);
    if (m === null) return null;
    const suffix = m[3] ?? '';
    return { value: Number((m[2] as string).replace(/,/g, '')), unit: suffix === '%' ? '%' : (m[1] ?? ''), ordinal: suffix !== '' && suffix !== '%' };
  }
  if (t.kind !== 'word') return null;
  const w = wordValue(t.norm);
  return w === null ? null : { ...w, unit: '' };
}

/**
 * Reads the figure that starts at `tokens[i]` (content tokens only), or null. Multipliers
 * scale ("2.5 million"), "a"/"an" count as one only before a multiplier ("a million"), and a
 * following "percent" / "per cent" makes it a percentage, so "seventy percent" equals "70%".
 */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const first = tokens[i];
  if (first === undefined) return null;
  let head = tokenValue(first);
  let j = i + 1;
  if (head === null) {
    const next = tokens[i + 1];
    if ((first.norm === 'a' || first.norm === 'an') && next !== undefined && own(MULTIPLIERS, next.norm) !== undefined) {
      head = { value: 1, unit: '', ordinal: false };
    } else return null;
  }
  let { value, unit } = head;
  let ordinal = head.ordinal;
  // "seventy five", "one hundred twenty": further number words add up or scale.
  for (let t = tokens[j]; t !== undefined; t = tokens[++j]) {
    const mult = own(MULTIPLIERS, t.norm);
    if (mult !== undefined && !(t.norm.length === 1 && t.start !== tokens[j - 1]?.end)) {
      value *= mult;
      continue;
    }
    const more = t.kind === 'word' ? wordValue(t.norm) : null;
    if (more !== null && first.kind === 'word' && more.value < value && more.value < 100) {
      value += more.value;
      ordinal = more.ordinal;
      continue;
    }
    break;
  }
  const p1 = tokens[j];
  const p2 = tokens[j + 1];
  if (p1 !== undefined && unit === '' && PERCENT.has(p1.norm)) {
    unit = '%';
    j += 1;
  } else if (p1?.norm === 'per' && p2?.norm === 'cent' && unit === '') {
    unit = '%';
    j += 2;
  }
  return { value, unit, ordinal, length: j - i };
}
