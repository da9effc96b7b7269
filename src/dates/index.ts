/**
 * The dates stage: finds temporal expressions over the article's tokens with an ordered list
 * of rules (the longest match wins), and resolves them to TIMEX3 values against the
 * publication date.
 */
import type { ArticleContext } from '../context.js';
import type { EntityIndex } from '../entities/index.js';
import type { DateMention, Granularity } from '../schema/date.js';
import { makeSpan } from '../span.js';
import { anchorDay, rangeOf } from './calendar.js';
import { century, continuedDay, dayMonth, decade, fiscalYear, holiday, modifiedYear, monthDay, monthYear, numericDate, spokenYear, year } from './rules/calendar.js';
import { anaphoricQuarter, approximatorAt, duration, quarter, reference, set, theWeekend, theYear, vagueDuration } from './rules/periods.js';
import { ago, deictic, earlierDay, partThenDay, season, shiftedUnit, thisPartOfDay, weekday, yearAgoAdjective } from './rules/relative.js';
import { clockTime } from './rules/times.js';
import { tenseAt } from './tense.js';
import { HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, REFERENCE_WORDS, SEASONS, UNITS, WEEKDAYS, ZONES } from '../lexicon/time-words.js';
import type { DateEnv, DateMatch, DateRule, DateToken, Resolved } from './types.js';

/** The rules, most specific first; at each position the longest match wins, ties going to the earlier rule. */
export const DATE_RULES: readonly DateRule[] = [
  clockTime,
  monthDay,
  continuedDay,
  dayMonth,
  numericDate,
  quarter,
  anaphoricQuarter,
  monthYear,
  decade,
  century,
  modifiedYear,
  fiscalYear,
  spokenYear,
  holiday,
  ago,
  yearAgoAdjective,
  earlierDay,
  partThenDay,
  thisPartOfDay,
  shiftedUnit,
  season,
  deictic,
  weekday,
  set,
  duration,
  vagueDuration,
  reference,
  theYear,
  theWeekend,
  year,
];

const EDGE_MODIFIERS: [string[], string][] = [
  [['the', 'end', 'of'], 'END'],
  [['end', 'of'], 'END'],
  [['the', 'beginning', 'of'], 'START'],
  [['the', 'start', 'of'], 'START'],
  [['the', 'middle', 'of'], 'MID'],
  [['early'], 'START'],
  [['late'], 'END'],
  [['mid'], 'MID'],
  [['mid', '-'], 'MID'],
];

interface Found {
  first: number;
  last: number;
  match: DateMatch;
  mod: string | undefined;
}

/** Splits hyphenated words so rules see "third - quarter"; keeps the article token index of each part. */
function dateTokens(article: ArticleContext, from: number, to: number): { tokens: DateToken[]; source: number[] } {
  const tokens: DateToken[] = [];
  const source: number[] = [];
  for (let i = from; i < to; i++) {
    const t = article.tokens[i]!;
    const parts = t.text.length > 2 && /\p{L}|\d/u.test(t.text) ? t.text.split(/(?<=[\p{L}\d])(-)(?=[\p{L}\d])/u) : [t.text];
    let at = t.start;
    parts.forEach((part, k) => {
      tokens.push({ text: part, lower: part.toLowerCase(), start: at, end: at + part.length, pos: t.pos, spaceBefore: k === 0 ? t.spaceBefore : false });
      source.push(i);
      at += part.length;
    });
  }
  return { tokens, source };
}

function bestAt(tokens: readonly DateToken[], i: number, end: number): DateMatch | null {
  let best: DateMatch | null = null;
  for (const rule of DATE_RULES) {
    const m = rule(tokens, i, end);
    if (m && m.len > 0 && (!best || m.len > best.len)) best = m;
  }
  return best;
}

/**
 * Words one of which every temporal expression contains (with any token holding a digit): the
 * rules are only tried where one lies close ahead, which spares most of a sentence's positions.
 */
const ANCHORS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...PARTS_OF_DAY.keys(), ...UNITS.keys(), ...REFERENCE_WORDS.keys(),
  ...ZONES.keys(), ...[...HOLIDAYS.keys()].flatMap((h) => h.split(' ')), ...NUMBER_WORDS.keys(), ...ORDINALS.keys(),
  'ago', 'today', 'tomorrow', 'yesterday', 'tonight', 'noon', 'midnight', 'midday', 'once', 'recent', 'current', 'future', 'past',
  'present', 'later', 'earlier', 'previous', 'latest', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly',
  'quarterly', 'annual', 'fiscal', 'century', 'centuries', 'decade', 'decades', 'millennium', 'twenties', 'thirties', 'forties',
  'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'time', 'times', 'period', 'periods', 'term', 'span', 'spanning',
  'stretch', 'stage', 'era', 'age', 'date', 'dates', 'year-ago', 'year-earlier', 'thereafter', 'afterwards', 'immediately',
  'since', 'until', 'till', 'through', 'throughout', 'then', 'former', 'eventually', 'long', 'short', 'end', 'beginning', 'start',
  'middle', 'early', 'late', 'mid', 'next', 'last', 'this', 'coming', 'following', 'same', 'a.m.', 'p.m.', 'am', 'pm', 'o’clock',
  "o'clock", 'semester', 'season', 'seasons', 'weekday', 'weekdays', 'eve', 'holiday', 'holidays', 'anniversary', 'previously',
  // Plurals name sets: "on Fridays", "summers", "mornings".
  ...[...WEEKDAYS.keys(), ...SEASONS.keys(), ...PARTS_OF_DAY.keys()].filter((w) => !w.endsWith('.')).map((w) => `${w}s`),
]);
const DIGIT = /\d/;
/** Rules see at most this many tokens past an anchor's position to the start of their match. */
const ANCHOR_REACH = 8;

