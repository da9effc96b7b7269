import type { Warning } from './schema/span.js';
import type { Quotation } from './text/quotations.js';

/** One word or punctuation mark of the article. */
export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `text` lower-cased, for lexicon look-ups. */
  readonly lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT ...), X when untagged. */
  readonly pos: string;
  readonly sentence: number;
  readonly paragraph: number;
  /** True when whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

/** A sentence: a range of tokens and of text. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first token. */
  readonly first: number;
  /** Index just past its last token. */
  readonly last: number;
  readonly paragraph: number;
}

/** A paragraph: text between line breaks. */
export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of its first sentence. */
  readonly first: number;
  /** Index just past its last sentence. */
  readonly last: number;
}

/** The reading options every stage sees. */
export interface ReadingOptions {
  /** The anchor for relative dates, as an ISO date or date-time, or null. */
  readonly publishedAt: string | null;
  /** IANA time zone or UTC offset used to turn a date-time `publishedAt` into a calendar date. */
  readonly timezone: string | null;
}

/**
 * The article model: built once per article by segmentation and shared, read-only, by
 * every stage.
 */
export interface ArticleContext extends ReadingOptions {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** Paired quotation marks, in text order (nested ones marked). */
  readonly quotations: readonly Quotation[];
  /** Collects problems found in the article; stages report, never throw. */
  readonly warn: (warning: Warning) => void;
}
