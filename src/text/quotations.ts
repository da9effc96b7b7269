/**
 * Pairs quotation marks into quotations: straight and curly doubles, guillemets both ways,
 * low-9 marks, `` '' as a double, and single quotes told apart from apostrophes. A quotation
 * reopened at the start of each following paragraph is one quotation; an unclosed one ends at
 * its paragraph's end with a warning, so no quotation swallows the rest of an article.
 */
import type { Span } from '../span.js';
import { makeSpan } from '../span.js';
import { isLineBreak } from './breaks.js';

/** A pair (or run) of quotation marks and the text between them. */
/** Is a token nothing but quotation marks ('"', '“', "''", '«' ...)? */
export const isQuoteMark = (text: string | undefined): boolean => text !== undefined && /^["“”„«»‘’'`]+$/.test(text);

export interface Quotation {
  /** Content between the marks (the marks excluded). */
  readonly start: number;
  readonly end: number;
  readonly open: Span;
  /** null when the quotation is never closed. */
  readonly close: Span | null;
  /** Marks reopening the quotation at the start of later paragraphs. */
  readonly reopens: readonly Span[];
  readonly style: 'double' | 'single';
  /** True for a quotation inside another (single inside double): it belongs to the outer one's content. */
  readonly nested: boolean;
}

type Glyph = 'open' | 'close' | 'either';
interface Mark {
  at: number;
  width: number;
  style: 'double' | 'single';
  glyph: Glyph;
  canOpen: boolean;
  canClose: boolean;
}

// Guillemets point either way (« French », »German«), so their direction comes from spacing.
const DOUBLE: Record<string, Glyph> = { '"': 'either', '“': 'open', '”': 'close', '„': 'open', '‟': 'open', '«': 'either', '»': 'either', '〝': 'open', '〞': 'close', '＂': 'either' };
const SINGLE: Record<string, Glyph> = { "'": 'either', '‘': 'open', '’': 'close', '‚': 'open', '‹': 'either', '›': 'either', '‛': 'open' };

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a quotation may open ("(", dashes, slashes, other opening marks). */
const BEFORE_OPEN = /[([{\-–—/:;,“‘«‹„‚"'>]/u;
/** Characters before which a quotation may close (sentence punctuation, brackets, closing marks). */
const AFTER_CLOSE = /[)\]}.,;:!?\-–—/…”’»›"'<]/u;

function classify(text: string, at: number, width: number): { canOpen: boolean; canClose: boolean } {
  const before = text[at - 1];
  const after = text[at + width];
  const canOpen = !isSpace(after) && (isSpace(before) || BEFORE_OPEN.test(before!));
  const canClose = !isSpace(before) && (isSpace(after) || AFTER_CLOSE.test(after!));
  return { canOpen, canClose };
}

/** Is a single-quote glyph at `at` an apostrophe (don't, the '90s, students', rock 'n' roll)? */
function isApostrophe(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (isWordChar(before) && isWordChar(after)) return true; // don't, O'Brien, I'll
  if (/\d/.test(after ?? '') && !isWordChar(before) && /^\d\ds\b|^\d\d\b/.test(text.slice(at + 1, at + 4))) return true; // '90s, '07
  if ((before === 'n' || before === 'N') && isSpace(text[at - 2]) && isSpace(after)) return true; // rock 'n' roll (closing)
  if ((after === 'n' || after === 'N') && text[at + 2] === text[at] && isSpace(before)) return true; // rock 'n' roll (opening)
  if (/^(?:em|til|cause|bout|round|tis|twas)\b/i.test(text.slice(at + 1, at + 7)) && !isWordChar(before)) return true;
  return false;
}

/**
 * Is a single-quote glyph at `at` the mark of a plural possessive (students', the Khans')? It may
 * also close a single-quoted quotation ending in "s" ('the only ‘walls’ are'); the pairing decides.
 */
function afterPluralS(text: string, at: number): boolean {
  const before = text[at - 1];
  return (before === 's' || before === 'S') && isSpace(text[at + 1]);
}

function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`' && text[i + 1] === '`') {
      marks.push({ at: i, width: 2, style: 'double', glyph: 'open', ...classify(text, i, 2) });
      i++;
      continue;
    }
    // Two curly singles stand for a double in some typesetting ('a “question’’ that').
    if ((c === '‘' || c === '’') && text[i + 1] === c) {
      marks.push({ at: i, width: 2, style: 'double', glyph: c === '‘' ? 'open' : 'close', ...classify(text, i, 2) });
      i++;
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      const k = classify(text, i, 2);
      marks.push({ at: i, width: 2, style: 'double', glyph: k.canOpen && !k.canClose ? 'open' : 'close', ...k });
      i++;
      continue;
    }
    const dg = DOUBLE[c];
    if (dg) {
      marks.push({ at: i, width: 1, style: 'double', glyph: dg, ...classify(text, i, 1) });
      continue;
    }
    const sg = SINGLE[c];
    if (sg) marks.push({ at: i, width: 1, style: 'single', glyph: sg, ...classify(text, i, 1) });
  }
  return marks;
}

