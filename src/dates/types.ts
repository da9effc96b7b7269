import type { DateType } from '../schema/date.js';
import type { Day } from './calendar.js';
import { NUMBER_WORDS, UNITS, type Unit, VAGUE_QUANTITIES } from '../lexicon/time-words.js';

/** A token as the date rules see it: hyphenated words are split ("third-quarter" -> third - quarter). */
export interface DateToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly spaceBefore: boolean;
}

/** What resolution knows of the context of an expression. */
export interface DateEnv {
  /** The publication date, or null (then relative values get X placeholders). */
  readonly dct: Day | null;
  /** Tense of the clause around the expression, from its nearest verb or future marker. */
  readonly tense: 'past' | 'present' | 'future';
  /** Tokens between the expression and the word that set its tense (Infinity when none did). */
  readonly tenseDistance: number;
  /** The fiscal quarter the surrounding sentences talk about ("third-quarter results"), if any. */
  readonly quarter: { y: number; q: number } | null;
}

export interface Resolved {
  type: DateType;
  value: string;
  mod?: string;
  /** Set on quarters the text names, which later "a year ago" and "the period" refer to. */
  context?: 'quarter';
}

export interface DateMatch {
  /** Number of tokens the expression covers. */
  len: number;
  resolve: (env: DateEnv) => Resolved | null;
}

/** A rule looks for one kind of expression starting at token `i` (before `end`). */
export type DateRule = (t: readonly DateToken[], i: number, end: number) => DateMatch | null;

export const lowerAt = (t: readonly DateToken[], i: number, end: number): string | undefined => (i >= 0 && i < end ? t[i]!.lower : undefined);

/** Is token i one of `words`? */
export const is = (t: readonly DateToken[], i: number, end: number, ...words: string[]): boolean => {
  const w = lowerAt(t, i, end);
  return w !== undefined && words.includes(w);
};

export const isHyphen = (t: readonly DateToken[], i: number, end: number): boolean => i < end && (t[i]!.text === '-' || t[i]!.text === '–') ;

/** A quantity: digits, number words ("twenty-four", "a", "an"), or a vague one ("several" -> X). */
export function quantityAt(t: readonly DateToken[], i: number, end: number): { n: number | 'X'; len: number } | null {
  const w = lowerAt(t, i, end);
  if (w === undefined) return null;
  if (/^\d{1,6}(?:\.\d+)?$/.test(w)) {
    // "5 1/2 hours"
    const frac = /^(\d)\/(\d)$/.exec(lowerAt(t, i + 1, end) ?? '');
    if (frac) return { n: Number(w) + Number(frac[1]) / Number(frac[2]), len: 2 };
    return { n: Number(w), len: 1 };
  }
  if (/^\d{1,3}(?:,\d{3})+$/.test(w)) return { n: Number(w.replace(/,/g, '')), len: 1 };
  if (w === 'a' && is(t, i + 1, end, 'couple')) return { n: 2, len: is(t, i + 2, end, 'of') ? 3 : 2 };
  if (w === 'a' && is(t, i + 1, end, 'few')) return { n: 'X', len: 2 };
  if (VAGUE_QUANTITIES.has(w) && w !== 'recent' && w !== 'coming' && w !== 'past') return { n: 'X', len: w === 'couple' && is(t, i + 1, end, 'of') ? 2 : 1 };
  const base = NUMBER_WORDS.get(w);
  if (base === undefined) return null;
  // "twenty-four", "twenty four", "two hundred", "a hundred"
  let n = base;
  let len = 1;
  if (base >= 20 && base < 100 && base % 10 === 0) {
    const j = isHyphen(t, i + 1, end) ? i + 2 : i + 1;
    const unit = NUMBER_WORDS.get(lowerAt(t, j, end) ?? '');
    if (unit !== undefined && unit >= 1 && unit <= 9 && lowerAt(t, j, end) !== 'a') {
      n += unit;
      len = j - i + 1;
    }
  }
  const scale = lowerAt(t, i + len, end);
  if ((scale === 'hundred' || scale === 'thousand') && w !== 'half') {
    n *= scale === 'hundred' ? 100 : 1000;
    len++;
  }
  if (w === 'half' && is(t, i + 1, end, 'a', 'an')) return { n: 0.5, len: 2 };
  // "two and a half"
  if (is(t, i + len, end, 'and') && is(t, i + len + 1, end, 'a') && is(t, i + len + 2, end, 'half')) return { n: n + 0.5, len: len + 3 };
  return { n, len };
}

export function unitAt(t: readonly DateToken[], i: number, end: number): Unit | null {
  const w = lowerAt(t, i, end);
  return w === undefined ? null : (UNITS.get(w) ?? null);
}
