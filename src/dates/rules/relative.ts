/**
 * Dates relative to the publication date: "yesterday", "Monday", "last Thursday", "next week",
 * "two days ago", "a year earlier", "earlier this month", "this summer", "year-ago".
 */
import { addDays, type Day, formatDay, formatYear, weekdayOf } from '../calendar.js';
import { type DateEnv, type DateRule, is, isHyphen, lowerAt, quantityAt, type Resolved, unitAt } from '../types.js';
import { shiftedValue, unitValue, unknownValue } from '../values.js';
import { PARTS_OF_DAY, SEASONS, WEEKDAYS } from '../../lexicon/time-words.js';
import { monthAt, spokenYear, WEEKDAY_NAMES, weekdayInName, yearAt, yearOf } from './calendar.js';

const date = (value: string, mod?: string): Resolved => ({ type: 'DATE', value, ...(mod ? { mod } : {}) });
const withPart = (value: string, part: string | null): Resolved =>
  part === null ? date(value) : { type: 'TIME', value: `${value}T${part}` };

/** A part of the day after token i-1: "morning", "night". */
function partAt(t: Parameters<DateRule>[0], i: number, end: number): string | null {
  return PARTS_OF_DAY.get(lowerAt(t, i, end) ?? '') ?? null;
}

/** "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "last night". */
export const deictic: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end);
  const offsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };
  if (w === 'last' && is(t, i + 1, end, 'night')) {
    return { len: 2, resolve: (env) => (env.dct ? { type: 'TIME', value: `${formatDay(addDays(env.dct, -1))}TNI` } : { type: 'TIME', value: 'XXXX-XX-XXTNI' }) };
  }
  if (w === undefined || !(w in offsets)) return null;
  // "the people of tomorrow", "the world of today": generic, not a day
  if (is(t, i - 1, end, 'of') && (w === 'tomorrow' || w === 'today')) return null;
  const offset = offsets[w]!;
  const part = w === 'tonight' ? 'NI' : partAt(t, i + 1, end);
  const len = part !== null && w !== 'tonight' ? 2 : 1;
  return {
    len,
    resolve: (env) => withPart(env.dct ? formatDay(addDays(env.dct, offset)) : 'XXXX-XX-XX', part),
  };
};

/** The day a weekday name refers to: the nearest one before the publication date (or on it), or after it in future tense. */
export function weekdayDay(dct: Day, weekday: number, direction: 'auto' | 'last' | 'next' | 'this', tense: DateEnv['tense']): Day {
  const today = weekdayOf(dct);
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  switch (direction) {
    case 'last':
      return addDays(dct, -(back === 0 ? 7 : back));
    case 'next':
      return addDays(dct, forward === 0 ? 7 : forward);
    case 'this':
      return addDays(dct, weekday - today);
    default:
      return tense === 'future' ? addDays(dct, forward) : addDays(dct, -back);
  }
}

/** "Monday", "last Thursday", "next Friday", "Wednesday night", "this coming Tuesday". */
export const weekday: DateRule = (t, i, end) => {
  let k = i;
  let direction: 'auto' | 'last' | 'next' | 'this' = 'auto';
  const w = lowerAt(t, k, end);
  if (w === 'last' || w === 'past' || w === 'previous') direction = 'last';
  else if (w === 'next' || w === 'coming') direction = 'next';
  else if (w === 'this') direction = is(t, k + 1, end, 'coming', 'past') ? (lowerAt(t, k + 1, end) === 'coming' ? 'next' : 'last') : 'this';
  if (direction !== 'auto') k += is(t, k + 1, end, 'coming', 'past') ? 2 : 1;
  const day = WEEKDAYS.get(lowerAt(t, k, end) ?? '') ?? PLURAL_WEEKDAYS.get(lowerAt(t, k, end) ?? '');
  if (day === undefined || !/^\p{Lu}/u.test(t[k]!.text) || weekdayInName(t, k, end)) return null;
  // "on Mondays", "Monday and Tuesday nights": a weekday that recurs
  const plural = PLURAL_WEEKDAYS.has(t[k]!.lower);
  const pluralPart = PARTS_OF_DAY.get((lowerAt(t, k + 1, end) ?? '').replace(/s$/, ''));
  if (plural || (pluralPart !== undefined && /s$/.test(lowerAt(t, k + 1, end) ?? ''))) {
    const code = pluralPart !== undefined ? `T${pluralPart}` : '';
    return { len: k + 1 - i + (pluralPart !== undefined ? 1 : 0), resolve: () => ({ type: 'SET', value: `XXXX-WXX-${day}${code}` }) };
  }
  if (!WEEKDAY_NAMES.has(t[k]!.lower) && !t[k]!.lower.endsWith('.')) return null;
  const part = partAt(t, k + 1, end);
  const len = k + 1 - i + (part !== null ? 1 : 0);
  return {
    len,
    resolve: (env) => {
      if (env.dct === null) return withPart(`XXXX-WXX-${day}`, part);
      return withPart(formatDay(weekdayDay(env.dct, day, direction, env.tense)), part);
    },
  };
};

