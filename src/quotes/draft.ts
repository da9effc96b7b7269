/** A quotation while the quotes stage works on it: its marks, tokens and surroundings. */
import type { ArticleContext, Token } from '../context.js';
import type { QuoteKind } from '../schema/quote.js';
import type { Quotation } from '../text/quotations.js';
import { firstNotBefore } from '../text/bisect.js';

export interface SpeakerFound {
  /** Token range of the in-text reference to the speaker. */
  mention: [number, number] | null;
  /** Token range of the cue ("said", "according to", ":"). */
  cue: [number, number] | null;
  sieve: string;
}

export interface QuoteDraft {
  readonly q: Quotation;
  /** Token of the opening mark. */
  readonly open: number;
  /** First content token and the token after the content. */
  readonly first: number;
  readonly last: number;
  /** Token of the closing mark, or -1. */
  readonly close: number;
  /** First token after the quotation (after the closing mark). */
  readonly after: number;
  readonly paragraph: number;
  kind: QuoteKind;
  /** A nonspeech quotation that is a scare quote rather than a name or title: it may still be someone's words. */
  scare?: boolean;
  /**
   * A partial quotation only because its sentence holds a verb of saying somewhere: if no source
   * turns out to say it, it is the writer's term, not a quotation.
   */
  looseCue?: boolean;
  speaker: SpeakerFound | null;
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstNotBefore(tokens.length, (k) => tokens[k]!.end <= offset);
}

export function draftOf(article: ArticleContext, q: Quotation): QuoteDraft {
  const { tokens } = article;
  const open = tokenAt(tokens, q.open.start);
  const first = tokenAt(tokens, q.start);
  let last = tokenAt(tokens, q.end);
  if (last < tokens.length && tokens[last]!.start < q.end) last++;
  const close = q.close ? tokenAt(tokens, q.close.start) : -1;
  const after = close >= 0 ? tokenAt(tokens, q.close!.end) : last;
  return { q, open, first, last, close, after, paragraph: tokens[Math.min(open, tokens.length - 1)]?.paragraph ?? 0, kind: 'speech', speaker: null };
}
