import { AMBIGUOUS_SEASONS, MONTHS, SEASON_CONTEXT, SEASONS } from '../../lexicon/dates';
import type { Token } from '../../text/tokens';
import { lookup } from './lookup';

/** A date read from tokens; parts that were not written stay undefined. */
export interface CalendarDate {
  /** 1–12; absent for a season. */
  readonly month?: number;
  /** A season ("autumn", with "fall" folded into it) instead of a month. */
  readonly season?: string;
  readonly day?: number;
  readonly year?: number;
  readonly length: number;
}

function monthOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  const key = t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm;
  return lookup(MONTHS, key);
}

function seasonOf(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  const season = t === undefined || t.kind !== 'word' ? undefined : lookup(SEASONS, t.norm);
  if (season === undefined || (AMBIGUOUS_SEASONS.includes(t?.norm ?? '') && !SEASON_CONTEXT.includes(tokens[i - 1]?.norm ?? ''))) return undefined;
  return season;
}

function dayOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'number') return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.norm);
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

function yearOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'number' || !/^\d{4}$/.test(t.norm)) return undefined;
  return Number(t.norm);
}

/**
 * Reads a date starting at `tokens[i]` (content tokens): "Nov. 7", "November 7th, 2024",
 * "7 November", "November 2024", a season ("the autumn", "winter 2025"). A month name alone is
 * not a date ("may" is usually a modal).
 */
export function readDate(tokens: readonly Token[], i: number): CalendarDate | null {
  const t0 = tokens[i];
  const season = seasonOf(tokens, i);
  if (season !== undefined) {
    const of = tokens[i + 1]?.norm === 'of' ? 1 : 0;
    const year = yearOf(tokens[i + 1 + of]);
    return year !== undefined ? { season, year, length: 2 + of } : { season, length: 1 };
  }
  const month = monthOf(t0);
  if (month !== undefined) {
    const day = dayOf(tokens[i + 1]);
    if (day !== undefined) {
      const comma = tokens[i + 2]?.norm === ',' ? 1 : 0;
      const year = yearOf(tokens[i + 2 + comma]);
      return year !== undefined ? { month, day, year, length: 3 + comma } : { month, day, length: 2 };
    }
    const year = yearOf(tokens[i + 1]);
    return year !== undefined ? { month, year, length: 2 } : null;
  }
  const day = dayOf(t0);
  const of = tokens[i + 1]?.norm === 'of' ? 1 : 0;
  const month2 = day !== undefined ? monthOf(tokens[i + 1 + of]) : undefined;
  if (day === undefined || month2 === undefined) return null;
  const year = yearOf(tokens[i + 2 + of]);
  return year !== undefined ? { month: month2, day, year, length: 3 + of } : { month: month2, day, length: 2 + of };
}
