/**
 * Quarters, halves, durations, sets and reference words: "third-quarter", "the year-ago
 * quarter", "the first half of 1989", "444-day", "the past three years", "an hour", "daily",
 * "every Monday", "now", "recently", "the future".
 */
import { addDays, formatYear, quarterOf } from '../calendar.js';
import { type DateEnv, type DateRule, is, isHyphen, lowerAt, quantityAt, type Resolved, unitAt } from '../types.js';
import { durationValue, unitValue, unknownValue, weekValue } from '../values.js';
import { ORDINALS, REFERENCE_WORDS, WEEKDAYS } from '../../lexicon/time-words.js';
import { monthAt, yearAt } from './calendar.js';

const date = (value: string, mod?: string): Resolved => ({ type: 'DATE', value, ...(mod ? { mod } : {}) });

/** The year of a quarter named without one: the latest such quarter, or the next in future tense. */
function quarterYear(env: DateEnv, q: number): number | null {
  if (env.dct === null) return null;
  // News reports quarters that have ended or are running, whatever the tense of the verb.
  return q > quarterOf(env.dct.m) ? env.dct.y - 1 : env.dct.y;
}

/** The quarter the text is talking about when it says "the quarter": the one in context, else the last completed one. */
function contextQuarter(env: DateEnv): { y: number; q: number } | null {
  if (env.quarter) return env.quarter;
  if (env.dct === null) return null;
  const index = env.dct.y * 4 + quarterOf(env.dct.m) - 2;
  return { y: Math.floor(index / 4), q: (index % 4) + 1 };
}

const YEAR_POSSESSIVES: Record<string, number> = { this: 0, last: -1, next: 1 };

/** "third-quarter", "the fourth quarter of 1989", "this year's third quarter", "the first half", "Q3". */
export const quarter: DateRule = (t, i, end) => {
  let k = i;
  let yearOffset: number | null = null;
  let explicitYear: number | null = null;
  let back = 0;
  const hasThe = is(t, k, end, 'the');
  if (hasThe) k++;
  // "the year-ago third quarter"
  if (is(t, k, end, 'year') && isHyphen(t, k + 1, end) && is(t, k + 2, end, 'ago', 'earlier')) {
    back = 1;
    k += 3;
  }
  // "this year's", "last year's", "1989's"
  if (is(t, k, end, 'this', 'last', 'next') && is(t, k + 1, end, 'year') && is(t, k + 2, end, "'s", '’s')) {
    yearOffset = YEAR_POSSESSIVES[lowerAt(t, k, end)!]!;
    k += 3;
  } else if (yearAt(t, k, end) !== null && is(t, k + 1, end, "'s", '’s')) {
    explicitYear = yearAt(t, k, end);
    k += 2;
  } else if (yearAt(t, k, end) !== null && (is(t, k + 1, end, 'first', 'second', 'third', 'fourth') || is(t, k + 1, end, 'fiscal'))) {
    explicitYear = yearAt(t, k, end);
    k += 1;
  }
  if (is(t, k, end, 'fiscal')) k++;
  let q: number | null = null;
  let half = false;
  const w = lowerAt(t, k, end) ?? '';
  const qWord = /^q([1-4])$/.exec(w);
  if (qWord) {
    q = Number(qWord[1]);
    k++;
  } else {
    const ord = ORDINALS.get(w);
    if (ord === undefined || ord < 1 || ord > 4) return null;
    let j = k + 1;
    if (isHyphen(t, j, end)) j++;
    if (is(t, j, end, 'quarter', 'period')) q = ord;
    else if (is(t, j, end, 'half') && ord <= 2) {
      q = ord;
      half = true;
    } else return null;
    if (is(t, j, end, 'period') && !is(t, j - 1, end, '-')) return null;
    // "third-quarter loss" is an adjective and is written without its article
    if (hasThe && j > k + 1 && back === 0 && yearOffset === null && explicitYear === null) return null;
    k = j + 1;
  }
  // "of 1989", "of fiscal 1990", "1989"
  if (is(t, k, end, 'of') && yearAt(t, k + 1, end) !== null) {
    explicitYear = yearAt(t, k + 1, end);
    k += 2;
  } else if (is(t, k, end, 'of') && is(t, k + 1, end, 'fiscal') && yearAt(t, k + 2, end) !== null) {
    explicitYear = yearAt(t, k + 2, end);
    k += 3;
  } else if (yearAt(t, k, end) !== null) {
    explicitYear = yearAt(t, k, end);
    k += 1;
  } else if (is(t, k, end, 'of') && is(t, k + 1, end, 'this', 'last', 'next') && is(t, k + 2, end, 'year')) {
    yearOffset = YEAR_POSSESSIVES[lowerAt(t, k + 1, end)!]!;
    k += 3;
  }
  const qq = q;
  return {
    len: k - i,
    resolve: (env) => {
      const base = explicitYear ?? (yearOffset !== null && env.dct ? env.dct.y + yearOffset : half ? (env.dct ? env.dct.y : null) : quarterYear(env, qq));
      const y = base === null ? null : base - back;
      const label = half ? `H${qq}` : `Q${qq}`;
      return { ...date(y === null ? `XXXX-${label}` : `${formatYear(y)}-${label}`), context: 'quarter' };
    },
  };
};

