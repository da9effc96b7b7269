import { describe, expect, it } from 'vitest';
import { analyze, AnalysisSchema, createAnalyzer, PresslensError } from '../src/index.js';
import { expectValidAnalysis, seedArticle } from './helpers/analysis.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PresslensError) return error.code;
    throw error;
  }
  return undefined;
};

describe('analyze()', () => {
  it('returns a contract-valid Analysis for the seed article', () => {
    const { text, publishedAt } = seedArticle();
    const result = analyze(text, { publishedAt });
    expectValidAnalysis(text, result);
    expect(result.schemaVersion).toBe(1);
    expect(result.publishedAt).toBe('2024-11-14');
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   \n\n\t']) {
      const result = analyze(text);
      expectValidAnalysis(text, result);
      expect(result.publishedAt).toBeNull();
    }
  });

  it('returns only the included record kinds', () => {
    const { text, publishedAt } = seedArticle();
    const result = analyze(text, { publishedAt, include: ['dates'] });
    expect(result.quotes).toEqual([]);
    expect(result.entities).toEqual([]);
    expect(result.claims).toEqual([]);
    expect(AnalysisSchema.safeParse(result).success).toBe(true);
  });

  it('accepts a Date and date-times for publishedAt', () => {
    expect(analyze('x', { publishedAt: new Date(Date.UTC(2024, 10, 14)) }).publishedAt).toBe('2024-11-14T00:00:00.000Z');
    expect(analyze('x', { publishedAt: '2024-11-14T09:30:00-05:00' }).publishedAt).toBe('2024-11-14T09:30:00-05:00');
  });

  const errors: [string, () => unknown, string][] = [
    ['non-string text', () => analyze(42 as unknown as string), 'INVALID_TEXT'],
    ['null text', () => analyze(null as unknown as string), 'INVALID_TEXT'],
    ['invalid publishedAt', () => analyze('x', { publishedAt: '14/11/2024' }), 'INVALID_PUBLISHED_AT'],
    ['impossible publishedAt', () => analyze('x', { publishedAt: '2024-02-30' }), 'INVALID_PUBLISHED_AT'],
    ['invalid Date', () => analyze('x', { publishedAt: new Date('nope') }), 'INVALID_PUBLISHED_AT'],
    ['unknown include key', () => analyze('x', { include: ['quotes', 'sentiment' as 'quotes'] }), 'UNKNOWN_INCLUDE'],
    ['unknown option', () => analyze('x', { publishedOn: '2024-11-14' } as never), 'UNKNOWN_OPTION'],
    ['invalid time zone', () => analyze('x', { timezone: 'Mars/Olympus' }), 'INVALID_TIMEZONE'],
    ['options not an object', () => analyze('x', 'yesterday' as never), 'INVALID_OPTIONS'],
  ];
  it.each(errors)('throws PresslensError for %s', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });

  it('names the bad value in the message', () => {
    expect(() => analyze('x', { publishedAt: 'next Tuesday' })).toThrow(/presslens: .*"next Tuesday"/);
    expect(() => analyze('x', { include: ['sentiment' as 'quotes'] })).toThrow(/"sentiment"/);
  });
});

describe('createAnalyzer()', () => {
  it('validates its options once, up front', () => {
    expect(codeOf(() => createAnalyzer({ publishedAt: 'soon' }))).toBe('INVALID_PUBLISHED_AT');
  });

  it('gives the same result as analyze() and lets calls override options', () => {
    const { text, publishedAt } = seedArticle();
    const analyzer = createAnalyzer({ publishedAt: '2000-01-01', include: ['quotes', 'dates'] });
    const viaAnalyzer = analyzer.analyze(text, { publishedAt });
    const direct = analyze(text, { publishedAt, include: ['quotes', 'dates'] });
    expect(viaAnalyzer).toEqual(direct);
    expect(analyzer.analyze(text).publishedAt).toBe('2000-01-01');
  });

  it('is deterministic across calls', () => {
    const { text, publishedAt } = seedArticle();
    const analyzer = createAnalyzer({ publishedAt });
    expect(analyzer.analyze(text)).toEqual(analyzer.analyze(text));
  });
});

describe('stage failures', () => {
  it('turns a failing stage into a warning and empty records instead of a crash', async () => {
    const pipeline = await import('../src/pipeline.js');
    const entities = pipeline.STAGES[0]!;
    const original = entities.run;
    (entities as { run: unknown }).run = () => {
      throw new Error('boom');
    };
    try {
      const text = 'Donald Trump said "hello" on Monday.';
      const result = analyze(text, { publishedAt: '2024-11-14' });
      expectValidAnalysis(text, result);
      expect(result.entities).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toContain('STAGE_FAILED');
      expect(result.dates.map((d) => d.value)).toEqual(['2024-11-11']);
    } finally {
      (entities as { run: unknown }).run = original;
    }
  });
});