/** Index of the paragraph each offset belongs to is not needed: a line break between two offsets is. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Offset of the first non-space character at or after `from`. */
function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** End of the paragraph containing `at` (offset of its line break, or the text's end). */
function paragraphEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** Is `at` the first visible character of its paragraph? */
function startsParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text[i]) && !isLineBreak(text.charCodeAt(i))) i--;
  return i < 0 || isLineBreak(text.charCodeAt(i));
}

/** Is the mark a straight double (or its full-width form), as against a curly, low-9 or angle mark? */
const isStraight = (text: string, m: Mark): boolean => text[m.at] === '"' || text[m.at] === '＂';
const onlyOpener = (m: Mark): boolean => m.canOpen && !m.canClose;
const onlyCloser = (m: Mark): boolean => m.canClose && !m.canOpen;
/** May the mark open a quotation? A curly mark trusts its shape unless its spacing says otherwise. */
const opens = (m: Mark): boolean => (m.glyph === 'close' ? onlyOpener(m) : !onlyCloser(m));
/** May the mark close the open quotation? */
const closes = (m: Mark): boolean => (m.glyph === 'open' ? onlyCloser(m) : !onlyOpener(m));

/** Longest single-quoted quotation accepted, in characters: longer "pairs" are apostrophes. */
const MAX_SINGLE = 400;

