import { tagText } from '../adapters/wink.js';
import type { ArticleContext, Paragraph, ReadingOptions, Sentence, Token } from '../context.js';
import type { Warning } from '../schema/span.js';
import { hasLineBreak } from './breaks.js';
import { findQuotations } from './quotations.js';
import { sentenceBreakAfter } from './sentences.js';

interface MutableToken {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
  paragraph: number;
  spaceBefore: boolean;
}

/**
 * Builds the article model in one pass: tokens with offsets and POS tags, paragraphs
 * (text between line breaks) and sentences.
 */
export function buildArticle(text: string, options: ReadingOptions, warn: (w: Warning) => void): ArticleContext {
  const tagged = tagText(text);
  const tokens: MutableToken[] = new Array(tagged.length);
  const paragraphStarts: number[] = [];
  let prevEnd = 0;
  let paragraph = -1;
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (i === 0 || hasLineBreak(text, prevEnd, t.start)) {
      paragraph++;
      paragraphStarts.push(i);
    }
    const value = text.slice(t.start, t.end);
    tokens[i] = {
      index: i,
      start: t.start,
      end: t.end,
      text: value,
      lower: value.toLowerCase(),
      pos: t.pos,
      sentence: 0,
      paragraph,
      spaceBefore: i > 0 && t.start > prevEnd,
    };
    prevEnd = t.end;
  }

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  for (let p = 0; p < paragraphStarts.length; p++) {
    const from = paragraphStarts[p]!;
    const to = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1]! : tokens.length;
    const firstSentence = sentences.length;
    let sentenceStart = from;
    for (let i = from; i < to; i++) {
      const next = sentenceBreakAfter(tokens, i, to);
      if (next > 0) {
        pushSentence(sentences, tokens, sentenceStart, next, p);
        sentenceStart = next;
        i = next - 1;
      }
    }
    if (sentenceStart < to) pushSentence(sentences, tokens, sentenceStart, to, p);
    paragraphs.push({
      index: p,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      first: firstSentence,
      last: sentences.length,
    });
  }

  const quotations = findQuotations(text, (code, message, span) => warn({ code, message, start: span.start, end: span.end }));

  return Object.freeze({
    text,
    quotations: Object.freeze(quotations),
    tokens: Object.freeze(tokens) as readonly Token[],
    sentences: Object.freeze(sentences),
    paragraphs: Object.freeze(paragraphs),
    publishedAt: options.publishedAt,
    timezone: options.timezone,
    warn,
  });
}

function pushSentence(sentences: Sentence[], tokens: MutableToken[], first: number, last: number, paragraph: number): void {
  const index = sentences.length;
  for (let i = first; i < last; i++) tokens[i]!.sentence = index;
  sentences.push({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, paragraph });
}
