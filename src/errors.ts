/**
 * Codes of the errors presslens throws. Only programmer errors throw; problems in an
 * article's text are reported in `Analysis.warnings`.
 */
export type PresslensErrorCode =
  | 'INVALID_TEXT'
  | 'INVALID_OPTIONS'
  | 'UNKNOWN_OPTION'
  | 'INVALID_PUBLISHED_AT'
  | 'INVALID_TIMEZONE'
  | 'UNKNOWN_INCLUDE'
  | 'INVALID_LEXICON';

/**
 * Thrown for programmer errors: a non-string text, an invalid option value, an unknown
 * option or record kind. The message starts with "presslens:" and names the bad value.
 *
 * @example
 * try { analyze(42 as unknown as string) } catch (e) {
 *   if (e instanceof PresslensError) console.log(e.code) // "INVALID_TEXT"
 * }
 */
export class PresslensError extends Error {
  readonly code: PresslensErrorCode;

  constructor(code: PresslensErrorCode, message: string) {
    super(`presslens: ${message}`);
    this.name = 'PresslensError';
    this.code = code;
  }
}

/** A short, printable rendering of a bad value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (Array.isArray(value)) return `array of length ${value.length}`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  return typeof value;
}
