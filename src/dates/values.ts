/**
 * Building TIMEX3 values: durations from quantities and units, relative dates from the
 * publication date, with X placeholders where the anchor is missing.
 */
import { addDays, addMonths, type Day, formatDay, formatMonth, formatWeek, formatYear, isoWeek, quarterOf, weekdayOf } from './calendar.js';
import type { DateEnv } from './types.js';
import type { Unit } from '../lexicon/time-words.js';

/** "P3Y", "PT1H", "P444D", "PXD" for a quantity of units. */
export function durationValue(n: number | 'X', unit: Unit): string {
  const q = n === 'X' ? 'X' : String(n);
  const whole = (k: number, code: string, time = false): string => {
    if (n === 'X') return `P${time ? 'T' : ''}X${code}`;
    const v = n * k;
    return Number.isInteger(v) ? `P${time ? 'T' : ''}${v}${code}` : `P${time ? 'T' : ''}${q}${code}`;
  };
  switch (unit) {
    case 'second':
      return whole(1, 'S', true);
    case 'minute':
      return whole(1, 'M', true);
    case 'hour':
      if (n !== 'X' && !Number.isInteger(n)) {
        const minutes = Math.round(n * 60);
        return minutes >= 60 ? `PT${Math.floor(minutes / 60)}H${minutes % 60}M` : `PT${minutes}M`;
      }
      return whole(1, 'H', true);
    case 'day':
      return whole(1, 'D');
    case 'week':
      return whole(1, 'W');
    case 'weekend':
      return n === 'X' ? 'PXWE' : `P${n}WE`;
    case 'fortnight':
      return n === 'X' ? 'PXW' : `P${n * 2}W`;
    case 'month':
      if (n !== 'X' && !Number.isInteger(n)) return `P${Math.round(n * 30)}D`;
      return whole(1, 'M');
    case 'quarter':
      return n === 'X' ? 'PXM' : `P${n * 3}M`;
    case 'year':
      if (n !== 'X' && !Number.isInteger(n)) {
        const months = Math.round(n * 12);
        return months % 12 === 0 ? `P${months / 12}Y` : months > 12 ? `P${Math.floor(months / 12)}Y${months % 12}M` : `P${months}M`;
      }
      return whole(1, 'Y');
    case 'decade':
      return n === 'X' ? 'PXDE' : `P${n * 10}Y`;
    case 'century':
      return n === 'X' ? 'PXCE' : `P${n * 100}Y`;
  }
}

/** The value of the calendar unit containing `day`, shifted by `offset` units ("last week" = -1). */
export function unitValue(day: Day, unit: Unit, offset: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(day, offset));
    case 'week':
    case 'fortnight':
      return formatWeek(addDays(day, offset * 7));
    case 'weekend': {
      const saturday = addDays(day, 6 - weekdayOf(day) + offset * 7);
      return `${formatWeek(saturday)}-WE`;
    }
    case 'month': {
      const { y, m } = addMonths(day.y, day.m, offset);
      return formatMonth(y, m);
    }
    case 'quarter': {
      const index = day.y * 4 + quarterOf(day.m) - 1 + offset;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return formatYear(day.y + offset);
    case 'decade':
      return String(Math.floor(day.y / 10) + offset);
    case 'century':
      return String(Math.floor(day.y / 100) + offset);
    default:
      return formatDay(day);
  }
}

/** Placeholder of the same shape when there is no anchor. */
export function unknownValue(unit: Unit): string {
  switch (unit) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
    case 'fortnight':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX';
  }
}

/** The date `n` units before (-) or after (+) the anchor, at the unit's own granularity. */
export function shiftedValue(env: DateEnv, n: number | 'X', unit: Unit, sign: number): string {
  if (env.dct === null) return unknownValue(unit);
  if (n === 'X') {
    const y = formatYear(env.dct.y);
    if (unit === 'year' || unit === 'decade' || unit === 'century') return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    if (unit === 'month') return `${y}-XX`;
    if (unit === 'week') return `${y}-WXX`;
    return `${y}-XX-XX`;
  }
  const k = Math.round(n) * sign;
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return formatDay(addDays(env.dct, unit === 'day' ? k : 0));
    case 'week':
      return formatWeek(addDays(env.dct, 7 * k)); // "six weeks ago": a week, not a day
    case 'fortnight':
      return formatDay(addDays(env.dct, 14 * k));
    case 'weekend':
      return unitValue(env.dct, 'weekend', k);
    case 'month': {
      const { y, m } = addMonths(env.dct.y, env.dct.m, k);
      return formatMonth(y, m);
    }
    case 'quarter':
      return unitValue(env.dct, 'quarter', k);
    case 'year':
      // "a year ago" in a report about a quarter means that quarter a year before.
      if (env.quarter && Math.abs(k) === 1) return `${formatYear(env.quarter.y + k)}-Q${env.quarter.q}`;
      return formatYear(env.dct.y + k);
    case 'decade':
      return formatYear(env.dct.y + 10 * k);
    case 'century':
      return formatYear(env.dct.y + 100 * k);
  }
}

/** ISO week value of a day. */
export const weekValue = (day: Day): string => {
  const { y, w } = isoWeek(day);
  return `${formatYear(y)}-W${String(w).padStart(2, '0')}`;
};
