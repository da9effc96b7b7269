import { z } from 'zod';
import { Attribution, Credit } from './attribution.js';
import { Claim } from './claim.js';
import { DateMention } from './date.js';
import { Entity } from './entity.js';
import { Quote } from './quote.js';
import { Warning } from './span.js';

/** Version of the output contract; bumped on any breaking change to the output. */
export const SCHEMA_VERSION = 1 as const;

/** Everything presslens read in one article. */
export const Analysis = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Copied from the input record when the CLI reads JSONL. */
  id: z.string().optional(),
  publishedAt: z.string().nullable(),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  dates: z.array(DateMention),
  attributions: z.array(Attribution),
  claims: z.array(Claim),
  /** Wire datelines and credit lines. */
  credits: z.array(Credit),
  warnings: z.array(Warning),
});
export type Analysis = z.infer<typeof Analysis>;

/** `Analysis` under the name the contract and the docs use for the root schema. */
export const AnalysisSchema = Analysis;

/** What the CLI writes in place of an Analysis when an input record fails. */
export const ErrorRecord = z.object({
  id: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** The record kinds `include` can select. */
export const RecordKind = z.enum(['entities', 'quotes', 'dates', 'attributions', 'claims']);
export type RecordKind = z.infer<typeof RecordKind>;
export const RECORD_KINDS: readonly RecordKind[] = RecordKind.options;