/** "the quarter", "the latest quarter", "the year-ago quarter", "last year's quarter", "the current quarter". */
export const anaphoricQuarter: DateRule = (t, i, end) => {
  let k = i;
  let back = 0;
  let latest = false;
  let explicitYear: number | null = null;
  if (is(t, k, end, 'last') && is(t, k + 1, end, 'year') && is(t, k + 2, end, "'s", '’s')) {
    back = 1;
    k += 3;
  } else if (is(t, k, end, 'the')) {
    k++;
    if (is(t, k, end, 'latest', 'recent', 'most')) {
      latest = true;
      k += is(t, k, end, 'most') && is(t, k + 1, end, 'recent') ? 2 : 1;
    } else if (is(t, k, end, 'current')) {
      k++;
    } else if (is(t, k, end, 'year') && isHyphen(t, k + 1, end) && is(t, k + 2, end, 'ago', 'earlier')) {
      back = 1;
      k += 3;
    } else if (is(t, k, end, 'same', 'corresponding', 'comparable')) k++;
    else if (yearAt(t, k, end) !== null) {
      explicitYear = yearAt(t, k, end);
      k++;
    }
  } else if (is(t, k, end, 'year') && isHyphen(t, k + 1, end) && is(t, k + 2, end, 'ago', 'earlier') && is(t, k + 3, end, 'period', 'quarter')) {
    back = 1;
    k += 3;
  } else return null;
  if (is(t, k, end, 'fiscal')) k++;
  const head = lowerAt(t, k, end);
  if (head !== 'quarter' && head !== 'period') return null;
  let len = k + 1 - i;
  // "the corresponding period last year", "the quarter a year ago"
  if (is(t, k + 1, end, 'last') && is(t, k + 2, end, 'year')) {
    back = 1;
    len += 2;
  } else if (is(t, k + 1, end, 'a') && is(t, k + 2, end, 'year') && is(t, k + 3, end, 'ago', 'earlier')) {
    back = 1;
    len += 3;
  }
  const periodWord = head === 'period';
  return {
    len,
    resolve: (env) => {
      // "the period" only means a quarter where the text is about quarters.
      if (periodWord && !env.quarter && explicitYear === null) return null;
      // "the latest quarter" is the last one reported: the last completed quarter.
      const cq = latest && env.dct ? contextQuarter({ ...env, quarter: null }) : contextQuarter(env);
      if (explicitYear !== null) return date(cq && env.quarter ? `${formatYear(explicitYear)}-Q${cq.q}` : formatYear(explicitYear));
      return { ...date(cq === null ? 'XXXX-QX' : `${formatYear(cq.y - back)}-Q${cq.q}`), ...(back === 0 ? { context: 'quarter' as const } : {}) };
    },
  };
};

const APPROXIMATORS: [string[], string][] = [
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'],
  [['not', 'more', 'than'], 'EQUAL_OR_LESS'],
  [['more', 'than'], 'MORE_THAN'],
  [['less', 'than'], 'LESS_THAN'],
  [['fewer', 'than'], 'LESS_THAN'],
  [['at', 'least'], 'EQUAL_OR_MORE'],
  [['at', 'most'], 'EQUAL_OR_LESS'],
  [['up', 'to'], 'EQUAL_OR_LESS'],
  [['nearly'], 'LESS_THAN'],
  [['almost'], 'LESS_THAN'],
  [['about'], 'APPROX'],
  [['around'], 'APPROX'],
  [['approximately'], 'APPROX'],
  [['roughly'], 'APPROX'],
  [['some'], 'APPROX'],
  [['over'], 'MORE_THAN'],
];

/** A modifier such as "more than" or "nearly" at token i: its length and TIMEX3 mod. */
export function approximatorAt(t: Parameters<DateRule>[0], i: number, end: number): { len: number; mod: string } | null {
  for (const [words, mod] of APPROXIMATORS) {
    if (!words.every((w, k) => is(t, i + k, end, w))) continue;
    // "over the past year" is a preposition; "over an hour" is a modifier
    if ((words[0] === 'over' || words[0] === 'some' || words[0] === 'around') && is(t, i + words.length, end, 'the', 'this', 'that')) return null;
    return { len: words.length, mod };
  }
  return null;
}

