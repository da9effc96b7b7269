import { z } from 'zod';
import { spanShape } from './span.js';

export const DateType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type DateType = z.infer<typeof DateType>;

export const Granularity = z.enum([
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'partofday',
  'hour',
  'minute',
  'second',
  'reference',
]);
export type Granularity = z.infer<typeof Granularity>;

/** A temporal expression with its TIMEX3 value, resolved against `publishedAt`. */
export const DateMention = z.object({
  id: z.string(),
  ...spanShape,
  type: DateType,
  /** TIMEX3 value: "2024-11-11", "2024-W47", "P444D", "PRESENT_REF", "XXXX-XX-XX" ... */
  value: z.string(),
  granularity: Granularity.nullable(),
  /** The calendar range the value covers, both ends inclusive, or null (durations, sets, unresolved). */
  range: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** TIMEX3 mod when the text qualifies the value: APPROX, START, MID, END, LESS_THAN, MORE_THAN ... */
  mod: z.string().optional(),
});
export type DateMention = z.infer<typeof DateMention>;
