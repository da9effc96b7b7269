import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema, createAnalyzer } from '../../src/index.js';
import { badSpans } from '../helpers/analysis.js';

const analyzer = createAnalyzer({ publishedAt: '2024-11-14' });

/** Words that exercise every stage: names, quotes, dates, cues, numbers and odd punctuation. */
const NEWSY = [
  'Donald', 'Trump', 'said', 'told', 'The', 'New', 'York', 'Times', '"', '“', '”', "'", '‘', '’', '«', '»', '``', "''", ',', '.', '?', '!', ':',
  ';', '—', '-', '(', ')', 'Monday', 'last', 'next', 'week', 'May', 'March', '1979', '2020', '444-day', 'an', 'hour', 'he', 'she', 'his',
  'according', 'to', 'officials', 'two', 'Iranian', 'Mr.', 'U.S.', 'Jan.', '5', '3.5', '$200', 'million', 'percent', 'reportedly',
  'may', 'will', 'not', 'the', 'a', 'of', '\n', '\n\n', 'Sept.', '30,', 'ago', 'earlier', 'quarter', 'third-quarter', 'daily', 'every',
  'Reuters', 'AP', 'WASHINGTON', '(AP)', '😀', 'e\u0301', '\u0000', '\ud800', 'https://example.com/a-very-long-url',
];
const newsyText = fc.array(fc.constantFrom(...NEWSY), { maxLength: 80 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

function check(text: string): void {
  const first = analyzer.analyze(text);
  const parsed = AnalysisSchema.safeParse(first);
  expect(parsed.success).toBe(true);
  expect(badSpans(text, first)).toEqual([]);
  expect(first.warnings.filter((w) => w.code === 'STAGE_FAILED')).toEqual([]);
  expect(analyzer.analyze(text)).toEqual(first);
}

describe('analyze() on any input', () => {
  it('never throws, keeps every span exact, validates, and is deterministic (any string)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('the same on news-like text that reaches every stage', () => {
    fc.assert(fc.property(newsyText, check), { numRuns: 400 });
  });
});