function scanSentence(tokens: readonly DateToken[]): Found[] {
  const out: Found[] = [];
  const end = tokens.length;
  // The nearest anchor at or after each position.
  const nextAnchor = new Int32Array(end + 1).fill(end + ANCHOR_REACH);
  for (let i = end - 1; i >= 0; i--) nextAnchor[i] = ANCHORS.has(tokens[i]!.lower) || DIGIT.test(tokens[i]!.text) ? i : nextAnchor[i + 1]!;
  for (let i = 0; i < end; i++) {
    if (nextAnchor[i]! - i >= ANCHOR_REACH) {
      i = nextAnchor[i]! - ANCHOR_REACH;
      continue;
    }
    const match = bestAt(tokens, i, end);
    if (!match) continue;
    out.push({ first: i, last: i + match.len, match, mod: undefined });
    i += match.len - 1;
  }
  // Modifiers in front: "more than four hours", "early next year", "the end of the month".
  for (const f of out) {
    const prevEnd = out[out.indexOf(f) - 1]?.last ?? 0;
    let extended = false;
    for (let back = 3; back >= 1 && !extended; back--) {
      const from = f.first - back;
      if (from < prevEnd) continue;
      const approx = approximatorAt(tokens, from, end);
      if (approx && approx.len === back) {
        f.first = from;
        f.mod = approx.mod;
        extended = true;
        continue;
      }
      for (const [words, mod] of EDGE_MODIFIERS) {
        if (words.length !== back) continue;
        if (words.every((w, k) => tokens[from + k]!.lower === w)) {
          f.first = from;
          f.mod = mod;
          extended = true;
          break;
        }
      }
    }
  }
  return out;
}

function granularityOf(value: string): Granularity | null {
  if (/_REF$/.test(value)) return 'reference';
  if (/^P/.test(value)) {
    const unit = /([A-Z]+)$/.exec(value)?.[1] ?? '';
    const time = value.includes('T');
    const map: Record<string, Granularity> = { Y: 'year', M: time ? 'minute' : 'month', W: 'week', D: 'day', H: 'hour', S: 'second', Q: 'quarter', DE: 'decade', CE: 'century', WE: 'week' };
    return map[unit] ?? null;
  }
  if (/T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/T(?:MO|AF|EV|NI|DT)$/.test(value)) return 'partofday';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /^XXXX-WXX-\d$/.test(value)) return 'day';
  if (/-W[\dX]{2}/.test(value)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/-Q[\dX]$/.test(value)) return 'quarter';
  if (/-H\d$/.test(value)) return 'half';
  if (/-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^[\dX]{3}$/.test(value)) return 'decade';
  if (/^[\dX]{2}$/.test(value)) return 'century';
  return null;
}

function insideLongerName(entityAt: (string | undefined)[], types: Map<string, string>, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const id = entityAt[i];
    const type = id ? types.get(id) : undefined;
    if (type !== 'ORGANIZATION' && type !== 'PERSON') continue;
    if ((first > 0 && entityAt[first - 1] === id) || entityAt[last] === id) return true;
  }
  return false;
}

export function findDates(article: ArticleContext, earlier: { entities?: EntityIndex }): { dates: DateMention[] } {
  const dct = anchorDay(article.publishedAt, article.timezone);
  const dates: DateMention[] = [];
  let lastQuarter: { y: number; q: number } | null = null;
  let unanchored = 0;
  const entityAt = earlier.entities?.entityAtToken;
  const entityType = new Map(earlier.entities?.entities.map((e) => [e.id, e.type]) ?? []);
  for (const sentence of article.sentences) {
    const { tokens, source } = dateTokens(article, sentence.first, sentence.last);
    for (const f of scanSentence(tokens)) {
      const firstToken = source[f.first]!;
      const lastToken = source[f.last - 1]! + 1;
      // Inside a longer person's or organization's name ("Tuesday Morning Corp.") it is not a date.
      if (entityAt && insideLongerName(entityAt, entityType, firstToken, lastToken)) continue;
      const { tense, distance } = tenseAt(article, firstToken, lastToken);
      const env: DateEnv = {
        dct,
        tense,
        tenseDistance: distance,
        // Once an article names a quarter it is about that quarter: "a year ago" means it, a year before.
        quarter: lastQuarter,
      };
      const resolved: Resolved | null = f.match.resolve(env);
      if (!resolved) continue;
      const q = resolved.context === 'quarter' ? /^(\d{4})-Q([1-4])$/.exec(resolved.value) : null;
      if (q) {
        lastQuarter = { y: Number(q[1]), q: Number(q[2]) };
      }
      if (dct === null && /X/.test(resolved.value)) unanchored++;
      const span = makeSpan(article.text, tokens[f.first]!.start, tokens[f.last - 1]!.end);
      const mod = f.mod ?? resolved.mod;
      const mention: DateMention = {
        id: `d${dates.length + 1}`,
        ...span,
        type: resolved.type,
        value: resolved.value,
        granularity: granularityOf(resolved.value),
        range: resolved.type === 'DATE' || resolved.type === 'TIME' ? rangeOf(resolved.value) : null,
      };
      if (mod) mention.mod = mod;
      dates.push(mention);
    }
  }
  if (unanchored > 0) {
    article.warn({
      code: 'NO_PUBLICATION_DATE',
      message: `${unanchored} relative date${unanchored === 1 ? '' : 's'} could not be resolved without publishedAt; their values use X placeholders`,
    });
  }
  return { dates };
}
