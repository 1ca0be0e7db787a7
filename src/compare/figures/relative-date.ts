import { WEEKDAYS } from '../../lexicon/dates';
import type { Token } from '../../text/tokens';
import type { CalendarDate } from './calendar-date';
import { lookup } from './lookup';

const DAY_MS = 86_400_000;
const OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const DIRECTIONS: Readonly<Record<string, -1 | 1>> = { last: -1, next: 1 };

function dateOf(ms: number, length: number): CalendarDate {
  const d = new Date(ms);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate(), year: d.getUTCFullYear(), length };
}

/**
 * Reads a date written relative to the day of the report — "yesterday", "today", "tomorrow",
 * "Friday", "last Friday", "next Friday" — as the calendar day it names, given that day
 * (`reference`, UTC). A bare weekday is the latest such day on or before the report's day (news
 * tells what happened); "next" looks forward, "last" strictly back. Null for anything else.
 */
export function readRelativeDate(tokens: readonly Token[], i: number, reference: number): CalendarDate | null {
  const t0 = tokens[i];
  if (t0 === undefined || t0.kind !== 'word') return null;
  const offset = lookup(OFFSETS, t0.norm);
  if (offset !== undefined) return dateOf(reference + offset * DAY_MS, 1);
  const direction = lookup(DIRECTIONS, t0.norm);
  const dayWord = direction === undefined ? t0 : tokens[i + 1];
  const weekday = dayWord === undefined ? undefined : lookup(WEEKDAYS, dayWord.norm.replace(/\.$/, ''));
  if (weekday === undefined) return null;
  const today = new Date(reference).getUTCDay();
  let delta = (weekday - today + 7) % 7;
  if (direction === 1) delta = delta === 0 ? 7 : delta;
  else if (direction === -1) delta = delta === 0 ? -7 : delta - 7;
  else delta = delta === 0 ? 0 : delta - 7;
  return dateOf(reference + delta * DAY_MS, direction === undefined ? 1 : 2);
}
