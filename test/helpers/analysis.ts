import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { AnalysisSchema } from '../../src/index.js';

/**
 * Every span anywhere in `value`: any object with numeric start/end and a string text.
 * Returns the paths of those that break `text === input.slice(start, end)`.
 */
export function badSpans(input: string, value: unknown, path = '$'): string[] {
  const bad: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => bad.push(...badSpans(input, v, `${path}[${i}]`)));
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      const ok =
        Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.start <= o.end &&
        o.end <= input.length && input.slice(o.start, o.end) === o.text;
      if (!ok) bad.push(`${path} {${o.start},${o.end}} ${JSON.stringify(o.text).slice(0, 60)}`);
    }
    for (const [k, v] of Object.entries(o)) if (v !== null && typeof v === 'object') bad.push(...badSpans(input, v, `${path}.${k}`));
  }
  return bad;
}

/** Asserts an output validates against the contract schema and that every span slices the input. */
export function expectValidAnalysis(input: string, analysis: unknown): void {
  const parsed = AnalysisSchema.safeParse(analysis);
  if (!parsed.success) throw new Error(`Analysis does not match the schema: ${parsed.error.message}`);
  expect(badSpans(input, analysis)).toEqual([]);
}

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
/** The shared data folder beside the project, as CI lays it out. */
export const SHARED = join(ROOT, '..', 'shared');
export const HAVE_SHARED = existsSync(join(SHARED, 'corpus', 'manifest.jsonl'));
if (!HAVE_SHARED) {
  console.warn(`presslens tests: ${SHARED} is absent, so the tests on shared articles and benchmarks are skipped.`);
}

export interface CorpusArticle {
  id: string;
  publishedAt: string;
  text: string;
}

/** The seed article, from the project's own corpus folder (always present). */
export function seedArticle(): CorpusArticle {
  return {
    id: 'seed-musk-iran-envoy',
    publishedAt: '2024-11-14',
    text: readFileSync(join(ROOT, 'corpus', 'seed-musk-iran-envoy.txt'), 'utf8'),
  };
}

/** The shared corpus articles (empty when ../shared is absent). */
export function sharedArticles(): CorpusArticle[] {
  if (!HAVE_SHARED) return [];
  return readFileSync(join(SHARED, 'corpus', 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; publishedAt: string })
    .map(({ id, publishedAt }) => ({
      id,
      publishedAt,
      text: readFileSync(join(SHARED, 'corpus', 'articles', `${id}.txt`), 'utf8'),
    }));
}
