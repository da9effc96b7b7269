/**
 * Numbers, amounts of money and percentages, read from tokens: "$200 million" -> 2e8 USD,
 * "25%" -> 25 percent, "nearly two million people" -> 2e6 people, approximate.
 */
import type { ArticleContext, Token } from '../context.js';
import { APPROXIMATORS, CURRENCY_NAMES, CURRENCY_SIGNS, MULTIPLIERS } from '../lexicon/claim-words.js';
import { NUMBER_WORDS } from '../lexicon/time-words.js';
import type { Quantity } from '../schema/claim.js';
import { makeSpan } from '../span.js';
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/phrases.js';

/** A quantity found in the token stream, before it is cut to a claim. */
export interface QuantityDraft {
  first: number;
  last: number;
  value: number;
  unit: string | null;
  approximate: boolean;
  /** The approximator before it ("an estimated", "nearly"), as a token range. */
  approximator: [number, number] | null;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const SUFFIXED = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/i;
const WORD_NUMBERS = new Map([...NUMBER_WORDS].filter(([w]) => !['a', 'an', 'single', 'couple', 'half', 'hundred', 'thousand', 'dozen', 'one'].includes(w)));
const UNIT_SKIP = new Set(['-', '–', 'ADJ']);
const DETERMINERS = new Set(['the', 'a', 'an', ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);
const BOUND_BEFORE: readonly (readonly string[])[] = [
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'], ['upwards', 'of'], ['over'],
  ['under'], ['above'], ['below'], ['exceeding'], ['nearly'], ['almost'],
];

function numberAt(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (DIGITS.test(t.text)) return { value: Number(t.text.replace(/,/g, '')), last: i + 1 };
  const suffixed = SUFFIXED.exec(t.text);
  if (suffixed) return { value: Number(suffixed[1]) * (MULTIPLIERS.get(suffixed[2]!.toLowerCase()) ?? 1), last: i + 1 };
  // "$.80"
  if (t.text === '.' && !t.spaceBefore && /^\d+$/.test(tokens[i + 1]?.text ?? '') && !tokens[i + 1]!.spaceBefore) {
    return { value: Number(`0.${tokens[i + 1]!.text}`), last: i + 2 };
  }
  const word = WORD_NUMBERS.get(t.lower);
  if (word !== undefined) {
    // "twenty-five"
    if (word >= 20 && word < 100 && tokens[i + 1]?.text === '-' && (WORD_NUMBERS.get(tokens[i + 2]?.lower ?? '') ?? 10) < 10) {
      return { value: word + WORD_NUMBERS.get(tokens[i + 2]!.lower)!, last: i + 3 };
    }
    return { value: word, last: i + 1 };
  }
  // "a million", "one billion", "a dozen"
  if ((t.lower === 'a' || t.lower === 'an' || t.lower === 'one') && MULTIPLIERS.has(tokens[i + 1]?.lower ?? '') && !/s$/.test(tokens[i + 1]!.lower)) {
    return { value: 1, last: i + 1 };
  }
  return null;
}

/**
 * Every quantity in the article, skipping calendar dates and times (`skip` marks their tokens)
 * and numbers inside names.
 */
export function findQuantities(article: ArticleContext, skip: Uint8Array): QuantityDraft[] {
  const { tokens } = article;
  const out: QuantityDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip[i]) continue;
    const t = tokens[i]!;
    let first = i;
    let currency: string | null = null;
    let at = i;
    const sign = CURRENCY_SIGNS.get(t.lower);
    if (sign && (t.pos === 'SYM' || t.text.length > 1 || /^[$€£¥₹₽₩]$/.test(t.text))) {
      currency = sign;
      at = i + 1;
      if (!tokens[at] || skip[at]) continue;
    }
    const n = numberAt(tokens, at);
    let value: number;
    let last: number;
    let approximate = false;
    if (n) {
      value = n.value;
      last = n.last;
    } else if (MULTIPLIERS.has(t.lower) && /s$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && !currency) {
      // "thousands of people": the order of magnitude, approximate.
      value = MULTIPLIERS.get(t.lower)!;
      last = i + 1;
      approximate = true;
    } else continue;
    // A four-digit year with no unit of money or percent is a date the date stage left alone.
    if (!currency && /^(1[5-9]|20)\d\d$/.test(tokens[at]?.text ?? '') && last === at + 1 && !/^(%|percent|per)$/i.test(tokens[last]?.lower ?? '')) {
      i = last - 1;
      continue;
    }
    while (MULTIPLIERS.has(tokens[last]?.lower ?? '') && !(tokens[last]!.lower === 'm' && tokens[last]!.spaceBefore) && !(tokens[last]!.lower === 'b' && tokens[last]!.spaceBefore)) {
      value *= MULTIPLIERS.get(tokens[last]!.lower)!;
      if (/s$/.test(tokens[last]!.lower)) approximate = true;
      last++;
    }
    let unit: string | null = currency;
    const next = tokens[last];
    if (next && (next.text === '%' || next.lower === 'percent' || next.lower === 'pct')) {
      unit = 'percent';
      last++;
      if (tokens[last]?.lower === 'points') last++;
    } else if (next?.lower === 'per' && tokens[last + 1]?.lower === 'cent') {
      unit = 'percent';
      last += 2;
    } else if (next && CURRENCY_NAMES.has(next.lower) && !currency) {
      unit = CURRENCY_NAMES.get(next.lower)!;
      last++;
    } else if (!currency) {
      unit = unitAfter(tokens, last);
    }
    if (next && (next.lower === 'or' && tokens[last + 1]?.lower === 'so')) approximate = true;
    if (next?.text === '-' && tokens[last + 1]?.lower === 'plus') approximate = true;
    const approximator = approximatorBefore(tokens, first);
    if (approximator || boundBefore(tokens, first)) approximate = true;
    out.push({ first, last, value, unit, approximate, approximator });
    i = last - 1;
  }
  return out;
}

