/**
 * presslens: read news articles by machine. Quotes with their speakers, named entities with
 * clustered mentions, dates resolved to TIMEX3 values, source attributions and claims, as
 * typed, zod-validated records with exact UTF-16 offsets.
 *
 * @packageDocumentation
 */
export { analyze, createAnalyzer, type Analyzer } from './analyze.js';
export type { AnalyzeOptions } from './options.js';
export { PresslensError, type PresslensErrorCode } from './errors.js';
export { makeSpan } from './span.js';
export * from './schema/index.js';
