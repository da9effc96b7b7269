/**
 * Trains the entity tagger on CoNLL-2003 train and writes the packed model to
 * src/entities/tagger/model.json (weights only; no text from the data).
 *
 *   npm run train:ner -- [--data ../shared/benchmarks] [--epochs 12] [--min-weight 0.5]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { taggerDocument } from '../../src/entities/tagger/features.js';
import { decode } from '../../src/entities/tagger/decode.js';
import { LABELS, labelsFromSpans, spansFromLabels, type TagType } from '../../src/entities/tagger/labels.js';
import { MapScorer, PerceptronTrainer, type TrainingExample } from '../../src/entities/tagger/train.js';
import { packModel } from '../../src/entities/tagger/model.js';
import { buildArticle } from '../../src/text/segment.js';
import { option as opt } from './args.js';

interface Doc {
  text: string;
  entities: { start: number; end: number; type: TagType }[];
}

const data = resolve(opt('--data', '../shared/benchmarks'));
const epochs = Number(opt('--epochs', '15'));
const minWeight = Number(opt('--min-weight', '0.5'));
const seed = Number(opt('--seed', '7'));

function load(file: string): (TrainingExample & { text: string; entities: Doc['entities'] })[] {
  return readFileSync(join(data, 'conll2003', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Doc)
    .map((d) => {
      const article = buildArticle(d.text, { publishedAt: null, timezone: null }, () => {});
      const spans: [number, number, TagType][] = [];
      for (const e of d.entities) {
        const toks = article.tokens.filter((t) => t.start < e.end && e.start < t.end);
        if (toks.length > 0) spans.push([toks[0]!.index, toks[toks.length - 1]!.index + 1, e.type]);
      }
      return { doc: taggerDocument(article), sentences: article.sentences, gold: labelsFromSpans(article.tokens.length, spans), text: d.text, entities: d.entities };
    });
}

function evaluate(examples: ReturnType<typeof load>, scorer: MapScorer): string {
  const counts: Record<string, [number, number, number]> = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0], MISC: [0, 0, 0] };
  for (const ex of examples) {
    const labels = decode(ex.doc, ex.sentences, scorer);
    const pred = spansFromLabels(labels).map(([s, e, t]) => `${ex.doc.tokens[s]!.start}:${ex.doc.tokens[e - 1]!.end}:${t}`);
    const gold = new Set(ex.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const p of pred) {
      const t = p.split(':')[2]!;
      if (gold.has(p)) counts[t]![0]++;
      else counts[t]![1]++;
    }
    const predSet = new Set(pred);
    for (const g of gold) if (!predSet.has(g)) counts[g.split(':')[2]!]![2]++;
  }
  const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (200 * tp) / (2 * tp + fp + fn));
  const three = ['PER', 'ORG', 'LOC'].map((t) => counts[t]!).reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
  const four = Object.values(counts).reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
  return `PER ${f1(...counts.PER!).toFixed(1)} ORG ${f1(...counts.ORG!).toFixed(1)} LOC ${f1(...counts.LOC!).toFixed(1)} MISC ${f1(...counts.MISC!).toFixed(1)} | 3-type ${f1(...three).toFixed(2)} 4-type ${f1(...four).toFixed(2)}`;
}

let state = seed;
const random = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};

const train = load('train.jsonl');
const dev = load('dev.jsonl');
console.log(`train ${train.length} docs, dev ${dev.length} docs, ${LABELS.length} labels`);
const trainer = new PerceptronTrainer();
for (let e = 1; e <= epochs; e++) {
  const order = [...train];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const t0 = performance.now();
  const err = trainer.epoch(order);
  const avg = trainer.averaged();
  console.log(`epoch ${e}: train error ${(100 * err).toFixed(2)}%, ${avg.size} features, dev ${evaluate(dev, new MapScorer(avg))} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const averaged = trainer.averaged();
const packed = packModel(averaged, minWeight);
const out = join(import.meta.dirname, '..', '..', 'src', 'entities', 'tagger', 'model.json');
writeFileSync(out, JSON.stringify(packed.model));
console.log(`packed: ${packed.kept} of ${averaged.size} features kept (|w| >= ${minWeight}), scale ${packed.model.scale}; written ${out}`);
console.log(`dev with packed weights: ${evaluate(dev, new MapScorer(packed.unpacked))}`);
