import { describeValue, PresslensError } from './errors.js';
import { RECORD_KINDS, type RecordKind } from './schema/analysis.js';

/** Options of `analyze()` and `createAnalyzer()`. All are optional. */
export interface AnalyzeOptions {
  /**
   * Publication date or date-time of the article, ISO 8601 ("2024-11-14",
   * "2024-11-14T09:30:00-05:00") or a Date. Relative dates ("last Thursday") are resolved
   * against it; without it they get X placeholders and a warning.
   */
  publishedAt?: string | Date | null | undefined;
  /** Which record kinds to return; default all five. Stages the chosen ones need still run. */
  include?: readonly RecordKind[] | undefined;
  /**
   * IANA time zone ("America/New_York") or UTC offset ("+02:00") in which a date-time
   * `publishedAt` is turned into the article's calendar date. Default: the offset written in
   * `publishedAt`, else UTC.
   */
  timezone?: string | null | undefined;
}

/** Options after validation. */
export interface ResolvedOptions {
  publishedAt: string | null;
  include: ReadonlySet<RecordKind>;
  timezone: string | null;
}

const KNOWN_OPTIONS = new Set(['publishedAt', 'include', 'timezone']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const UTC_OFFSET = /^(?:UTC|GMT|Z|[+-]\d{2}(?::?\d{2})?)$/;

/** Validates options, throwing a PresslensError that names the bad value. */
export function resolveOptions(options: unknown, base?: ResolvedOptions): ResolvedOptions {
  if (options === undefined || options === null) {
    return base ?? { publishedAt: null, include: new Set(RECORD_KINDS), timezone: null };
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new PresslensError('INVALID_OPTIONS', `options must be an object (${describeValue(options)})`);
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN_OPTIONS.has(key)) {
      throw new PresslensError(
        'UNKNOWN_OPTION',
        `unknown option (${JSON.stringify(key)}); known options are publishedAt, include, timezone`,
      );
    }
  }
  return {
    publishedAt: 'publishedAt' in given ? resolvePublishedAt(given.publishedAt) : (base?.publishedAt ?? null),
    include: 'include' in given && given.include !== undefined ? resolveInclude(given.include) : (base?.include ?? new Set(RECORD_KINDS)),
    timezone: 'timezone' in given ? resolveTimezone(given.timezone) : (base?.timezone ?? null),
  };
}

/** Checks an ISO date or date-time; returns it as given (a Date becomes its ISO string). */
export function resolvePublishedAt(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new PresslensError('INVALID_PUBLISHED_AT', `publishedAt is an invalid Date (${describeValue(value)})`);
    }
    return value.toISOString();
  }
  if (typeof value !== 'string') {
    throw new PresslensError('INVALID_PUBLISHED_AT', `publishedAt must be an ISO date string (${describeValue(value)})`);
  }
  const m = ISO_DATE.exec(value.trim());
  if (m === null || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59) {
    throw new PresslensError(
      'INVALID_PUBLISHED_AT',
      `publishedAt must be an ISO date like 2024-11-14 or 2024-11-14T09:30:00Z (${describeValue(value)})`,
    );
  }
  return value.trim();
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function resolveInclude(value: unknown): ReadonlySet<RecordKind> {
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(list)) {
    throw new PresslensError('UNKNOWN_INCLUDE', `include must be an array of record kinds (${describeValue(value)})`);
  }
  const kinds = new Set<RecordKind>();
  for (const item of list) {
    if (typeof item !== 'string' || !(RECORD_KINDS as readonly string[]).includes(item)) {
      throw new PresslensError(
        'UNKNOWN_INCLUDE',
        `unknown record kind in include (${describeValue(item)}); choose from ${RECORD_KINDS.join(', ')}`,
      );
    }
    kinds.add(item as RecordKind);
  }
  return kinds;
}

function resolveTimezone(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PresslensError('INVALID_TIMEZONE', `timezone must be an IANA name or UTC offset (${describeValue(value)})`);
  }
  if (UTC_OFFSET.test(value)) return value;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    throw new PresslensError('INVALID_TIMEZONE', `unknown time zone (${describeValue(value)})`);
  }
  return value;
}