/** The counted noun: "4 million people" -> people, "444-day" -> day, "30-year-old" -> year. */
function unitAfter(tokens: readonly Token[], from: number): string | null {
  let k = from;
  if (tokens[k]?.lower === 'of' && tokens[k + 1] && !DETERMINERS.has(tokens[k + 1]!.lower)) k++;
  for (let steps = 0; steps < 3 && tokens[k]; steps++, k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) return t.lower;
    if (!(UNIT_SKIP.has(t.text) || UNIT_SKIP.has(t.pos))) return null;
  }
  return null;
}

/** "an estimated", "nearly", "about", "close to" just before a quantity. */
function approximatorBefore(tokens: readonly Token[], first: number): [number, number] | null {
  const prev = tokens[first - 1];
  if (!prev) return null;
  if (prev.lower === 'estimated') {
    const article = tokens[first - 2];
    return article && (article.lower === 'an' || article.lower === 'the') ? [first - 2, first] : [first - 1, first];
  }
  if (prev.lower === 'to' && tokens[first - 2]?.lower === 'close') return [first - 2, first];
  if (APPROXIMATORS.has(prev.lower) && prev.lower !== 'close') return [first - 1, first];
  return null;
}

function boundBefore(tokens: readonly Token[], first: number): boolean {
  return BOUND_BEFORE.some((words) => words.every((w, k) => tokens[first - words.length + k]?.lower === w));
}

/** The drafts inside [first, last) as contract quantities. */
export function quantitiesIn(article: ArticleContext, drafts: readonly QuantityDraft[], first: number, last: number): Quantity[] {
  const { tokens, text } = article;
  return drafts
    .filter((q) => q.first >= first && q.last <= last)
    .map((q) => ({ ...makeSpan(text, tokens[q.first]!.start, tokens[q.last - 1]!.end), value: q.value, unit: q.unit, approximate: q.approximate }));
}
