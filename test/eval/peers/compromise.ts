import datesPlugin from 'compromise-dates';
import { compromise, parseWithCompromise, viewSpans } from '../../../src/adapters/compromise.js';
import type { Timex } from '../score/timex.js';

/** compromise's quotations: spans of the quoted words. */
export function compromiseQuotes(text: string): { start: number; end: number }[] {
  return viewSpans(parseWithCompromise(text).quotations());
}

/** compromise's people(), organizations() and places() as CoNLL types. */
export function compromiseEntities(text: string): { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }[] {
  const doc = parseWithCompromise(text);
  return [
    ...viewSpans(doc.people()).map((s) => ({ ...s, type: 'PER' as const })),
    ...viewSpans(doc.organizations()).map((s) => ({ ...s, type: 'ORG' as const })),
    ...viewSpans(doc.places()).map((s) => ({ ...s, type: 'LOC' as const })),
  ];
}

let datesReady = false;
interface DateJson {
  terms: { offset: { start: number; length: number } }[];
  dates?: { start?: string; end?: string; unit?: string };
  duration?: Record<string, number>;
}

/**
 * compromise-dates' dates() and durations(), converted to TIMEX3 values by unit: day ->
 * YYYY-MM-DD, month -> YYYY-MM, year -> YYYY, week -> YYYY-Www, time -> YYYY-MM-DDTHH:MM.
 */
export function compromiseDates(text: string, dct: string): Timex[] {
  const nlp = compromise();
  if (!datesReady) {
    nlp.plugin(datesPlugin); // a global change, acceptable in the evaluation process only
    datesReady = true;
  }
  const doc = nlp(text) as unknown as {
    dates(o: object): { json(o: object): DateJson[] };
    durations(): { json(o: object): DateJson[] };
  };
  const out: Timex[] = [];
  for (const d of doc.dates({ today: dct, timezone: 'UTC' }).json({ offset: true, terms: true })) {
    const span = termsSpan(d);
    if (!span || !d.dates?.start) continue;
    out.push({ ...span, type: d.dates.unit === 'time' ? 'TIME' : 'DATE', value: valueFromUnit(d.dates.start, d.dates.unit) });
  }
  for (const d of doc.durations().json({ offset: true, terms: true })) {
    const span = termsSpan(d);
    if (!span) continue;
    out.push({ ...span, type: 'DURATION', value: durationValue(d.duration ?? {}) });
  }
  return out;
}

function termsSpan(d: DateJson): { start: number; end: number } | null {
  const first = d.terms[0];
  const last = d.terms[d.terms.length - 1];
  return first && last ? { start: first.offset.start, end: last.offset.start + last.offset.length } : null;
}

function valueFromUnit(iso: string, unit: string | undefined): string {
  const day = iso.slice(0, 10);
  switch (unit) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'week':
      return isoWeek(day);
    case 'time':
    case 'hour':
    case 'minute':
      return iso.slice(0, 16);
    default:
      return day;
  }
}

export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - ((firstThursday.getUTCDay() + 6) % 7 - 3) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function durationValue(dur: Record<string, number>): string {
  const units: [string, string][] = [['years', 'Y'], ['months', 'M'], ['weeks', 'W'], ['days', 'D']];
  const times: [string, string][] = [['hours', 'H'], ['minutes', 'M'], ['seconds', 'S']];
  let v = 'P';
  for (const [k, u] of units) if (dur[k]) v += `${dur[k]}${u}`;
  let t = '';
  for (const [k, u] of times) if (dur[k]) t += `${dur[k]}${u}`;
  if (t) v += `T${t}`;
  return v === 'P' ? 'PXD' : v;
}