export function findQuotations(text: string, warn: (code: string, message: string, span: Span) => void): Quotation[] {
  const marks = findMarks(text);
  const out: Quotation[] = [];
  const doubles = marks.filter((m) => m.style === 'double');
  const usesDoubles = doubles.length > 0;

  // Doubles: paired left to right, reopenings across paragraphs followed; curly marks may nest once.
  const nestedDoubles: Quotation[] = [];
  let open: Mark | null = null;
  let reopens: Span[] = [];
  const emit = (o: Mark, closeMark: Mark | null, end: number) => {
    // (A reversed mark opening a paragraph may have a space after it; the content starts after that.)
    const start = o.glyph === 'close' ? Math.min(nextVisible(text, o.at + o.width), Math.max(o.at + o.width, end)) : o.at + o.width;
    out.push({
      start,
      end: Math.max(start, end),
      open: makeSpan(text, o.at, o.at + o.width),
      close: closeMark ? makeSpan(text, closeMark.at, closeMark.at + closeMark.width) : null,
      reopens,
      style: 'double',
      nested: false,
    });
    reopens = [];
  };
  for (let k = 0; k < doubles.length; k++) {
    const m = doubles[k]!;
    if (open === null) {
      // (A mark opening a paragraph can only open, whatever its glyph and spacing: '” … what I learned').
      if (opens(m) || startsParagraph(text, m.at)) open = m;
      else warn('STRAY_QUOTE_MARK', 'a closing quotation mark with no opening mark', makeSpan(text, m.at, m.at + m.width));
      continue;
    }
    const crossed = lineBreakBetween(text, open.at, m.at) || reopens.length > 0;
    const lastStart = reopens.length > 0 ? reopens[reopens.length - 1]!.end : open.at + open.width;
    if (lineBreakBetween(text, lastStart, m.at)) {
      // The quotation reached a paragraph end before this mark.
      const breakAt = paragraphEnd(text, lastStart);
      // A paragraph opening with the other family of marks (straight after curly, or curly after
      // straight) starts a quotation of its own: an excerpt set in straight marks whose paragraph
      // opens with a quotation from the excerpt ('"Kevin was snoring.' then '“Here he is,” she said').
      const reopenedHere = nextVisible(text, breakAt) === m.at && opens(m) && isStraight(text, m) === isStraight(text, open);
      if (reopenedHere) {
        reopens.push(makeSpan(text, m.at, m.at + m.width));
        continue;
      }
      if (closes(m) && !opens(m) && !lineBreakBetween(text, nextVisible(text, breakAt), m.at)) {
        emit(open, m, m.at); // a quotation continued into a paragraph without reopening
        open = null;
        continue;
      }
      warn('UNCLOSED_QUOTATION', 'a quotation mark is never closed; the quotation ends with its paragraph', makeSpan(text, open.at, open.at + open.width));
      emit(open, null, breakAt);
      open = opens(m) ? m : null;
      continue;
    }
    if (closes(m)) {
      emit(open, m, m.at);
      open = null;
    } else if (nestsIn(text, doubles, k, open)) {
      // '"... what he calls "hell" than live ..."': curly marks that open and close inside an open
      // quotation, which closes after them in the same paragraph, quote within it.
      const inner = doubles[k + 1]!;
      nestedDoubles.push({ start: m.at + m.width, end: inner.at, open: makeSpan(text, m.at, m.at + m.width), close: makeSpan(text, inner.at, inner.at + inner.width), reopens: [], style: 'double', nested: true });
      k++;
    } else if (opens(m)) {
      if (!crossed) warn('UNCLOSED_QUOTATION', 'a quotation opens before the previous one closes', makeSpan(text, open.at, open.at + open.width));
      emit(open, null, trimEndBefore(text, m.at));
      open = m;
    }
  }
  if (open !== null) {
    const lastStart = reopens.length > 0 ? reopens[reopens.length - 1]!.end : open.at + open.width;
    warn('UNCLOSED_QUOTATION', 'a quotation mark is never closed; the quotation ends with its paragraph', makeSpan(text, open.at, open.at + open.width));
    emit(open, null, paragraphEnd(text, lastStart));
  }

  // Singles: nested inside a double, or primary marks where an article uses no doubles.
  const singles = marks.filter((m) => m.style === 'single' && !isApostrophe(text, m.at));
  const parents = out.slice();
  let pending: Mark | null = null;
  let singleReopens: Span[] = [];
  for (let k = 0; k < singles.length; k++) {
    const m = singles[k]!;
    // A mark after a plural's "s" is a possessive ("the students' books") unless it closes an
    // open quotation that no later mark in the paragraph could close ("‘Boasters’ and ‘Blasphemers’").
    if (afterPluralS(text, m.at) && (pending === null || laterCloser(text, singles, k, pending))) continue;
    const parent = containing(parents, m.at);
    if (pending !== null) {
      const pendingParent = containing(parents, pending.at);
      const segmentStart = singleReopens.length > 0 ? singleReopens[singleReopens.length - 1]!.start : pending.at;
      // Single marks that are the primary ones reopen a quotation at each paragraph it runs over,
      // as doubles do: an unclosed one opening its paragraph goes on where the next one opens with a mark.
      if (lineBreakBetween(text, segmentStart, m.at) && parent < 0 && pendingParent < 0 && opens(m) && startsParagraph(text, pending.at) &&
        nextVisible(text, paragraphEnd(text, segmentStart)) === m.at) {
        singleReopens.push(makeSpan(text, m.at, m.at + m.width));
        continue;
      }
      const tooFar = m.at - segmentStart > MAX_SINGLE || lineBreakBetween(text, segmentStart, m.at);
      if (!tooFar && parent === pendingParent && closes(m) && m.at > pending.at + 1) {
        // (Outside doubles, a single-quoted run is a quotation when it is short, when it opens
        // its paragraph, or when doubles nest in it: where single marks are the primary ones,
        // '‘We called it “a disaster”,’ he said.')
        const primary = parent < 0 && (startsParagraph(text, pending.at) || holdsQuotation(parents, pending.at, m.at));
        if (parent >= 0 || !usesDoubles || isTermLike(text, pending.at + 1, m.at) || primary) {
          out.push({
            start: pending.at + 1,
            end: m.at,
            open: makeSpan(text, pending.at, pending.at + 1),
            close: makeSpan(text, m.at, m.at + 1),
            reopens: singleReopens,
            style: 'single',
            nested: parent >= 0,
          });
        }
        pending = null;
        singleReopens = [];
        continue;
      }
      if (!tooFar && !opens(m)) continue;
    }
    pending = opens(m) ? m : null;
    singleReopens = [];
  }
  out.push(...nestedDoubles);
  out.sort((a, b) => a.open.start - b.open.start);
  // Doubles inside a single quotation outside any double are its nested quotations.
  const outerSingles = out.filter((q) => q.style === 'single' && !q.nested);
  if (outerSingles.length === 0) return out;
  return out.map((q) => {
    if (q.style !== 'double' || q.nested || q.close === null) return q;
    const holder = containing(outerSingles, q.open.start);
    return holder >= 0 && q.close.end <= outerSingles[holder]!.end ? { ...q, nested: true } : q;
  });
}

