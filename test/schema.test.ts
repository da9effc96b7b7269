import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as presslens from '../src/index.js';
import { badSpans } from './helpers/analysis.js';

describe('schemas', () => {
  it('exports a schema and a type under the same name for every record', () => {
    for (const name of ['Analysis', 'AnalysisSchema', 'Entity', 'Quote', 'DateMention', 'Attribution', 'Claim', 'Span', 'Warning', 'Credit']) {
      expect(presslens[name as keyof typeof presslens]).toBeInstanceOf(z.ZodType);
    }
  });

  it('rejects a record that breaks the contract', () => {
    const bad = { schemaVersion: 2, publishedAt: null, entities: [], quotes: [], dates: [], attributions: [], claims: [], credits: [], warnings: [] };
    expect(presslens.AnalysisSchema.safeParse(bad).success).toBe(false);
    const quote = { id: 'q1', start: 0, end: 2, text: 'hi', kind: 'shout', speaker: null, cue: null, open: { start: 0, end: 1, text: '"' }, close: null };
    expect(presslens.Quote.safeParse(quote).success).toBe(false);
  });

  it('converts to JSON Schema', () => {
    const schema = z.toJSONSchema(presslens.AnalysisSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'publishedAt', 'entities', 'quotes', 'dates', 'attributions', 'claims', 'warnings']),
    );
    expect(schema.required).toContain('quotes');
  });
});

describe('span helpers', () => {
  it('makeSpan clamps offsets and slices the text', () => {
    expect(presslens.makeSpan('hello world', 6, 11)).toEqual({ start: 6, end: 11, text: 'world' });
    expect(presslens.makeSpan('abc', -3, 99)).toEqual({ start: 0, end: 3, text: 'abc' });
    expect(presslens.makeSpan('abc', 2, 1)).toEqual({ start: 2, end: 2, text: '' });
  });

  it('the span checker finds spans that do not slice the input', () => {
    const input = 'Hello world';
    expect(badSpans(input, { a: [{ start: 0, end: 5, text: 'Hello' }] })).toEqual([]);
    expect(badSpans(input, { a: [{ start: 0, end: 5, text: 'Hallo' }] })).toHaveLength(1);
    expect(badSpans(input, { nested: { deeper: { start: 6, end: 99, text: 'world' } } })).toHaveLength(1);
  });
});
