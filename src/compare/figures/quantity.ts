import { MULTIPLIERS, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_WORDS, type FigureQualifier } from '../../lexicon/numbers';
import { CONVERSION_TOLERANCE, UNITS } from '../../lexicon/units';
import type { Token } from '../../text/tokens';
import { lookup } from './lookup';

/** A figure read from one or more tokens: "1,600", "$420", "seventy percent", "2.5 million". */
export interface Quantity {
  readonly value: number;
  /** `%`, a currency sign, a dimension of UNITS ('length'), or '' for a bare count. */
  readonly unit: string;
  readonly ordinal: boolean;
  /**
   * Place value of the last significant digit, in `value`'s unit: 0.1 for "$6.3 billion"
   * written with two significant digits is 100 million. A figure of one significant digit
   * ("7", "100", "2 million") is taken as exact: 1, since "100" is rarely 120 rounded.
   */
  readonly precision: number;
  /** Size of the unit it was written in, in its dimension's base unit (1 without a unit). */
  readonly scale: number;
  /** How many content tokens the figure spans. */
  readonly length: number;
  /**
   * A word that makes the figure a bound or an estimate ("more than 70", "about 70"), or
   * `range` for a span of figures ("10 to 20", "between 10 and 20"): see figure-range.ts.
   */
  readonly qualifier?: FigureQualifier | 'range';
  /** The upper end of a `range`, in the same unit as `value` (its lower end). */
  readonly upper?: number;
  /** Precision of `upper`, as `precision` is of `value`. */
  readonly upperPrecision?: number;
}

/**
 * "$2 billion" is a count of billions rounded to the nearest fifth: it covers $2.1 billion,
 * not $1.5 billion or $2.5 billion (`precision` a fifth of the multiplier, ± a tenth).
 */
const ROUNDED_SHARE = 5;

const DIGITS = /^([$€£¥₹]?)(\d+(?:,\d{3})*(?:\.\d+)?)(%|st|nd|rd|th)?(?:-?([\p{L}/]+))?$/u;
const PERCENT = new Set(PERCENT_WORDS);

function wordValue(norm: string): { value: number; ordinal: boolean } | null {
  if (!norm.includes('-') && lookup(NUMBER_WORDS, norm) === undefined && lookup(ORDINAL_WORDS, norm) === undefined) return null;
  const parts = norm.split('-');
  let value = 0;
  let ordinal = false;
  for (const part of parts) {
    const cardinal = lookup(NUMBER_WORDS, part);
    const ord = lookup(ORDINAL_WORDS, part);
    if (cardinal !== undefined && part !== 'a' && part !== 'an') value += cardinal;
    else if (ord !== undefined) {
      value += ord;
      ordinal = true;
    } else return null;
  }
  return { value, ordinal };
}

interface Head {
  value: number;
  unit: string;
  ordinal: boolean;
  precision: number;
  /** One significant digit, or a number word: exact, so a multiplier does not widen it ("2 billion"). */
  exact: boolean;
  /** A unit word joined by a hyphen ("1,600-mile"). */
  measure?: string;
}

/** How many significant digits a written figure has ("1,600": 2, "6.30": 3, "100": 1). */
function significantDigits(digits: string): number {
  const [whole = '', fraction] = digits.replace(/,/g, '').split('.');
  if (fraction !== undefined) return (whole.replace(/^0+/, '') + fraction).replace(/^0+/, '').length;
  return whole.replace(/^0+/, '').replace(/0+$/, '').length;
}

/** See Quantity.precision: one significant digit reads as exact. */
function digitPrecision(digits: string): number {
  if (significantDigits(digits) < 2) return 1;
  const [whole = '', fraction] = digits.replace(/,/g, '').split('.');
  if (fraction !== undefined) return 10 ** -fraction.length;
  return 10 ** (whole.length - whole.replace(/0+$/, '').length);
}

function tokenValue(t: Token): Head | null {
  if (t.kind === 'number') {
    const m = DIGITS.exec(t.norm);
    if (m === null) return null;
    const suffix = m[3] ?? '';
    const measure = m[4];
    if (measure !== undefined && lookup(UNITS, measure) === undefined) return null;
    const digits = m[2] as string;
    return {
      value: Number(digits.replace(/,/g, '')),
      unit: suffix === '%' ? '%' : (m[1] ?? ''),
      ordinal: suffix !== '' && suffix !== '%',
      precision: digitPrecision(digits),
      exact: significantDigits(digits) < 2,
      ...(measure === undefined ? {} : { measure }),
    };
  }
  if (t.kind !== 'word') return null;
  const w = wordValue(t.norm);
  return w === null ? null : { ...w, unit: '', precision: 1, exact: true };
}

/**
 * Whether two figures state one amount: the same value, or one rounded from the other (the
 * less precise one's last digit, "$6.3 billion" ~ "$6.32 billion"), or, across units, within
 * CONVERSION_TOLERANCE ("1,600 miles" ~ "2,575 km").
 */
export function sameAmount(x: Quantity, y: Quantity): boolean {
  if (x.unit !== y.unit || x.ordinal !== y.ordinal) return false;
  if (x.value === y.value) return true;
  const gap = Math.abs(x.value - y.value);
  if (x.scale !== y.scale) return gap <= CONVERSION_TOLERANCE * Math.max(Math.abs(x.value), Math.abs(y.value));
  if (x.precision === y.precision) return false;
  return gap <= Math.max(x.precision, y.precision) / 2 + 1e-9 * Math.abs(x.value);
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
    if ((first.norm === 'a' || first.norm === 'an') && next !== undefined && lookup(MULTIPLIERS, next.norm) !== undefined) {
      head = { value: 1, unit: '', ordinal: false, precision: 1, exact: true };
    } else return null;
  }
  let { value, unit, precision } = head;
  let ordinal = head.ordinal;
  // "seventy five", "one hundred twenty": further number words add up or scale.
  for (let t = tokens[j]; t !== undefined; t = tokens[++j]) {
    const mult = lookup(MULTIPLIERS, t.norm);
    if (mult !== undefined && head.measure === undefined && !(t.norm.length === 1 && t.start !== tokens[j - 1]?.end)) {
      value *= mult;
      precision = head.exact ? mult / ROUNDED_SHARE : precision * mult;
      continue;
    }
    // "a 1.5 billion-pound writedown": the multiplier joined to what it counts ends the figure.
    const joined = t.norm.includes('-') ? lookup(MULTIPLIERS, t.norm.slice(0, t.norm.indexOf('-'))) : undefined;
    if (joined !== undefined && head.measure === undefined && t.norm.length > 2) {
      value *= joined;
      precision = head.exact ? joined / ROUNDED_SHARE : precision * joined;
      j++;
      break;
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
  let scale = 1;
  const measure = head.measure ?? (unit === '' && !ordinal && p1 !== undefined && lookup(UNITS, p1.norm) !== undefined ? p1.norm : undefined);
  const size = measure === undefined ? undefined : lookup(UNITS, measure);
  if (size !== undefined && measure !== undefined) {
    [unit, scale] = size;
    value *= scale;
    precision *= scale;
    if (head.measure === undefined) j += 1;
  }
  return { value, unit, ordinal, precision, scale, length: j - i };
}
