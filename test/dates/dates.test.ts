import { describe, expect, it } from 'vitest';
import { rangeOf, weekStart } from '../../src/dates/calendar.js';
import { analyze } from '../../src/index.js';
import { expectValidAnalysis, seedArticle } from '../helpers/analysis.js';

/** Published Thursday 2024-11-14, as the seed article. */
const PUBLISHED = '2024-11-14';
const datesOf = (text: string, publishedAt: string | null = PUBLISHED) => {
  const r = analyze(text, { publishedAt, include: ['dates'] });
  expectValidAnalysis(text, r);
  return r;
};
const values = (text: string, publishedAt: string | null = PUBLISHED) => datesOf(text, publishedAt).dates.map((d) => [d.text, d.value]);

describe('dates of the seed article', () => {
  const { text, publishedAt } = seedArticle();
  const found = Object.fromEntries(datesOf(text, publishedAt).dates.map((d) => [d.text, d]));
  it.each([
    ['Monday', 'DATE', '2024-11-11'],
    ['Last Thursday', 'DATE', '2024-11-07'],
    ['next week', 'DATE', '2024-W47'],
    ['2020', 'DATE', '2020'],
    ['1979', 'DATE', '1979'],
    ['444-day', 'DURATION', 'P444D'],
    ['an hour', 'DURATION', 'PT1H'],
    ['first 100 days', 'DURATION', 'P100D'],
  ])('%s is %s %s', (expression, type, value) => {
    expect(found[expression]).toMatchObject({ type, value });
  });
  it('gives ranges and granularity', () => {
    expect(found['next week']).toMatchObject({ granularity: 'week', range: { start: '2024-11-18', end: '2024-11-24' } });
    expect(found['444-day']).toMatchObject({ granularity: 'day', range: null });
  });
});

describe('resolution against the publication date (Thursday 2024-11-14)', () => {
  const table: [string, string, string][] = [
    ['weekday in the past', 'The talks ended Tuesday.', '2024-11-12'],
    ['weekday on the day itself', 'He said Thursday that talks went well.', '2024-11-14'],
    ['weekday in the future', 'The committee will vote Tuesday.', '2024-11-19'],
    ['next weekday', 'They meet next Friday.', '2024-11-15'],
    ['yesterday', 'It happened yesterday.', '2024-11-13'],
    ['tomorrow', 'It opens tomorrow.', '2024-11-15'],
    ['two days ago', 'Two days ago the bill passed.', '2024-11-12'],
    ['six weeks ago', 'He spoke six weeks ago.', '2024-W40'],
    ['last month', 'Prices rose last month.', '2024-10'],
    ['this year', 'Sales rose this year.', '2024'],
    ['next year', 'Elections are due next year.', '2025'],
    ['last year', 'Sales fell last year.', '2023'],
    ['a year earlier', 'Profit doubled from a year earlier.', '2023'],
    ['bare month in a past clause', 'The plant closed in March.', '2024-03'],
    ['bare month in a future clause', 'The plant will close in March.', '2025-03'],
    ['month and day without a year', 'The deadline is Nov. 20.', '2024-11-20'],
    ['full date', 'It was signed on Oct. 15, 1999.', '1999-10-15'],
    ['British order', 'It was signed on 15 October 1999.', '1999-10-15'],
    ['month and year', 'In July 1997 the crisis began.', '1997-07'],
    ['numeric date', 'Dated 10/26/89 and filed.', '1989-10-26'],
    ['ISO date', 'Filed 2024-11-01 in court.', '2024-11-01'],
    ['decade', 'It peaked in the 1990s.', '199'],
    ['late decade', 'It peaked in the late 1970s.', '197'],
    ['century', 'The 20th century ended.', '19'],
    ['quarter', 'Third-quarter profit rose.', '2024-Q3'],
    ['quarter with year', 'In the fourth quarter of 2023 sales fell.', '2023-Q4'],
    ['half', 'Sales rose in the first half.', '2024-H1'],
    ['season', 'They met this summer.', '2024-SU'],
    ['fiscal year', 'In fiscal 2023 revenue rose.', '2023'],
    ['holiday', 'The store opens on Christmas Day.', '2024-12-25'],
    ['time with day', 'It starts at 10 p.m. Wednesday.', '2024-11-13T22:00'],
    ['part of day', 'He left this morning.', '2024-11-14TMO'],
    ['reference', 'Prices are now higher.', 'PRESENT_REF'],
    ['past reference', 'Officials recently said so.', 'PAST_REF'],
    ['duration', 'The strike lasted three weeks.', 'P3W'],
    ['fractional duration', 'The talks lasted 2 1/2 hours.', 'PT2H30M'],
    ['hyphenated duration', 'A 10-year note was sold.', 'P10Y'],
    ['vague duration', 'It went on for years.', 'PXY'],
    ['set', 'The paper is published daily.', 'P1D'],
    ['recurring weekday', 'They meet every Monday.', 'XXXX-WXX-1'],
  ];
  it.each(table)('%s', (_name, text, value) => {
    expect(datesOf(text).dates.map((d) => d.value)).toContain(value);
  });

  it('reads plural weekdays and parts of the day as sets', () => {
    expect(values('Schools still serve fish on Fridays, and she works Saturday mornings.')).toEqual([
      ['Fridays', 'XXXX-WXX-5'],
      ['Saturday mornings', 'XXXX-WXX-6TMO'],
    ]);
  });

  it('takes the tense of a participle from its auxiliary', () => {
    // "paid" alone reads as past; "will be paid" is future, "has set ... as the deadline" present.
    expect(values('The dividend will be paid Jan. 9 to holders of record.')).toEqual([['Jan. 9', '2025-01-09']]);
    expect(values('The board has set Nov. 20 as the deadline for offers.')).toEqual([['Nov. 20', '2024-11-20']]);
    expect(values('The shares were sold Nov. 2 at a loss.')).toEqual([['Nov. 2', '2024-11-02']]);
  });

  it('leans to the past when nothing says which way, as news mostly reports', () => {
    // May 2025 lies 6 months ahead, May 2024 6.5 months back: without a tense the past wins.
    expect(values('Investigators gathered evidence in the May shooting of a guard.')).toEqual([['May', '2024-05']]);
    expect(values('Detectives are still looking into the May shooting of a guard.')).toEqual([['May', '2024-05']]);
  });

  it('keeps modifiers in the extent with a TIMEX3 mod', () => {
    const r = datesOf('It lasted more than four hours.');
    expect(r.dates[0]).toMatchObject({ text: 'more than four hours', value: 'PT4H', mod: 'MORE_THAN' });
    expect(datesOf('It should end by early next year.').dates[0]).toMatchObject({ text: 'early next year', value: '2025', mod: 'START' });
  });

  it('reads a year range as two dates', () => {
    expect(values('The 2009-2010 season was long.')).toEqual([['2009', '2009'], ['2010', '2010']]);
  });
});