/** "three days", "the past three years", "the first 100 days", "444-day", "an hour", "a few days", "at least 20 more years". */
export const duration: DateRule = (t, i, end) => {
  let k = i;
  const hasThe = is(t, k, end, 'the') || (is(t, k, end, 'a') && isHyphen(t, k + 2, end) && unitAt(t, k + 3, end) !== null);
  if (hasThe) k++;
  const hasModifier = is(t, k, end, 'past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'initial', 'latest', 'following');
  if (hasModifier) k++;
  const q = quantityAt(t, k, end);
  if (q === null) return null;
  const quantityWord = lowerAt(t, k, end);
  if (/^(1[0-9]|20)[0-9]{2}$/.test(quantityWord ?? '')) return null; // "the 1988 quarter" is a year
  k += q.len;
  // "two to three weeks", "12 to 18 months": the range as one expression
  if (is(t, k, end, 'to', 'or', '-', '–') && quantityAt(t, k + 1, end) && unitAt(t, k + 1 + quantityAt(t, k + 1, end)!.len, end)) {
    k += 1 + quantityAt(t, k + 1, end)!.len;
  }
  if (is(t, k, end, 'more', 'additional', 'full', 'straight', 'consecutive', 'long', 'trading', 'business', 'working', 'calendar')) k++;
  const hyphenated = isHyphen(t, k, end);
  if (hyphenated) k++;
  const unit = unitAt(t, k, end);
  if (unit === null) return null;
  const plural = t[k]!.lower.endsWith('s');
  // Ages are not durations: "6-year-old", "55 years old"
  if ((isHyphen(t, k + 1, end) && is(t, k + 2, end, 'old')) || is(t, k + 1, end, 'old')) return null;
  // "a year-earlier loss": the adjective rule takes it
  if (isHyphen(t, k + 1, end) && is(t, k + 2, end, 'earlier', 'ago')) return null;
  // "three-quarters of": a fraction
  if (unit === 'quarter' && is(t, k + 1, end, 'of')) return null;
  // "the 10-year note": the article belongs to the noun, not to the duration
  if (hasThe && hyphenated && !hasModifier && !is(t, k + 1, end, 'period', 'span', 'stretch')) return null;
  return durationFrom(t, i, k, end, q.n, unit, quantityWord, plural);
};

function durationFrom(t: Parameters<DateRule>[0], i: number, k: number, end: number, n0: number | 'X', unit: NonNullable<ReturnType<typeof unitAt>>, quantityWord: string | undefined, plural: boolean): ReturnType<DateRule> {
  // "a second term", "one second-hand": "second" after "a" is an ordinal unless it ends the phrase
  if (unit === 'second' && (quantityWord === 'a' || quantityWord === 'one') && k + 1 < end && /^[\p{L}]/u.test(t[k + 1]!.text)) return null;
  if ((quantityWord === 'a' || quantityWord === 'an') && is(t, i - 1, end, 'once', 'twice', 'times', 'per')) return null;
  if (n0 === 1 && plural && quantityWord !== 'one') return null;
  // "the past several quarters", "the next few months": a vague stretch of the past or future
  const before = lowerAt(t, i, end) === 'the' ? lowerAt(t, i + 1, end) : lowerAt(t, i, end);
  if (n0 === 'X' && (before === 'past' || before === 'last' || before === 'previous')) return { len: k + 1 - i, resolve: () => date('PAST_REF') };
  if (n0 === 'X' && (before === 'next' || before === 'coming')) return { len: k + 1 - i, resolve: () => date('FUTURE_REF') };
  if (unit === 'quarter' && isHyphen(t, k + 1, end) && is(t, k + 2, end, 'to')) return null; // "quarter-to-quarter"
  const n = n0;
  let len = k + 1 - i;
  if (is(t, k + 1, end, 'period', 'span', 'stretch') && isHyphen(t, k - 1, end)) len++;
  if (is(t, k + 1, end, 'or') && is(t, k + 2, end, 'so', 'two', 'more', 'longer')) len += 2;
  // "a minute and a half"
  if (is(t, k + 1, end, 'and') && is(t, k + 2, end, 'a') && is(t, k + 3, end, 'half') && n !== 'X') {
    len += 3;
    const whole = n;
    return { len, resolve: () => ({ type: 'DURATION', value: unit === 'minute' ? `PT${whole}M30S` : durationValue(whole + 0.5, unit) }) };
  }
  return { len, resolve: () => ({ type: 'DURATION', value: durationValue(n, unit) }) };
};

/** "for years", "over decades", "for centuries": a plural unit alone. */
export const vagueDuration: DateRule = (t, i, end) => {
  if (!is(t, i - 1, end, 'for', 'over', 'within', 'throughout', 'spanning')) return null;
  const unit = unitAt(t, i, end);
  if (unit === null || !t[i]!.lower.endsWith('s')) return null;
  return { len: 1, resolve: () => ({ type: 'DURATION', value: durationValue('X', unit) }) };
};

const ADVERB_SETS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', annual: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D',
  biweekly: 'P2W', biannually: 'P6M',
};