const PLURAL_WEEKDAYS: ReadonlyMap<string, number> = new Map([...WEEKDAYS].filter(([w]) => !w.endsWith('.')).map(([w, d]) => [`${w}s`, d]));

const OFFSET_WORDS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, present: 0, next: 1, coming: 1 };

/** "last week", "this month", "next year", "the past year", "this summer", "last November", "the coming weekend". */
export const shiftedUnit: DateRule = (t, i, end) => {
  let k = i;
  const hasThe = is(t, k, end, 'the');
  if (hasThe) k++;
  const w = lowerAt(t, k, end);
  if (w === undefined || !(w in OFFSET_WORDS)) return null;
  if (hasThe && (w === 'this' || w === 'next')) return null;
  let offset = OFFSET_WORDS[w]!;
  k++;
  // "this past spring", "this coming year"
  if (w === 'this' && is(t, k, end, 'past', 'coming')) {
    offset = lowerAt(t, k, end) === 'past' ? -1 : 1;
    k++;
  }
  if (is(t, k, end, 'fiscal', 'calendar')) k++;
  const unit = unitAt(t, k, end);
  if (unit !== null && unit !== 'second' && unit !== 'minute' && unit !== 'hour') {
    if (t[k]!.lower.endsWith('s') && unit !== 'century') return null; // "the past three years" is a duration
    return {
      len: k + 1 - i,
      resolve: (env) => {
        if (env.dct === null) return date(unknownValue(unit));
        if (unit === 'day') return date(formatDay(addDays(env.dct, offset)));
        return date(unitValue(env.dct, unit, offset));
      },
    };
  }
  const season = SEASONS.get(lowerAt(t, k, end) ?? '');
  if (season !== undefined) {
    return {
      len: k + 1 - i,
      resolve: (env) => {
        if (env.dct === null) return date(`XXXX-${season}`);
        const m = env.dct.m;
        const currentSeason = m >= 3 && m <= 5 ? 'SP' : m >= 6 && m <= 8 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI';
        const order = ['WI', 'SP', 'SU', 'FA'];
        let y = env.dct.y;
        if (offset < 0 && order.indexOf(season) >= order.indexOf(currentSeason)) y--;
        if (offset > 0 && order.indexOf(season) <= order.indexOf(currentSeason)) y++;
        return date(`${formatYear(y)}-${season}`);
      },
    };
  }
  const m = monthAt(t, k, end);
  if (m !== null && offset !== 0) {
    return {
      len: k + 1 - i,
      resolve: (env) => {
        if (env.dct === null) return date(`XXXX-${String(m).padStart(2, '0')}`);
        let y = env.dct.y;
        if (offset < 0 && m >= env.dct.m) y--;
        if (offset > 0 && m <= env.dct.m) y++;
        return date(`${formatYear(y)}-${String(m).padStart(2, '0')}`);
      },
    };
  }
  if (m !== null && offset === 0) {
    return { len: k + 1 - i, resolve: (env) => date(env.dct ? `${formatYear(env.dct.y)}-${String(m).padStart(2, '0')}` : `XXXX-${String(m).padStart(2, '0')}`) };
  }
  return null;
};

/** "ago" and "earlier" make a date; "three days later" stays a duration, as TimeML marks it. */
const AGO_WORDS: Record<string, number> = { ago: -1, earlier: -1, before: -1, back: -1, hence: 1 };

