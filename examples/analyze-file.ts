/**
 * Analyze one article and print who said what.
 *
 *   node --import tsx examples/analyze-file.ts corpus/seed-musk-iran-envoy.txt 2024-11-14
 *
 * In your own project, import from 'presslens' instead of '../src/index.js'.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';

const [file = 'corpus/seed-musk-iran-envoy.txt', publishedAt = '2024-11-14'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const result = analyze(text, { publishedAt });

for (const quote of result.quotes.filter((q) => q.kind !== 'nonspeech')) {
  console.log(`${quote.speaker?.name ?? 'unknown'}: “${quote.text}”`);
}
for (const date of result.dates) console.log(`${date.text} -> ${date.value}`);
console.log(`${result.entities.length} entities, ${result.attributions.length} attributions, ${result.claims.length} claims`);
