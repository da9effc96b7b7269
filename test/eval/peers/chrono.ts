import * as chrono from 'chrono-node';
import type { Timex } from '../score/timex.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * chrono-node's parse(), anchored at the document date, converted to TIMEX3 by what chrono
 * marks certain: hour -> date-time, day or weekday -> date, month -> YYYY-MM, year -> YYYY.
 */
export function chronoDates(text: string, dct: string): Timex[] {
  const ref = new Date(`${dct.slice(0, 10)}T12:00:00Z`);
  return chrono.parse(text, { instant: ref, timezone: 0 }).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0;
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    let value: string;
    let type = 'DATE';
    if (c.isCertain('hour')) {
      value = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'TIME';
    } else if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) {
      value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    } else if (c.isCertain('month')) {
      value = `${pad(y, 4)}-${pad(m)}`;
    } else {
      value = pad(y, 4);
    }
    if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && c.isCertain('year')) value = pad(y, 4);
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}
