/**
 * Every hard case listed in ../shared/corpus/hard-cases.jsonl, checked by what its kind of case
 * asks for rather than by a fixed output: a new case of a known kind is covered as soon as it is
 * listed, and a kind this file does not know fails the suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../src/index.js';
import { HAVE_SHARED, SHARED, sharedArticles } from './helpers/analysis.js';

interface HardCase {
  id: string;
  case: string;
  start: number;
  end: number;
  excerpt: string;
  note: string;
}

const cases: HardCase[] = HAVE_SHARED
  ? readFileSync(join(SHARED, 'corpus', 'hard-cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as HardCase)
  : [];
const articles = new Map(sharedArticles().map((a) => [a.id, a]));
const analyses = new Map<string, Analysis>();
function analysisOf(id: string): Analysis {
  let a = analyses.get(id);
  if (!a) {
    const article = articles.get(id)!;
    a = analyze(article.text, { publishedAt: article.publishedAt });
    analyses.set(id, a);
  }
  return a;
}

type Range = { start: number; end: number };
const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'it']);

/** What each kind of hard case requires of the analysis of its excerpt. */
const CHECKS: Record<string, (a: Analysis, h: HardCase, text: string) => void> = {
  'multi-paragraph-quote': (a, h) => {
    const q = a.quotes.find((x) => overlaps(x, h));
    expect(q?.text).toContain('\n');
    expect(q?.speaker?.name).toBeTruthy();
  },
  'nested-quotes': (a, h, text) => {
    // The single mark that opens the inner quotation lies inside an outer quotation, and opens none itself.
    const inner = h.start + h.excerpt.search(/(?<=^|[\s,])['‘]/u);
    expect(inner).toBeGreaterThanOrEqual(h.start);
    expect(a.quotes.some((q) => q.start <= inner && inner < q.end)).toBe(true);
    expect(a.quotes.some((q) => q.open.start === inner)).toBe(false);
    expect(text.slice(inner, inner + 1)).toMatch(/['‘]/u);
  },
  'speaker-before': (a, h) => speakersInExcerpt(a, h),
  'speaker-after': (a, h) => speakersInExcerpt(a, h),
  'speaker-middle': (a, h) => speakersInExcerpt(a, h),
  'pronoun-speaker': (a, h) => {
    const q = a.quotes.find((x) => overlaps(x, h));
    expect(PRONOUNS.has(q?.speaker?.mention?.text.toLowerCase() ?? '')).toBe(true);
    expect(q?.speaker?.name).toMatch(/^\p{Lu}\p{L}+ \p{Lu}/u); // resolved to a full name
  },
  'anonymous-source': (a, h) => {
    const attribution = a.attributions.find((x) => x.source && overlaps(x.source, h));
    expect(attribution?.source?.name).toBeTruthy();
    // An unnamed source keeps its description: its name is not some person named inside it.
    const person = a.entities.find((e) => e.type === 'PERSON' && e.name === attribution?.source?.name);
    expect(person).toBeUndefined();
  },
  'relative-dates': (a, h) => {
    const date = a.dates.find((d) => overlaps(d, h));
    expect(date?.value).toMatch(/^\d{4}-\d\d-\d\d$/);
  },
  'editorial-insertion': (a, h, text) => {
    const bracket = h.start + h.excerpt.indexOf('[');
    const q = a.quotes.find((x) => x.start <= bracket && bracket < x.end);
    expect(q?.text).toContain(text.slice(bracket, h.start + h.excerpt.indexOf(']') + 1));
  },
  'non-english-quote': (a, h) => {
    // No quotation marks: nothing in it is taken for a quotation, and the article still yields its English quotes.
    expect(a.quotes.some((q) => overlaps(q, h))).toBe(false);
    expect(a.quotes.some((q) => q.kind === 'speech' && q.speaker?.name)).toBe(true);
  },
  'dateline-in-body': (a, h) => {
    // The place of the dateline is a place, and no source or speaker runs across its dash.
    expect(a.entities.some((e) => e.type === 'LOCATION' && e.mentions.some((m) => overlaps(m, h)))).toBe(true);
    const dash = h.start + h.excerpt.search(/ [-—–] /u) + 1;
    expect(a.attributions.some((x) => x.source && x.source.start < dash && dash < x.source.end)).toBe(false);
  },
  'quote-via-participle': (a, h) => {
    const q = a.quotes.find((x) => overlaps(x, h));
    expect(q?.speaker?.name).toMatch(/^\p{Lu}\p{L}+ \p{Lu}/u);
  },
  tweets: (a, h, text) => {
    // Every quotation of the paragraph is one of the tweets, all by the one who tweeted.
    const paragraphEnd = text.indexOf('\n', h.start) < 0 ? text.length : text.indexOf('\n', h.start);
    const tweets = a.quotes.filter((q) => q.start >= h.start && q.start < paragraphEnd);
    expect(tweets.length).toBeGreaterThan(1);
    expect(tweets[0]!.speaker?.name).toBeTruthy();
    expect(new Set(tweets.map((q) => q.speaker?.name)).size).toBe(1);
  },
};

/** Each quotation over the excerpt has a speaker whose mention is in the excerpt. */
function speakersInExcerpt(a: Analysis, h: HardCase): void {
  const quotes = a.quotes.filter((q) => overlaps(q, h));
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) expect(q.speaker?.mention && overlaps(q.speaker.mention, h)).toBe(true);
}

describe.skipIf(!HAVE_SHARED)('hard cases of the shared corpus', () => {
  it('are all of kinds this file checks, with excerpts at their offsets', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const h of cases) {
      expect(Object.keys(CHECKS)).toContain(h.case);
      expect(articles.get(h.id)?.text.slice(h.start, h.end)).toBe(h.excerpt);
    }
  });
  it.each(cases.map((h) => [`${h.case}: ${h.excerpt.slice(0, 50)}`, h] as const))('%s', (_name, h) => {
    CHECKS[h.case]!(analysisOf(h.id), h, articles.get(h.id)!.text);
  });
});