/** "daily", "every day", "each year", "every Monday", "a year" after a number ("$5 million a year"). */
export const set: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end);
  if (w === undefined) return null;
  if (w in ADVERB_SETS && w !== 'annual') {
    return { len: 1, resolve: () => ({ type: 'SET', value: ADVERB_SETS[w]! }) };
  }
  if (w === 'every' || w === 'each' || w === 'per') {
    let k = i + 1;
    if (is(t, k, end, 'other')) k++;
    const step = lowerAt(t, k - 1, end) === 'other' ? 2 : 1;
    const day = WEEKDAYS.get(lowerAt(t, k, end) ?? '');
    if (day !== undefined) return { len: k + 1 - i, resolve: () => ({ type: 'SET', value: `XXXX-WXX-${day}` }) };
    const month = monthAt(t, k, end);
    if (month !== null) return { len: k + 1 - i, resolve: () => ({ type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` }) };
    const q = quantityAt(t, k, end);
    const qLen = q && q.n !== 'X' && lowerAt(t, k, end) !== 'a' ? q.len : 0;
    const unit = unitAt(t, k + qLen, end);
    if (unit === null) return null;
    const n = qLen > 0 ? (q!.n as number) : step;
    return { len: k + qLen + 1 - i, resolve: () => ({ type: 'SET', value: durationValue(n, unit) }) };
  }
  if ((w === 'a' || w === 'an') && is(t, i + 1, end, 'year', 'month', 'week', 'day')) {
    const before = lowerAt(t, i - 1, end) ?? '';
    const countBefore = /^(?:\d[\d,.]*|million|billion|thousand|hundred|once|twice|times|percent|%)$/.test(before);
    if (!countBefore) return null;
    const unit = unitAt(t, i + 1, end)!;
    return { len: 2, resolve: () => ({ type: 'SET', value: durationValue(1, unit) }) };
  }
  return null;
};

/** "now", "currently", "recently", "soon", "the past", "the future", "recent years", "the present". */
export const reference: DateRule = (t, i, end) => {
  const w = lowerAt(t, i, end);
  if (w === undefined) return null;
  const ref = REFERENCE_WORDS.get(w);
  if (ref !== undefined) {
    // "as soon as possible" and "soon after" measure from an event, not from now
    if (w === 'soon' && (is(t, i - 1, end, 'as') || is(t, i + 1, end, 'after', 'afterwards', 'thereafter'))) return null;
    return { len: 1, resolve: () => date(ref) };
  }
  if (w === 'the' && is(t, i + 1, end, 'near', 'foreseeable', 'distant', 'immediate') && is(t, i + 2, end, 'future')) return { len: 3, resolve: () => date('FUTURE_REF') };
  if (w === 'the' && is(t, i + 1, end, 'past', 'future', 'present') && !unitAt(t, i + 2, end) && !quantityAt(t, i + 2, end)) {
    const v = lowerAt(t, i + 1, end) === 'past' ? 'PAST_REF' : lowerAt(t, i + 1, end) === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
    const next = i + 2 < end ? t[i + 2]! : undefined;
    if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return null; // "the past president"
    return { len: 2, resolve: () => date(v) };
  }
  if (w === 'these' && is(t, i + 1, end, 'days')) return { len: 2, resolve: () => date('PRESENT_REF') };
  if (w === 'a' && is(t, i + 1, end, 'later') && is(t, i + 2, end, 'date', 'time', 'stage')) return { len: 3, resolve: () => date('FUTURE_REF') };
  if (w === 'right' && is(t, i + 1, end, 'now')) return { len: 2, resolve: () => date('PRESENT_REF') };
  if (w === 'one' && is(t, i + 1, end, 'day') && is(t, i - 1, end, 'will', 'would', 'could', 'may', 'might', 'can')) return { len: 2, resolve: () => date('FUTURE_REF') };
  if (w === 'recent' && is(t, i + 1, end, 'years', 'decades')) return { len: 2, resolve: () => date('PAST_REF') };
  if (w === 'recent' && is(t, i + 1, end, 'months', 'weeks', 'days')) {
    const unit = unitAt(t, i + 1, end)!;
    return { len: 2, resolve: () => ({ type: 'DURATION', value: durationValue('X', unit) }) };
  }
  if ((w === 'coming' || w === 'next') && is(t, i + 1, end, 'years', 'months', 'weeks', 'days', 'decades', 'quarters') && !is(t, i - 1, end, 'the')) {
    return { len: 2, resolve: () => date('FUTURE_REF') };
  }
  // Adjectives of time: "current market conditions", "a recent filing", "future demand"
  const next = i + 1 < end ? t[i + 1]! : undefined;
  const beforeNoun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && !unitAt(t, i + 1, end);
  if (w === 'current' && beforeNoun && !is(t, i + 1, end, 'account', 'accounts', 'affairs', 'events', 'flow', 'flows')) return { len: 1, resolve: () => date('PRESENT_REF') };
  if (w === 'recent' && beforeNoun && !is(t, i - 1, end, 'most')) return { len: 1, resolve: () => date('PAST_REF') };
  if (w === 'future' && is(t, i - 1, end, 'near', 'foreseeable', 'distant')) return null;
  if (w === 'future' && (is(t, i - 1, end, 'in', 'for') || is(t, i + 1, end, '.', ','))) return { len: 1, resolve: () => date('FUTURE_REF') };
  return null;
};

/** "the year", "the fiscal year", "year-end", "the near term": the current year and its kin. */
export const theYear: DateRule = (t, i, end) => {
  // "year-end", "year end", "year's end"
  if (is(t, i, end, 'year') && (isHyphen(t, i + 1, end) || is(t, i + 1, end, "'s", '’s')) && is(t, i + 2, end, 'end')) {
    return { len: 3, resolve: (env) => date(env.dct ? formatYear(env.dct.y) : 'XXXX', 'END') };
  }
  if (is(t, i, end, 'year') && is(t, i + 1, end, 'end') && !is(t, i - 1, end, 'the', 'a')) {
    return { len: 2, resolve: (env) => date(env.dct ? formatYear(env.dct.y) : 'XXXX', 'END') };
  }
  if (!is(t, i, end, 'the')) return null;
  if (is(t, i + 1, end, 'near', 'short', 'long', 'medium') && is(t, i + 2, end, 'term')) {
    return { len: 3, resolve: () => date('FUTURE_REF') };
  }
  // "the end of the month", "the rest of the week"
  if (is(t, i + 1, end, 'month', 'week') && is(t, i - 1, end, 'of') && is(t, i - 2, end, 'end', 'beginning', 'start', 'middle', 'rest', 'remainder')) {
    const unit = lowerAt(t, i + 1, end) === 'month' ? 'month' : 'week';
    return { len: 2, resolve: (env) => date(env.dct ? unitValue(env.dct, unit, 0) : unknownValue(unit)) };
  }
  let k = i + 1;
  if (is(t, k, end, 'full', 'fiscal', 'calendar')) k++;
  if (!is(t, k, end, 'year')) return null;
  if (is(t, k + 1, end, "'s", '’s', '-', 'before', 'after', 'earlier', 'ago')) return null;
  // "the year ended March 31" is the twelve months to that date
  if (is(t, k + 1, end, 'ended', 'ending', 'through', 'to')) return { len: k + 1 - i, resolve: () => ({ type: 'DURATION', value: 'P1Y' }) };
  if (!is(t, i - 1, end, 'for', 'of', 'during', 'in', 'throughout', 'over')) return null;
  return { len: k + 1 - i, resolve: (env) => date(env.dct ? formatYear(env.dct.y) : 'XXXX') };
};

/** "the weekend", "over the weekend": the last one before the publication date, or the next in future tense. */
export const theWeekend: DateRule = (t, i, end) => {
  if (!is(t, i, end, 'the') || !is(t, i + 1, end, 'weekend')) return null;
  return {
    len: 2,
    resolve: (env) => {
      if (env.dct === null) return date('XXXX-WXX-WE');
      const dow = ((new Date(Date.UTC(env.dct.y, env.dct.m - 1, env.dct.d)).getUTCDay() + 6) % 7) + 1;
      // Saturday of the weekend meant: this week's if it has begun (or lies ahead in future tense), else last week's.
      const thisSaturday = addDays(env.dct, 6 - dow);
      const saturday = env.tense === 'future' || dow >= 6 ? thisSaturday : addDays(thisSaturday, -7);
      return date(`${weekValue(saturday)}-WE`);
    },
  };
};