/** Does a closed quotation of `quotes` (ordered) lie between the offsets `from` and `to`? */
function holdsQuotation(quotes: readonly Quotation[], from: number, to: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open.start <= from) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.close !== null && q.close.end <= to;
}

/** Is there a single mark after `singles[k]`, in the paragraph of `open`, that could close it? */
function laterCloser(text: string, singles: readonly Mark[], k: number, open: Mark): boolean {
  for (let j = k + 1; j < singles.length; j++) {
    const m = singles[j]!;
    if (m.at - open.at > MAX_SINGLE || lineBreakBetween(text, open.at, m.at)) return false;
    if (afterPluralS(text, m.at)) continue;
    return closes(m);
  }
  return false;
}

/**
 * Does the double mark at `k` open a quotation nested in the open one? Two layouts say so:
 * - curly marks inside a curly quotation: an opening mark, then a closing one, then a closing
 *   mark in the same paragraph that ends the outer quotation;
 * - the other family of marks inside the open quotation (curly inside straight, straight inside
 *   curly): an opening mark and its closing mark in the same paragraph. Mixed families are how
 *   writers and editors nest doubles without singles ('"... isn't about “Equal Justice” ..."').
 *   Straight inside curly also needs the curly close after them, as a straight mark could
 *   otherwise be a sloppy closer of the outer quotation.
 */
function nestsIn(text: string, doubles: readonly Mark[], k: number, open: Mark): boolean {
  const m = doubles[k]!;
  const inner = doubles[k + 1];
  const outer = doubles[k + 2];
  if (!m.canOpen || inner === undefined || !inner.canClose || lineBreakBetween(text, m.at, inner.at)) return false;
  const straight = (x: Mark): boolean => isStraight(text, x);
  if (straight(open) && m.glyph === 'open' && inner.glyph === 'close') return true;
  if (outer === undefined || outer.glyph !== 'close' || !outer.canClose) return false;
  if (open.glyph === 'open' && straight(m) && straight(inner) && onlyOpener(m) && onlyCloser(inner)) return !lineBreakBetween(text, m.at, outer.at);
  if (m.glyph !== 'open' || open.glyph !== 'open' || inner.glyph !== 'close') return false;
  return !lineBreakBetween(text, open.at, outer.at);
}

/** Index of the quotation (ordered, not overlapping) whose content holds `at`, else -1. */
function containing(quotes: readonly Quotation[], at: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A short single-quoted run outside any double quotation: a term or scare quote ('gravity tractor'). */
function isTermLike(text: string, start: number, end: number): boolean {
  return end - start <= 80;
}

function trimEndBefore(text: string, at: number): number {
  let e = at;
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e;
}