/** "two days ago", "a year earlier", "six weeks later", "a year from now". */
export const ago: DateRule = (t, i, end) => {
  const q = quantityAt(t, i, end);
  if (q === null) return null;
  let k = i + q.len;
  if (isHyphen(t, k, end)) k++;
  const unit = unitAt(t, k, end);
  if (unit === null) return null;
  k++;
  if (is(t, k, end, 'or') && is(t, k + 1, end, 'so')) k += 2; // "a week or so ago"
  const w = lowerAt(t, k, end);
  let sign: number;
  if (w !== undefined && w in AGO_WORDS) {
    // "two years after the war" is anchored to the war, not to the publication date.
    if ((w === 'before' || w === 'after') && !is(t, k + 1, end, ',', '.', ';', 'that')) return null;
    sign = AGO_WORDS[w]!;
    k++;
  } else if (w === 'from' && is(t, k + 1, end, 'now', 'today')) {
    sign = 1;
    k += 2;
  } else return null;
  const n = q.n;
  return {
    len: k - i,
    resolve: (env) => {
      if (unit === 'hour' || unit === 'minute' || unit === 'second') {
        return env.dct ? date(formatDay(env.dct)) : date('XXXX-XX-XX');
      }
      return date(shiftedValue(env, n, unit, sign));
    },
  };
};

/** "year-earlier", "year-ago" as adjectives: the same period a year before. */
export const yearAgoAdjective: DateRule = (t, i, end) => {
  if (!is(t, i, end, 'year') || !isHyphen(t, i + 1, end) || !is(t, i + 2, end, 'earlier', 'ago')) return null;
  if (is(t, i + 3, end, 'quarter', 'period')) return null; // the quarter rule takes "year-ago quarter"
  return { len: 3, resolve: (env) => date(shiftedValue(env, 1, 'year', -1)) };
};

/** "Earlier Sunday", "later yesterday": earlier and later are part of a day expression. */
export const earlierDay: DateRule = (t, i, end) => {
  if (!is(t, i, end, 'earlier', 'later')) return null;
  const day = weekday(t, i + 1, end) ?? deictic(t, i + 1, end);
  return day ? { len: day.len + 1, resolve: day.resolve } : null;
};

/** "mid-afternoon yesterday", "late Tuesday night": a part of the day before its day. */
export const partThenDay: DateRule = (t, i, end) => {
  let k = i;
  if (is(t, k, end, 'mid', 'late', 'early')) k += isHyphen(t, k + 1, end) ? 2 : 1;
  const part = partAt(t, k, end);
  if (part === null) return null;
  const day = deictic(t, k + 1, end) ?? weekday(t, k + 1, end);
  if (!day) return null;
  return {
    len: k + 1 + day.len - i,
    resolve: (env) => {
      const d = day.resolve(env);
      return d ? { type: 'TIME', value: `${d.value.slice(0, 10)}T${part}` } : null;
    },
  };
};

/** "this morning", "this afternoon". */
export const thisPartOfDay: DateRule = (t, i, end) => {
  if (!is(t, i, end, 'this')) return null;
  const part = partAt(t, i + 1, end);
  if (part === null) return null;
  return { len: 2, resolve: (env) => ({ type: 'TIME', value: `${env.dct ? formatDay(env.dct) : 'XXXX-XX-XX'}T${part}` }) };
};

export { yearOf };

/** "the winter of 1994", "spring 1998", "the summer": a season of a year. */
export const season: DateRule = (t, i, end) => {
  let k = i;
  const hasThe = is(t, k, end, 'the');
  if (hasThe) k++;
  if (is(t, k, end, 'early', 'late')) k++;
  const code = SEASONS.get(lowerAt(t, k, end) ?? '');
  if (code === undefined) return null;
  const y = yearAt(t, k + 1, end) ?? (is(t, k + 1, end, 'of') ? yearAt(t, k + 2, end) : null);
  if (y !== null) return { len: k + (is(t, k + 1, end, 'of') ? 3 : 2) - i, resolve: () => date(`${formatYear(y)}-${code}`) };
  const spoken = is(t, k + 1, end, 'of') ? spokenYear(t, k + 2, end) : null;
  if (spoken) return { len: k + 2 + spoken.len - i, resolve: (env) => date(`${spoken.resolve(env)!.value}-${code}`) };
  if (!hasThe || code === 'FA' && lowerAt(t, k, end) === 'fall' && !is(t, k - 1, end, 'the', 'early', 'late')) return null;
  // "the summer": this year's, or last year's when it is still to come and the clause is past
  return {
    len: k + 1 - i,
    resolve: (env) => {
      if (env.dct === null) return date(`XXXX-${code}`);
      const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      const y = env.tense === 'past' && starts[code]! > env.dct.m + 1 ? env.dct.y - 1 : env.dct.y;
      return date(`${formatYear(y)}-${code}`);
    },
  };
};
