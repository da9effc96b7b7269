/**
 * Trains the attribution-cue classifier on PolNeAR train and writes src/attributions/cue-model.json
 * (weights only, no text from the data).
 *
 *   npm run train:cues -- [--data ../shared/benchmarks] [--epochs 3] [--bags 10] [--seed 11] [--folds 5]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cueFeatures, isCandidate, sentencesWithQuotes } from '../../src/attributions/cue-features.js';
import { packBinary } from '../../src/model/linear.js';
import { findEntities } from '../../src/entities/index.js';
import { buildArticle } from '../../src/text/segment.js';
import { baggedPerceptrons, option as opt } from './args.js';

const data = resolve(opt('--data', '../shared/benchmarks'));
const epochs = Number(opt('--epochs', '3'));

interface Example {
  features: string[];
  positive: boolean;
}

function load(file: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(join(data, 'polnear', file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const d = JSON.parse(line) as { text: string; attributions: { cue: { fragments: { start: number; end: number }[] } | null }[] };
    const article = buildArticle(d.text, { publishedAt: null, timezone: null }, () => {});
    const entities = findEntities(article);
    const inside = entities.insideQuote;
    const types = new Map(entities.entities.map((e) => [e.id, e.type]));
    const entityType = (k: number) => {
      const id = entities.entityAtToken[k];
      return id ? types.get(id) : undefined;
    };
    const withQuotes = sentencesWithQuotes(article);
    const cueSpans = d.attributions.flatMap((a) => a.cue?.fragments ?? []);
    for (const t of article.tokens) {
      if (!isCandidate(article, t.index)) continue;
      const positive = cueSpans.some((f) => f.start <= t.start && t.end <= f.end);
      out.push({ features: cueFeatures(article, t.index, inside, withQuotes[t.sentence]!, entityType), positive });
    }
  }
  return out;
}

function evaluate(examples: Example[], score: (f: string[]) => number): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const p = score(e.features) > 0;
    if (p && e.positive) tp++;
    else if (p) fp++;
    else if (e.positive) fn++;
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return `P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / Math.max(1e-9, P + R)).toFixed(1)} (candidates, ${examples.length})`;
}

const train = load('train.jsonl');
const dev = load('dev.jsonl');
console.log(`train ${train.length} candidates (${train.filter((e) => e.positive).length} cues), dev ${dev.length}`);
// --bags N: the average of N perceptrons trained on different orders.
const bags = Number(opt('--bags', '10'));
const seed = Number(opt('--seed', '11'));
const folds = Number(opt('--folds', '0'));

function fitBags(examples: readonly Example[], report: boolean): Map<string, number> {
  return baggedPerceptrons(examples, { bags, seed, epochs }, (bag, e, model) => {
    if (!report) return;
    const avg = model();
    console.log(`bag ${bag + 1}, epoch ${e}: dev ${evaluate(dev, (f) => f.reduce((s, x) => s + (avg.get(x) ?? 0), 0))}`);
  });
}

// --folds N: cross-validation on train in contiguous blocks (whole articles stay together).
if (folds > 1) {
  const held: Example[] = [];
  const scores: number[] = [];
  for (let k = 0; k < folds; k++) {
    const lo = Math.floor((k * train.length) / folds);
    const hi = Math.floor(((k + 1) * train.length) / folds);
    const w = fitBags([...train.slice(0, lo), ...train.slice(hi)], false);
    for (const ex of train.slice(lo, hi)) {
      held.push(ex);
      scores.push(ex.features.reduce((s, x) => s + (w.get(x) ?? 0), 0));
    }
  }
  let i = 0;
  console.log(`${folds}-fold on train: ${evaluate(held, () => scores[i++]!)}`);
}
const weights = fitBags(train, true);
console.log(`averaged: dev ${evaluate(dev, (f) => f.reduce((s, x) => s + (weights.get(x) ?? 0), 0))}`);
const packed = packBinary(weights, 0.5);
const out = join(import.meta.dirname, '..', '..', 'src', 'attributions', 'cue-model.json');
writeFileSync(out, JSON.stringify(packed));
console.log(`written ${out} (${packed.features.split('\n').length} features)`);