describe('no false alarms', () => {
  const none: [string, string][] = [
    ['the verb may', 'Officials may announce a deal. May I ask?'],
    ['march as a verb', 'Protesters march toward the capital.'],
    ['the Sunday Times', 'The Sunday Times reported the story.'],
    ['numbers that are not years', 'The company sold 2020 cars and paid $1990 in fees; 1,995 people came.'],
    ['second as an ordinal', 'He won a second term as the second candidate.'],
    ['ages', 'The 6-year-old boy and his 55 years old uncle arrived.'],
  ];
  it.each(none)('%s', (_name, text) => {
    expect(datesOf(text).dates).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('uses X placeholders for relative values and warns once', () => {
    const r = datesOf('It happened yesterday and will end next week, unlike in 1979.', null);
    expect(r.dates.map((d) => d.value)).toEqual(['XXXX-XX-XX', 'XXXX-WXX', '1979']);
    expect(r.warnings.filter((w) => w.code === 'NO_PUBLICATION_DATE')).toHaveLength(1);
  });
});

describe('time zones', () => {
  it('takes the calendar date of a date-time publishedAt in the given zone', () => {
    const text = 'It happened yesterday.';
    expect(analyze(text, { publishedAt: '2024-11-14T03:00:00Z', include: ['dates'] }).dates[0]!.value).toBe('2024-11-13');
    expect(analyze(text, { publishedAt: '2024-11-14T03:00:00Z', timezone: 'America/New_York', include: ['dates'] }).dates[0]!.value).toBe('2024-11-12');
    expect(analyze(text, { publishedAt: '2024-11-14T23:00:00Z', timezone: '+02:00', include: ['dates'] }).dates[0]!.value).toBe('2024-11-14');
  });
});

describe('calendar', () => {
  it('computes ISO weeks and ranges', () => {
    expect(weekStart(2024, 47)).toEqual({ y: 2024, m: 11, d: 18 });
    expect(weekStart(2021, 1)).toEqual({ y: 2021, m: 1, d: 4 });
    expect(rangeOf('2024-Q3')).toEqual({ start: '2024-07-01', end: '2024-09-30' });
    expect(rangeOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(rangeOf('199')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
    expect(rangeOf('P3D')).toBeNull();
  });
});
