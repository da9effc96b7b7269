import { z } from 'zod';
import { Span, spanShape } from './span.js';

/**
 * speech: a clause or sentence quoted from a source; partial: a fragment quoted inside the
 * writer's own sentence; nonspeech: titles, nicknames, slogans, terms and scare quotes.
 */
export const QuoteKind = z.enum(['speech', 'partial', 'nonspeech']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Speaker = z.object({
  /** Canonical name ("Masoud Pezeshkian"), or the descriptor when never named. */
  name: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The in-text reference that attributes the quote: a name, pronoun or descriptor. */
  mention: Span.nullable(),
  /** The attribution rule that found the speaker, for inspection and debugging. */
  sieve: z.string().optional(),
});
export type Speaker = z.infer<typeof Speaker>;

/** One run of text between a pair of quotation marks; the span excludes the marks. */
export const Quote = z.object({
  id: z.string(),
  ...spanShape,
  kind: QuoteKind,
  speaker: Speaker.nullable(),
  cue: Span.nullable(),
  attributionId: z.string().optional(),
  /** The opening mark. */
  open: Span,
  /** The closing mark, or null when the quotation is never closed. */
  close: Span.nullable(),
});
export type Quote = z.infer<typeof Quote>;
