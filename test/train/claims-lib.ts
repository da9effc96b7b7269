/**
 * Training and cross-validation of the checkworthiness model, shared by the training script
 * (test/train/claims.ts) and the claims evaluation (which reports cross-validated figures beside
 * those of the shipped model).
 *
 * The model is a logistic regression over the claim features of src/claims/features.ts. A
 * ClaimBuster label belongs to a sentence while the stage scores claims, so training treats each
 * sentence as a bag of its claims and learns from the highest-scoring one (multiple-instance
 * learning with max pooling), which is exactly how a sentence is scored at evaluation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOptions } from '../../src/options.js';
import { type StageResults, stagesFor } from '../../src/pipeline.js';
import { buildArticle } from '../../src/text/segment.js';
import { prf, type PRF } from '../eval/score/prf.js';
import { averagePrecision, rocAuc } from '../eval/score/ranking.js';
import { seededShuffle } from './args.js';

export interface ScoredUnit {
  start: number;
  end: number;
  features: string[];
}

/** The claims of a text with their model features, from the same stages `analyze()` runs. */
export function claimUnits(text: string): ScoredUnit[] {
  const options = resolveOptions({ include: ['claims'] });
  const article = buildArticle(text, options, () => {});
  const results: Partial<StageResults> = {};
  for (const stage of stagesFor(options.include)) (results as Record<string, unknown>)[stage.name] = stage.run(article, results);
  const index = results.claims!;
  return index.claims.map((c, k) => ({ start: c.start, end: c.end, features: index.features[k]! }));
}

export interface Bag {
  text: string;
  units: string[][];
  positive: boolean;
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface CheckthatDoc {
  id: string;
  text: string;
  sentences: { start: number; end: number; check_worthy: boolean }[];
}

export function readCheckthat(data: string): CheckthatDoc[] {
  return readFileSync(join(data, 'checkthat2019', 'train.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CheckthatDoc);
}

/**
 * ClaimBuster sentences as bags of claim features. With `excludeCheckthat`, sentences that also
 * occur in the CheckThat! 2019 transcripts are left out, so the CheckThat! figure stays held out.
 */
export function claimbusterBags(data: string, excludeCheckthat: boolean, progress?: (done: number, total: number) => void): Bag[] {
  const lines = readFileSync(join(data, 'claimbuster', '2.5xNCS.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const held = new Set<string>();
  if (excludeCheckthat) {
    for (const d of readCheckthat(data)) for (const s of d.sentences) held.add(normalize(d.text.slice(s.start, s.end)));
  }
  const bags: Bag[] = [];
  lines.forEach((line, k) => {
    const d = JSON.parse(line) as { text: string; check_worthy: boolean };
    if (held.has(normalize(d.text))) return;
    bags.push({ text: d.text, units: claimUnits(d.text).map((u) => u.features), positive: d.check_worthy });
    if (progress && k % 1000 === 0) progress(k, lines.length);
  });
  return bags;
}

export interface TrainParams {
  epochs: number;
  /** Learning rate of AdaGrad. */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
  /** Weight of a positive example relative to a negative one. */
  positiveWeight: number;
  /** Features seen in fewer training sentences get no weight. */
  minCount: number;
  seed: number;
}

export const DEFAULT_PARAMS: TrainParams = { epochs: 4, rate: 0.1, l2: 1e-4, positiveWeight: 2, minCount: 2, seed: 7 };

export class Logistic {
  readonly weights = new Map<string, number>();
  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }
  probability(features: readonly string[]): number {
    return 1 / (1 + Math.exp(-this.score(features)));
  }
  /** The sentence's score: that of its best claim, 0 when it has none. */
  bagProbability(bag: Bag): number {
    let best = 0;
    for (const u of bag.units) best = Math.max(best, this.probability(u));
    return best;
  }
}

export function train(bags: readonly Bag[], params: TrainParams = DEFAULT_PARAMS): Logistic {
  const counts = new Map<string, number>();
  for (const b of bags) {
    const seen = new Set<string>();
    for (const u of b.units) for (const f of u) seen.add(f);
    for (const f of seen) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const model = new Logistic();
  const squares = new Map<string, number>();
  const order = bags.filter((b) => b.units.length > 0);
  const shuffle = seededShuffle(params.seed);
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    shuffle(order);
    for (const bag of order) {
      let best = bag.units[0]!;
      let bestScore = -Infinity;
      for (const u of bag.units) {
        const s = model.score(u);
        if (s > bestScore) {
          bestScore = s;
          best = u;
        }
      }
      const p = 1 / (1 + Math.exp(-bestScore));
      const g = (p - (bag.positive ? 1 : 0)) * (bag.positive ? params.positiveWeight : 1);
      for (const f of best) {
        if ((counts.get(f) ?? 0) < params.minCount) continue;
        const w = model.weights.get(f) ?? 0;
        const grad = g + params.l2 * w;
        const sq = (squares.get(f) ?? 0) + grad * grad;
        squares.set(f, sq);
        model.weights.set(f, w - (params.rate * grad) / Math.sqrt(sq + 1e-8));
      }
    }
  }
  return model;
}

/** Check-worthy-class P/R/F1 (percent) at a threshold, and ROC AUC, of scored sentences. */
export function figures(scored: readonly { score: number; relevant: boolean }[], threshold = 0.5): PRF & { auc: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const x of scored) {
    if (x.score >= threshold && x.relevant) tp++;
    else if (x.score >= threshold) fp++;
    else if (x.relevant) fn++;
  }
  return { ...prf(tp, fp, fn), auc: rocAuc(scored) };
}

/**
 * k-fold cross-validation over contiguous blocks (the file is in debate order, so a fold holds
 * whole debates, not sentences next to their neighbours). Returns the pooled held-out scores.
 */
export function crossValidate(bags: readonly Bag[], k: number, params: TrainParams = DEFAULT_PARAMS): { score: number; relevant: boolean }[] {
  const out: { score: number; relevant: boolean }[] = [];
  const size = Math.ceil(bags.length / k);
  for (let f = 0; f < k; f++) {
    const test = bags.slice(f * size, (f + 1) * size);
    const trainSet = [...bags.slice(0, f * size), ...bags.slice((f + 1) * size)];
    const model = train(trainSet, params);
    for (const b of test) out.push({ score: model.bagProbability(b), relevant: b.positive });
  }
  return out;
}

/** Mean average precision over CheckThat! transcripts of sentences ranked by their best claim. */
export function checkthatMap(docs: readonly CheckthatDoc[], score: (features: string[]) => number): { map: number; aps: number[] } {
  const aps = docs.map((d) => {
    const units = claimUnits(d.text).map((u) => ({ ...u, p: score(u.features) }));
    const ranked = d.sentences.map((s) => {
      let best = 0;
      for (const u of units) if (u.start < s.end && s.start < u.end) best = Math.max(best, u.p);
      return { score: best, relevant: s.check_worthy };
    });
    return averagePrecision(ranked);
  });
  return { map: aps.reduce((a, b) => a + b, 0) / Math.max(1, aps.length), aps };
}
