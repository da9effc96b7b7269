/** Precision, recall and F1 from counts, as percentages (0..100). */
export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp === 0 ? 0 : (100 * tp) / (tp + fp);
  const r = tp + fn === 0 ? 0 : (100 * tp) / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, tp, fp, fn };
}

/** Adds counts. */
export function addCounts(a: PRF, b: PRF): PRF {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}
