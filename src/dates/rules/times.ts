/** Clock times: "10 p.m. Wednesday", "around 7:15 p.m.", "5 p.m. EST Nov. 9", "noon Thursday", "midnight". */
import { formatDay } from '../calendar.js';
import { type DateRule, is, lowerAt, type Resolved } from '../types.js';
import { ZONES } from '../../lexicon/time-words.js';
import { dayMonth, monthDay } from './calendar.js';
import { deictic, weekday } from './relative.js';

const CLOCK = /^(\d{1,2})(?::(\d{2}))?$/;
const CLOCK_WITH_MERIDIEM = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)$/;
const MERIDIEM = /^(a\.?m\.?|p\.?m\.?)$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "3 p.m.", "10:35 a.m. EDT", "noon", "midnight", each with an optional day after it. */
export const clockTime: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end);
  if (w === undefined) return null;
  let hour: number;
  let minute = 0;
  let k: number;
  let m: RegExpExecArray | null;
  if (w === 'noon' || w === 'midday' || w === 'midnight') {
    hour = w === 'midnight' ? 24 : 12;
    k = i + 1;
  } else if ((m = CLOCK_WITH_MERIDIEM.exec(w))) {
    hour = Number(m[1]) % 12 + (m[3]!.startsWith('p') ? 12 : 0);
    minute = Number(m[2] ?? 0);
    k = i + 1;
  } else if ((m = CLOCK.exec(w)) && MERIDIEM.test(lowerAt(t, i + 1, end) ?? '')) {
    hour = Number(m[1]) % 12 + (lowerAt(t, i + 1, end)!.startsWith('p') ? 12 : 0);
    minute = Number(m[2] ?? 0);
    k = i + 2;
  } else if ((m = CLOCK.exec(w)) && is(t, i + 1, end, "o'clock")) {
    hour = Number(m[1]);
    k = i + 2;
  } else if ((m = /^(\d{1,2}):(\d{2})$/.exec(w)) && ZONES.has(lowerAt(t, i + 1, end) ?? '')) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    k = i + 1;
  } else return null;
  if (hour > 24 || minute > 59) return null;
  if (ZONES.has(lowerAt(t, k, end) ?? '')) k++;
  if (is(t, k, end, ',') && (weekday(t, k + 1, end) || monthDay(t, k + 1, end))) k++;
  const day = weekday(t, k, end) ?? monthDay(t, k, end) ?? dayMonth(t, k, end) ?? deictic(t, k, end) ?? (is(t, k, end, 'on') ? (weekday(t, k + 1, end) ?? monthDay(t, k + 1, end)) : null);
  const dayStart = day && is(t, k, end, 'on') ? k + 1 : k;
  const len = day ? dayStart + day.len - i : k - i;
  const clock = hour === 24 ? '24:00' : `${pad(hour)}:${pad(minute)}`;
  return {
    len,
    resolve: (env): Resolved => {
      const d = day?.resolve(env);
      const dayValue = d ? d.value.slice(0, 10) : env.dct ? formatDay(env.dct) : 'XXXX-XX-XX';
      return { type: 'TIME', value: `${dayValue}T${clock}` };
    },
  };
};
