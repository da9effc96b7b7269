/**
 * Averaged-perceptron training for the entity tagger (used by test/train/ner.ts; not part of
 * the published library). Greedy decoding with the model's own previous labels, as at tagging
 * time; weights averaged over every step to generalize.
 */
import { decode, type Scorer } from './decode.js';
import type { TaggerDocument } from './features.js';
import { N_LABELS } from './labels.js';

interface Weights {
  w: Float64Array;
  /** Sum of step x update, for the running average. */
  u: Float64Array;
}

export interface TrainingExample {
  doc: TaggerDocument;
  sentences: readonly { first: number; last: number }[];
  gold: Uint8Array;
}

export class PerceptronTrainer implements Scorer {
  readonly weights = new Map<string, Weights>();
  private step = 1;

  score(features: readonly string[], out: Float64Array): void {
    for (const f of features) {
      const row = this.weights.get(f);
      if (!row) continue;
      for (let l = 0; l < N_LABELS; l++) out[l]! += row.w[l]!;
    }
  }

  private update(features: readonly string[], label: number, delta: number): void {
    for (const f of features) {
      let row = this.weights.get(f);
      if (!row) {
        row = { w: new Float64Array(N_LABELS), u: new Float64Array(N_LABELS) };
        this.weights.set(f, row);
      }
      row.w[label]! += delta;
      row.u[label]! += this.step * delta;
    }
  }

  /** One pass over the examples; returns the share of tokens labelled wrongly. */
  epoch(examples: readonly TrainingExample[]): number {
    let errors = 0;
    let total = 0;
    for (const ex of examples) {
      decode(ex.doc, ex.sentences, this, (i, features, predicted) => {
        const gold = ex.gold[i]!;
        total++;
        if (predicted !== gold) {
          errors++;
          this.update(features, gold, 1);
          this.update(features, predicted, -1);
        }
        this.step++;
      });
    }
    return errors / Math.max(1, total);
  }

  /** The averaged weights. */
  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, row] of this.weights) {
      const avg = new Float64Array(N_LABELS);
      let any = false;
      for (let l = 0; l < N_LABELS; l++) {
        avg[l] = row.w[l]! - row.u[l]! / this.step;
        if (avg[l] !== 0) any = true;
      }
      if (any) out.set(f, avg);
    }
    return out;
  }
}

/** A scorer over fixed weights (to evaluate averaged weights before packing). */
export class MapScorer implements Scorer {
  constructor(private readonly weights: ReadonlyMap<string, Float64Array>) {}
  score(features: readonly string[], out: Float64Array): void {
    for (const f of features) {
      const row = this.weights.get(f);
      if (!row) continue;
      for (let l = 0; l < N_LABELS; l++) out[l]! += row[l]!;
    }
  }
}
