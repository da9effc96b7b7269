/**
 * Hostile input: what scraped archives throw at a pipeline. Every case must come back as a valid
 * Analysis with exact spans and no failed stage; the growth test guards against cost that grows
 * faster than the input.
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, AnalysisSchema, createAnalyzer } from '../../src/index.js';
import { badSpans, seedArticle } from '../helpers/analysis.js';

const analyzer = createAnalyzer({ publishedAt: '2024-11-14' });

function survive(text: string): Analysis {
  const result = analyzer.analyze(text);
  const parsed = AnalysisSchema.safeParse(result);
  if (!parsed.success) throw new Error(parsed.error.message);
  expect(badSpans(text, result)).toEqual([]);
  expect(result.warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
  return result;
}

/** A deterministic generator of pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SYLLABLES = ['ka', 'ro', 'bel', 'min', 'ta', 'vi', 'or', 'sek', 'del', 'mar', 'ru', 'vo', 'an', 'te', 'lis', 'po', 'gu', 'fen'];
function names(seed: number): () => string {
  const r = random(seed);
  return () => {
    let s = '';
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
}

/** News-like text of about `size` characters: the seed article interleaved with invented names, quotes and dates. */
function newsOfSize(size: number): string {
  const seed = seedArticle().text;
  const name = names(7);
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < size; k++) {
    const part = k % 3 === 0
      ? seed
      : `${name()} ${name()} met ${name()} of the ${name()} Agency in ${name()} on Monday, two officials said. "We will not comment," ${name()} told the ${name()} Times, according to ${name()}.\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('\n').slice(0, size);
}

describe('hostile input', { timeout: 60_000 }, () => {
  it('empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n\n', '\t \r\n \u00a0\u2028']) {
      const r = survive(text);
      expect([r.entities, r.quotes, r.dates, r.attributions, r.claims]).toEqual([[], [], [], [], []]);
    }
  });

  it('200,000 quotation marks', () => {
    survive('"'.repeat(200_000));
    survive('“”'.repeat(100_000));
    survive("'".repeat(200_000));
  });

  it('an unclosed quotation at the start of a long article', () => {
    const text = `"${seedArticle().text.repeat(40).replace(/"/g, '')}`;
    const r = survive(text);
    // The unpaired mark is reported, and no quotation swallows the article.
    for (const q of r.quotes) expect(q.end - q.start).toBeLessThan(text.length / 2);
  });

  it('a 500,000-character token', () => {
    const r = survive(`Before ${'x'.repeat(500_000)} after, Jane Doe said on Monday.`);
    expect(r.entities.some((e) => e.name === 'Jane Doe')).toBe(true);
  });

  it('lone surrogates, NUL bytes and control characters', () => {
    survive('Officials said \ud800 the talks \udc00 ended on Monday. \ud83d');
    survive('Jane\u0000 Doe said\u0000\u0000 "it is over."\u0000');
    survive('\u0001\u0002\u0003\u001b[31mred\u001b[0m \u007f\u0085\ufeff\ufffe\uffff');
  });

  it('HTML and script markup', () => {
    const html = '<html><head><script>var q = "a" + \'b\'; if (x < 3 && y > 2) { alert("hi"); }</script><style>p{color:red}</style></head>' +
      '<body><p class="lead">WASHINGTON (AP) &mdash; President <b>Joe Biden</b> said on Monday that &quot;the economy is strong.&quot;</p></body></html>';
    const r = survive(html.repeat(50));
    expect(r.entities.length).toBeGreaterThan(0);
  });

  it('300,000 random Unicode characters', () => {
    const r = random(42);
    const chars: string[] = [];
    for (let i = 0; i < 300_000; i++) chars.push(String.fromCodePoint(Math.floor(r() * 0x2ffff) % 0x10ffff));
    survive(chars.join(''));
  });

  it('emoji and combining marks keep UTF-16 offsets exact', () => {
    const text = '👩‍👩‍👧 Cafe\u0301 owner José Álvarez said on Monday: "We lost 🔥 30% of sales." 🇮🇷 Officials told Reuters.';
    const r = survive(text);
    const jose = r.entities.find((e) => e.name.includes('Álvarez'));
    expect(jose?.mentions[0]?.start).toBe(text.indexOf('José'));
    const monday = r.dates.find((d) => d.text === 'Monday');
    expect(monday?.start).toBe(text.indexOf('Monday'));
  });

  it('thousands of dates in a row', () => {
    const r = survive('Monday, Jan. 5, 2020; last week; 3 p.m. Tuesday; the 1990s; '.repeat(3000));
    expect(r.dates.length).toBeGreaterThan(3000);
  });

  it('thousands of names in a row', () => {
    const name = names(3);
    const list: string[] = [];
    for (let i = 0; i < 5000; i++) list.push(`${name()} ${name()}`);
    const r = survive(list.join(', '));
    expect(r.entities.length).toBeGreaterThan(100);
  });

  it('a long stretch with no sentence punctuation', () => {
    const r = survive('the officials said that the ministry would '.repeat(5000));
    expect(r.warnings.some((w) => w.code === 'LONG_SENTENCE')).toBe(true);
  });
});

describe('linear cost', { timeout: 120_000 }, () => {
  it('a 1 MB article costs less than 20 times a 100 KB one', () => {
    const small = newsOfSize(100_000);
    const large = newsOfSize(1_000_000);
    const time = (text: string) => {
      const t0 = performance.now();
      analyzer.analyze(text);
      return performance.now() - t0;
    };
    time(newsOfSize(20_000));
    const smallMs = Math.min(time(small), time(small));
    const largeMs = time(large);
    expect(largeMs / smallMs).toBeLessThan(20);
  });
});

describe('order independence', () => {
  it('an article reads the same whatever was read before it', () => {
    // wink learns every new word it meets; its tokenizer then kept "Lord's" whole after an
    // earlier text had it before a period, and split it otherwise (winkjs/wink-nlp#143).
    const fresh = createAnalyzer({ publishedAt: '2024-11-14' });
    const article = "Practice at Lord's\nMay 15 v Duke of Norfolk's XI (at Arundel), the board said on Friday.";
    const before = fresh.analyze(article);
    fresh.analyze("They met at Lord's. Then at Norfolk's. Romeo And Juliet.");
    expect(fresh.analyze(article)).toEqual(before);
  });
});
