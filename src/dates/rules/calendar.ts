/**
 * Calendar dates written out: "Oct. 15, 1999", "15 October", "July 1997", "January", "1979",
 * "the 1990s", "mid-1996", "the 20th century", "10/26/89", "Christmas".
 */
import { MEDIA_HEAD_WORDS } from '../../lexicon/media.js';
import { addDays, type Day, daysBetween, easter, formatDay, formatMonth, formatYear, nthWeekday } from '../calendar.js';
import { type DateEnv, type DateRule, type DateToken, is, isHyphen, lowerAt, type Resolved } from '../types.js';
import { HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS } from '../../lexicon/time-words.js';

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_PREPOSITIONS = new Set(['-', 'post', 'pre', 'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'to', 'through', 'throughout', 'between', 'and', 'or', 'early', 'late', 'mid', 'fiscal', 'year', 'circa', 'around', 'for', 'at', 'the', 'as', 'from', 'than', 'spring', 'summer', 'fall', 'autumn', 'winter']);
/** Month names that are also ordinary words, accepted only where a date is expected. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr']);
const MONTH_CONTEXT = new Set(['in', 'last', 'this', 'next', 'early', 'late', 'mid', 'since', 'until', 'till', 'by', 'of', 'during', 'through', 'from', 'to', 'before', 'after', 'between', 'and', 'or', 'each', 'every', 'the', '-']);

export const yearAt = (t: readonly DateToken[], i: number, end: number): number | null => {
  const w = lowerAt(t, i, end);
  return w !== undefined && YEAR.test(w) ? Number(w) : null;
};

export const monthAt = (t: readonly DateToken[], i: number, end: number): number | null => {
  if (i < 0 || i >= end) return null;
  const tok = t[i]!;
  const m = MONTHS.get(tok.lower);
  if (m === undefined) return null;
  if (!/^\p{Lu}/u.test(tok.text)) return null; // "may", "march" in lower case are never months
  // A month abbreviation written without its period ("Jan") needs the period or a day after it.
  if (!tok.lower.endsWith('.') && tok.lower.length <= 4 && !['june', 'july', 'may'].includes(tok.lower) && !DAY_NUMBER.test(lowerAt(t, i + 1, end) ?? '')) return null;
  return m;
};

const dayAt = (t: readonly DateToken[], i: number, end: number): number | null => {
  const w = lowerAt(t, i, end);
  const m = w === undefined ? null : DAY_NUMBER.exec(w);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
};

/**
 * The year of a month (and day) written without one: the occurrence nearest the publication
 * date, unless the tense says it must lie before it (past) or after it (future).
 */
export function yearOf(env: DateEnv, m: number, d: number | null): number | null {
  if (env.dct === null) return null;
  let best = env.dct.y;
  let bestDistance = Infinity;
  for (const y of [env.dct.y - 1, env.dct.y, env.dct.y + 1]) {
    const ahead = daysBetween(env.dct, { y, m, d: d ?? 15 });
    const slack = d === null ? 20 : 2;
    if (env.tense === 'future' && ahead < -slack) continue;
    // A bare month follows the tense of its clause; a month and day only that of the verb right before it ("ended March 31").
    if (env.tense === 'past' && ahead > slack && (d === null || env.tenseDistance <= 1)) continue;
    // News mostly reports what has happened: with no tense to go by, a date ahead counts as a
    // little further away than one behind.
    const distance = ahead > 0 && env.tense === 'present' ? ahead * 1.25 : Math.abs(ahead);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = y;
    }
  }
  return best;
}

const dayValue = (y: number | null, m: number, d: number): string => (y === null ? `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : formatDay({ y, m, d }));
const monthValue = (y: number | null, m: number): string => (y === null ? `XXXX-${String(m).padStart(2, '0')}` : formatMonth(y, m));

const date = (value: string): Resolved => ({ type: 'DATE', value });

/** "Oct. 15, 1999", "August 7", "Tuesday, Aug. 18", "March 16 of this year". */
export const monthDay: DateRule = (t, i, end) => {
  let k = i;
  if (WEEKDAY_NAMES.has(lowerAt(t, k, end) ?? '')) {
    k++;
    if (is(t, k, end, ',')) k++;
  }
  const m = monthAt(t, k, end);
  const d = m === null ? null : dayAt(t, k + 1, end);
  if (m === null || d === null) return null;
  let len = k + 2 - i;
  let year: number | null = null;
  const commaYear = is(t, i + len, end, ',') ? yearAt(t, i + len + 1, end) : null;
  if (commaYear !== null) {
    year = commaYear;
    len += 2;
  } else if (yearAt(t, i + len, end) !== null) {
    year = yearAt(t, i + len, end);
    len += 1;
  }
  let relativeYear = 0;
  if (year === null && is(t, i + len, end, 'of') && is(t, i + len + 1, end, 'this', 'last', 'next') && is(t, i + len + 2, end, 'year')) {
    relativeYear = { this: 0, last: -1, next: 1 }[lowerAt(t, i + len + 1, end) as 'this'];
    len += 3;
    return { len, resolve: (env) => date(dayValue(env.dct === null ? null : env.dct.y + relativeYear, m, d)) };
  }
  const fixed = year;
  return { len, resolve: (env) => date(dayValue(fixed ?? yearOf(env, m, d), m, d)) };
};

/** "April 24 and 25", "Oct. 3 to 5": a day number continuing a month and day just before it. */
export const continuedDay: DateRule = (t, i, end) => {
  const d = dayAt(t, i, end);
  if (d === null || !is(t, i - 1, end, 'and', 'or', 'to', 'through', '-', '–')) return null;
  const m = monthAt(t, i - 3, end);
  if (m === null || dayAt(t, i - 2, end) === null) return null;
  if (i + 1 < end && /^(?:percent|%|cents?|points?)$/.test(t[i + 1]!.lower)) return null;
  return { len: 1, resolve: (env) => date(dayValue(yearOf(env, m, d), m, d)) };
};

/** "15 October 1999", "10 November". */
export const dayMonth: DateRule = (t, i, end) => {
  const d = dayAt(t, i, end);
  const m = d === null ? null : monthAt(t, i + 1, end);
  if (d === null || m === null) return null;
  const year = yearAt(t, i + 2, end);
  return { len: year === null ? 2 : 3, resolve: (env) => date(dayValue(year ?? yearOf(env, m, d), m, d)) };
};

/** "July 1997", "March of 2020", "January" (where a date is expected). */
export const monthYear: DateRule = (t, i, end) => {
  const m = monthAt(t, i, end);
  if (m === null) return null;
  const year = yearAt(t, i + 1, end) ?? (is(t, i + 1, end, 'of') ? yearAt(t, i + 2, end) : null);
  if (year !== null) return { len: is(t, i + 1, end, 'of') ? 3 : 2, resolve: () => date(formatMonth(year, m)) };
  // "June last year", "January this year"
  if (is(t, i + 1, end, 'last', 'this', 'next') && is(t, i + 2, end, 'year')) {
    const offset = { last: -1, this: 0, next: 1 }[lowerAt(t, i + 1, end) as 'last'];
    return { len: 3, resolve: (env) => date(env.dct ? formatMonth(env.dct.y + offset, m) : monthValue(null, m)) };
  }
  const spoken = spokenYear(t, i + 1, end);
  if (spoken) return { len: 1 + spoken.len, resolve: (env) => date(`${spoken.resolve(env)!.value}-${String(m).padStart(2, '0')}`) };
  const tok = t[i]!;
  if (AMBIGUOUS_MONTHS.has(tok.lower.replace(/\.$/, '')) && !MONTH_CONTEXT.has(lowerAt(t, i - 1, end) ?? '')) return null;
  if (is(t, i + 1, end, "'s") || (i + 1 < end && /^\p{Lu}/u.test(t[i + 1]!.text) && t[i + 1]!.pos === 'PROPN' && MONTHS.get(t[i + 1]!.lower) === undefined)) return null;
  return { len: 1, resolve: (env) => date(monthValue(yearOf(env, m, null), m)) };
};

/** A year: "1979", "in 2020", "fiscal 1989", "the year 2000". Numbers that count things are not years. */
export const year: DateRule = (t, i, end) => {
  const y = yearAt(t, i, end);
  if (y === null) return null;
  const before = lowerAt(t, i - 1, end) ?? '';
  const after = i + 1 < end ? t[i + 1]! : undefined;
  if (before === '$' || before === '#' || before === 'no.' || before === 'page' || before === 'flight' || before === 'route' || before === 'room') return null;
  if (after && (after.text === '%' || /^(?:percent|per|cents?|dollars?|yen|euros?|pounds?)$/.test(after.lower))) return null;
  const countsThings = after !== undefined && after.pos === 'NOUN' && /s$/.test(after.lower) && !/^(?:'s|levels|elections|olympics|games)$/.test(after.lower);
  if (countsThings && !YEAR_PREPOSITIONS.has(before)) return null;
  if (after && after.text === ',' && /^\d{3}$/.test(lowerAt(t, i + 2, end) ?? '')) return null; // 1,990
  return { len: 1, resolve: () => date(formatYear(y)) };
};

/** "fiscal 1989" as one expression. */
export const fiscalYear: DateRule = (t, i, end) => {
  if (!is(t, i, end, 'fiscal')) return null;
  const y = yearAt(t, i + 1, end);
  return y === null ? null : { len: 2, resolve: () => date(formatYear(y)) };
};

/** "the 1990s", "the '90s", "the late 1970s", "the nineties". */
export const decade: DateRule = (t, i, end) => {
  let k = i;
  if (is(t, k, end, 'the')) k++;
  let mod: string | undefined;
  const m = lowerAt(t, k, end);
  if (m === 'early' || m === 'late' || m === 'mid') {
    mod = m === 'early' ? 'START' : m === 'late' ? 'END' : 'MID';
    k++;
    if (isHyphen(t, k, end)) k++;
  }
  const w = lowerAt(t, k, end);
  if (w === undefined) return null;
  let value: string | null = null;
  let match = /^(1[0-9]|20)([0-9])0'?s$/.exec(w);
  if (match) value = `${match[1]}${match[2]}`;
  else if ((match = /^'?([0-9])0'?s$/.exec(w)) && (w.startsWith("'") || is(t, k - 1, end, 'the', 'early', 'late', 'mid'))) value = `19${match[1]}`;
  else if (w === "'" && /^[0-9]0s$/.test(lowerAt(t, k + 1, end) ?? '')) {
    value = `19${lowerAt(t, k + 1, end)![0]}`;
    k++;
  } else {
    const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(w);
    if (tens >= 0 && is(t, k - 1, end, 'the', 'early', 'late', 'mid')) value = `19${tens + 2}`;
  }
  if (value === null) return null;
  const v = value;
  return { len: k + 1 - i, resolve: () => ({ type: 'DATE', value: v, ...(mod ? { mod } : {}) }) };
};

/** "the 20th century", "the twentieth century", "11th century". */
export const century: DateRule = (t, i, end) => {
  let k = i;
  if (is(t, k, end, 'the')) k++;
  const w = lowerAt(t, k, end) ?? '';
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  const words: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, tenth: 10, eleventh: 11, twelfth: 12, fifteenth: 15, sixteenth: 16, seventeenth: 17 };
  const n = digits ? Number(digits[1]) : words[w];
  if (n === undefined || !is(t, k + 1, end, 'century')) return null;
  return { len: k + 2 - i, resolve: () => date(String(n - 1).padStart(2, '0')) };
};

/** "10/26/89", "1998-08-18", "2024-11-14". */
export const numericDate: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end) ?? '';
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(w);
  if (m) {
    const y = m[3]!.length === 2 ? 1900 + Number(m[3]) + (Number(m[3]) < 30 ? 100 : 0) : Number(m[3]);
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { len: 1, resolve: () => date(formatDay({ y, m: mo, d })) };
  }
  // 2024-11-14 arrives as three tokens: 2024 - 11 - 14
  if (YEAR.test(w) && isHyphen(t, i + 1, end) && /^\d{2}$/.test(lowerAt(t, i + 2, end) ?? '') && isHyphen(t, i + 3, end) && /^\d{2}$/.test(lowerAt(t, i + 4, end) ?? '')) {
    const mo = Number(lowerAt(t, i + 2, end));
    const d = Number(lowerAt(t, i + 4, end));
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || t[i + 1]!.spaceBefore || t[i + 2]!.spaceBefore) return null;
    return { len: 5, resolve: () => date(formatDay({ y: Number(w), m: mo, d })) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (m) return { len: 1, resolve: () => date(`${m![1]}-${m![2]}-${m![3]}`) };
  return null;
};

/** "mid-1996", "early 1990", "late 2009". */
export const modifiedYear: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end);
  if (w !== 'mid' && w !== 'early' && w !== 'late') return null;
  const k = isHyphen(t, i + 1, end) ? i + 2 : i + 1;
  const y = yearAt(t, k, end);
  if (y === null) return null;
  const mod = w === 'mid' ? 'MID' : w === 'early' ? 'START' : 'END';
  return { len: k + 1 - i, resolve: () => ({ type: 'DATE', value: formatYear(y), mod }) };
};

/** Spoken years: "nineteen ninety-six", "the year two thousand". */
export const spokenYear: DateRule = (t, i, end) => {
  let k = i;
  if (is(t, k, end, 'the') && is(t, k + 1, end, 'year')) k += 2;
  if (is(t, k, end, 'two') && is(t, k + 1, end, 'thousand')) {
    return k > i ? { len: k + 2 - i, resolve: () => date('2000') } : null;
  }
  const century = NUMBER_WORDS.get(lowerAt(t, k, end) ?? '');
  if (century !== 19 && century !== 18) return null;
  let j = k + 1;
  const tens = NUMBER_WORDS.get(lowerAt(t, j, end) ?? '');
  if (tens === undefined || tens < 10 || tens > 90 || lowerAt(t, j, end) === 'a') return null;
  let n = tens;
  j++;
  if (tens >= 20 && tens % 10 === 0) {
    const jj = isHyphen(t, j, end) ? j + 1 : j;
    const unit = NUMBER_WORDS.get(lowerAt(t, jj, end) ?? '');
    if (unit !== undefined && unit >= 1 && unit <= 9 && lowerAt(t, jj, end) !== 'a') {
      n += unit;
      j = jj + 1;
    }
  }
  const y = century * 100 + n;
  return { len: j - i, resolve: () => date(formatYear(y)) };
};

/** "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter". */
const CAPITAL = /^\p{Lu}/u;

export const holiday: DateRule = (t, i, end) => {
  // Holidays are names: nothing to look up unless the first word is capitalized.
  if (i >= end || !CAPITAL.test(t[i]!.text)) return null;
  for (const len of [3, 2, 1]) {
    if (i + len > end) continue;
    const words: string[] = [];
    for (let k = i; k < i + len; k++) words.push(t[k]!.lower);
    const phrase = words.join(' ').replace(/ 's/g, "'s").replace(/ ’s/g, "'s");
    const code = HOLIDAYS.get(phrase);
    if (code === undefined) continue;
    let y: number | null = null;
    let l = len;
    const yy = yearAt(t, i + len, end);
    if (yy !== null) {
      y = yy;
      l++;
    }
    const fixed = y;
    return {
      len: l,
      resolve: (env) => {
        if (fixed === null && env.dct === null) return date(code.includes('-') ? `XXXX-${code}` : 'XXXX-XX-XX');
        const dayIn = (y: number): Day => {
          if (code.includes('-')) return { y, m: Number(code.slice(0, 2)), d: Number(code.slice(3)) };
          if (code === 'ELECTION') return addDays(nthWeekday(y, 11, 1, 1), 1); // the Tuesday after the first Monday of November
          return code === 'EASTER' ? easter(y) : code === 'THANKSGIVING' ? nthWeekday(y, 11, 4, 4) : code === 'LABOR' ? nthWeekday(y, 9, 1, 1) : nthWeekday(y, 5, 1, -1);
        };
        if (fixed !== null) return date(formatDay(dayIn(fixed)));
        // The occurrence nearest the publication date, before it in a past clause, after it in a future one.
        const dct = env.dct!;
        let best = dayIn(dct.y);
        let bestDistance = Infinity;
        for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
          const day = dayIn(y);
          const ahead = daysBetween(dct, day);
          if ((env.tense === 'past' && ahead > 2) || (env.tense === 'future' && ahead < 0)) continue;
          if (Math.abs(ahead) < bestDistance) {
            bestDistance = Math.abs(ahead);
            best = day;
          }
        }
        return date(formatDay(best));
      },
    };
  }
  return null;
};

export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "Sunday Times", "Tuesday Morning Corp.": a weekday that names a paper or a company. */
export function weekdayInName(t: readonly DateToken[], i: number, end: number): boolean {
  const next = i + 1 < end ? t[i + 1]! : undefined;
  return next !== undefined && /^\p{Lu}/u.test(next.text) && MEDIA_HEAD_WORDS.has(next.text);
}

export { ORDINALS };
