/**
 * The packed entity-tagger model: feature names and their non-zero label weights as int16,
 * base64-encoded, decoded once on first use.
 */
import type { Scorer } from './decode.js';
import { N_LABELS } from './labels.js';

export interface PackedModel {
  /** Format version of this file. */
  format: 1;
  labels: string[];
  /** Weights are stored as round(weight * scale). */
  scale: number;
  /** Feature names joined by "\n". */
  features: string;
  /** Per feature: n, then n pairs (label, weight), as little-endian int16, base64. */
  weights: string;
}

/** Packs averaged weights, dropping those smaller than `minWeight` in magnitude. */
export function packModel(weights: ReadonlyMap<string, Float64Array>, minWeight: number): { model: PackedModel; kept: number; unpacked: Map<string, Float64Array> } {
  let maxAbs = 0;
  for (const row of weights.values()) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = 32767 / maxAbs;
  const names: string[] = [];
  const values: number[] = [];
  const unpacked = new Map<string, Float64Array>();
  for (const [f, row] of weights) {
    const pairs: number[] = [];
    const back = new Float64Array(N_LABELS);
    for (let l = 0; l < N_LABELS; l++) {
      const w = row[l]!;
      if (Math.abs(w) < minWeight) continue;
      const q = Math.round(w * scale);
      if (q === 0) continue;
      pairs.push(l, q);
      back[l] = q / scale;
    }
    if (pairs.length === 0 || f.includes('\n')) continue;
    names.push(f);
    values.push(pairs.length / 2, ...pairs);
    unpacked.set(f, back);
  }
  const bytes = new Uint8Array(new Int16Array(values).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {
    model: { format: 1, labels: [], scale, features: names.join('\n'), weights: btoa(binary) },
    kept: names.length,
    unpacked,
  };
}

/** A scorer over a packed model. */
export class PackedScorer implements Scorer {
  private readonly rows = new Map<string, Float32Array>();

  constructor(model: PackedModel) {
    const binary = atob(model.weights);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const values = new Int16Array(bytes.buffer);
    const names = model.features.split('\n');
    let at = 0;
    for (const name of names) {
      const n = values[at++]!;
      const row = new Float32Array(N_LABELS);
      for (let k = 0; k < n; k++) {
        const label = values[at++]!;
        row[label] = values[at++]! / model.scale;
      }
      this.rows.set(name, row);
    }
  }

  score(features: readonly string[], out: Float64Array): void {
    for (const f of features) {
      const row = this.rows.get(f);
      if (!row) continue;
      for (let l = 0; l < N_LABELS; l++) out[l]! += row[l]!;
    }
  }
}
