/** Calendar arithmetic on plain dates, free of time zones and of the system clock. */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

const toEpochDays = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;
const fromEpochDays = (n: number): Day => {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

export const addDays = (day: Day, n: number): Day => fromEpochDays(toEpochDays(day) + n);
export const daysBetween = (a: Day, b: Day): number => toEpochDays(b) - toEpochDays(a);
export const compareDays = (a: Day, b: Day): number => toEpochDays(a) - toEpochDays(b);

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export const weekdayOf = (day: Day): number => ((new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7) + 1;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const formatWeek = (day: Day): string => {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
};

/** Monday of an ISO week. */
export function weekStart(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, (w - 1) * 7 - (weekdayOf(jan4) - 1));
}

/** The n-th given weekday of a month (n = -1 for the last). */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

const SEASON_RANGES: Record<string, [string, string, number]> = {
  SP: ['03-20', '06-20', 0],
  SU: ['06-21', '09-22', 0],
  FA: ['09-23', '12-20', 0],
  WI: ['12-21', '03-19', 1],
};

/**
 * The calendar range a TIMEX3 date value covers, both ends inclusive, or null when the value
 * has unknown parts or is not a calendar date.
 */
export function rangeOf(value: string): { start: string; end: string } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value))) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return m[4] ? { start: `${day}T${m[4]}`, end: `${day}T${m[4]}` } : { start: day, end: day };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = weekStart(Number(m[1]), Number(m[2]));
    return m[3] ? { start: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 6)) } : { start: formatDay(monday), end: formatDay(addDays(monday, 6)) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}` };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = Number(m[2]);
    const last = q * 3;
    return { start: `${m[1]}-${pad(last - 2)}-01`, end: `${m[1]}-${pad(last)}-${pad(daysInMonth(Number(m[1]), last))}` };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to, carry] = SEASON_RANGES[m[2]!]!;
    return { start: `${m[1]}-${from}`, end: `${pad(Number(m[1]) + carry, 4)}-${to}` };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{3})$/.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})$/.exec(value))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return null;
}

/** The calendar date of `publishedAt` in `timezone` (IANA name or UTC offset), or null. */
export function anchorDay(publishedAt: string | null, timezone: string | null): Day | null {
  if (publishedAt === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?/.exec(publishedAt);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (m[4] === undefined || timezone === null) return day;
  // A date-time: shift it into the requested zone before taking the calendar date.
  const offset = m[7] === undefined || m[7] === 'Z' ? 0 : offsetMinutes(m[7]);
  const utc = Date.UTC(day.y, day.m - 1, day.d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
  const local = zoneShift(utc, timezone);
  const date = new Date(local);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function offsetMinutes(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/[^0-9]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

/** A UTC instant as wall-clock milliseconds in `timezone`. */
function zoneShift(utc: number, timezone: string): number {
  if (/^(?:UTC|GMT|Z)$/.test(timezone)) return utc;
  if (/^[+-]\d{2}/.test(timezone)) return utc + offsetMinutes(timezone) * 60_000;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}
