import { prf, type PRF } from './prf.js';
import { exactSimilarity, matchRanges, overlapSimilarity, type Range } from './spans.js';

export interface Timex extends Range {
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
  typeCorrect: number;
}

/** Counts for one document under the TempEval-3 matching: strict = same offsets, relaxed = overlap. */
export function countTimexes(pred: readonly Timex[], gold: readonly Timex[]): TimexCounts {
  const strict = matchRanges(pred, gold, exactSimilarity, 1).length;
  const relaxedPairs = matchRanges(pred, gold, overlapSimilarity, 1e-12);
  let valueCorrect = 0;
  let typeCorrect = 0;
  for (const [i, j] of relaxedPairs) {
    if (normalizeValue(pred[i]!.value) === normalizeValue(gold[j]!.value)) valueCorrect++;
    if (pred[i]!.type === gold[j]!.type) typeCorrect++;
  }
  return { gold: gold.length, pred: pred.length, strict, relaxed: relaxedPairs.length, valueCorrect, typeCorrect };
}

/** TempEval-3 treats "2024-11-14T00:00" style variants as written; only case and spacing are normalized. */
function normalizeValue(v: string): string {
  return v.trim().toUpperCase();
}

export interface TimexScores {
  strict: PRF;
  relaxed: PRF;
  /** Share of relaxed matches with the right value, 0..100. */
  valueAccuracy: number;
  typeAccuracy: number;
  /** relaxed F1 x value accuracy, 0..100. */
  valueF1: number;
}

export function scoreTimexCounts(c: TimexCounts): TimexScores {
  const strict = prf(c.strict, c.pred - c.strict, c.gold - c.strict);
  const relaxed = prf(c.relaxed, c.pred - c.relaxed, c.gold - c.relaxed);
  const valueAccuracy = c.relaxed === 0 ? 0 : (100 * c.valueCorrect) / c.relaxed;
  const typeAccuracy = c.relaxed === 0 ? 0 : (100 * c.typeCorrect) / c.relaxed;
  return { strict, relaxed, valueAccuracy, typeAccuracy, valueF1: (relaxed.f1 * valueAccuracy) / 100 };
}

export function sumTimexCounts(all: readonly TimexCounts[]): TimexCounts {
  const total: TimexCounts = { gold: 0, pred: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 };
  for (const c of all) for (const k of Object.keys(total) as (keyof TimexCounts)[]) total[k] += c[k];
  return total;
}
