/**
 * Sparse linear models over string features, as the trained classifiers ship them: weights
 * quantized to int16 and packed in base64 beside their feature names (one per line). Used by the
 * attribution-cue perceptron (test/train/cues.ts) and the claim scorer (test/train/claims.ts).
 */
export interface PackedBinaryModel {
  format: 1;
  scale: number;
  bias: number;
  features: string;
  weights: string;
}

/** A binary scorer: positive scores say "cue". */
export class BinaryScorer {
  private readonly weights = new Map<string, number>();
  private readonly bias: number;

  constructor(model: PackedBinaryModel) {
    const binary = atob(model.weights);
    const values = new Int16Array(binary.length / 2);
    for (let i = 0; i < values.length; i++) values[i] = (binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8)) << 16 >> 16;
    model.features.split('\n').forEach((name, k) => this.weights.set(name, values[k]! / model.scale));
    this.bias = model.bias;
  }

  score(features: readonly string[]): number {
    let s = this.bias;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /** The logistic probability of the score, for models trained as logistic regressions. */
  probability(features: readonly string[]): number {
    return 1 / (1 + Math.exp(-this.score(features)));
  }
}

/** Averaged-perceptron training for a binary decision (used by the training script). */
export class BinaryTrainer {
  private readonly w = new Map<string, number>();
  private readonly u = new Map<string, number>();
  private step = 1;

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  learn(features: readonly string[], positive: boolean): boolean {
    const predicted = this.score(features) > 0;
    if (predicted !== positive) {
      const delta = positive ? 1 : -1;
      for (const f of features) {
        this.w.set(f, (this.w.get(f) ?? 0) + delta);
        this.u.set(f, (this.u.get(f) ?? 0) + this.step * delta);
      }
    }
    this.step++;
    return predicted === positive;
  }

  averaged(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [f, w] of this.w) {
      const avg = w - (this.u.get(f) ?? 0) / this.step;
      if (avg !== 0) out.set(f, avg);
    }
    return out;
  }
}

export function packBinary(weights: ReadonlyMap<string, number>, minWeight: number, bias = 0): PackedBinaryModel {
  let maxAbs = 0;
  for (const w of weights.values()) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = 32767 / (maxAbs || 1);
  const names: string[] = [];
  const values: number[] = [];
  for (const [f, w] of weights) {
    if (Math.abs(w) < minWeight || f.includes('\n')) continue;
    const q = Math.round(w * scale);
    if (q === 0) continue;
    names.push(f);
    values.push(q);
  }
  const bytes = new Uint8Array(new Int16Array(values).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format: 1, scale, bias, features: names.join('\n'), weights: btoa(binary) };
}
