import { type TaggedToken, tagText } from '../adapters/wink.js';
import type { ArticleContext, Paragraph, ReadingOptions, Sentence, Token } from '../context.js';
import type { Warning } from '../schema/span.js';
import { hasLineBreak } from './breaks.js';
import { retagHeadline } from './headline.js';
import { findQuotations, type Quotation } from './quotations.js';
import { sentenceBreakAfter } from './sentences.js';
import { repairTags } from './tag-repair.js';

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
  const quotations = findQuotations(text, (code, message, span) => warn({ code, message, start: span.start, end: span.end }));
  const tagged = splitAtMarks(text, tagText(text), quotations);
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
  // A title-case headline is tagged again in sentence case: its capitals say nothing.
  const headlineTags = paragraphStarts.length > 1 ? retagHeadline(text, tokens, paragraphStarts[1]!) : null;
  for (const [i, pos] of (headlineTags ?? []).entries()) if (pos !== undefined) tokens[i]!.pos = pos;
  repairTags(tokens);

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let forcedWarned = false;
  for (let p = 0; p < paragraphStarts.length; p++) {
    const from = paragraphStarts[p]!;
    const to = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1]! : tokens.length;
    const firstSentence = sentences.length;
    let sentenceStart = from;
    for (let i = from; i < to; i++) {
      let next = sentenceBreakAfter(tokens, i, to);
      // Text with no sentence punctuation (lists, scraped navigation, hostile input) is cut into
      // pieces of bounded length, at a comma or semicolon where there is one, so that no stage's
      // work per sentence can grow with the length of the article.
      if (next <= 0 && i + 1 - sentenceStart >= MAX_SENTENCE_TOKENS && i + 1 < to) {
        next = i + 1;
        for (let k = i; k > i - 60; k--) {
          if (/^[,;:—–]$/.test(tokens[k]!.text)) {
            next = k + 1;
            break;
          }
        }
        if (!forcedWarned) {
          forcedWarned = true;
          warn({ code: 'LONG_SENTENCE', message: `presslens: a stretch of more than ${MAX_SENTENCE_TOKENS} tokens has no sentence boundary; it was cut into pieces of at most that length`, start: tokens[sentenceStart]!.start, end: tokens[i]!.end });
        }
      }
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

/** The longest sentence the splitter lets stand without a boundary. */
const MAX_SENTENCE_TOKENS = 250;

const MARK = /^['’‘`"“”«»„‚‹›]+$/;

/**
 * Splits tokens that run across a quotation mark ("''A" after the tagger glued an apostrophe to
 * a word), so that every mark is a token of its own.
 */
function splitAtMarks(text: string, tagged: TaggedToken[], quotations: readonly Quotation[]): TaggedToken[] {
  const cuts: number[] = [];
  for (const q of quotations) {
    cuts.push(q.open.start, q.open.end);
    if (q.close) cuts.push(q.close.start, q.close.end);
    for (const r of q.reopens) cuts.push(r.start, r.end);
  }
  if (cuts.length === 0) return tagged;
  cuts.sort((a, b) => a - b);
  const out: TaggedToken[] = [];
  let c = 0;
  for (const t of tagged) {
    while (c < cuts.length && cuts[c]! <= t.start) c++;
    if (c >= cuts.length || cuts[c]! >= t.end) {
      out.push(t);
      continue;
    }
    let from = t.start;
    const piece = (start: number, end: number): TaggedToken => ({ start, end, pos: MARK.test(text.slice(start, end)) ? 'PUNCT' : t.pos });
    for (let k = c; k < cuts.length && cuts[k]! < t.end; k++) {
      if (cuts[k]! > from) {
        out.push(piece(from, cuts[k]!));
        from = cuts[k]!;
      }
    }
    out.push(piece(from, t.end));
  }
  return out;
}

function pushSentence(sentences: Sentence[], tokens: MutableToken[], first: number, last: number, paragraph: number): void {
  const index = sentences.length;
  for (let i = first; i < last; i++) tokens[i]!.sentence = index;
  sentences.push({ index, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, paragraph });
}
