import { prf, type PRF } from './prf.js';

export interface Range {
  start: number;
  end: number;
}

/** Punctuation, quotation marks and spaces trimmed off both edges before spans are compared. */
const EDGE = /[\s"'“”‘’«»„‚‹›`.,;:!?()[\]{}\-–—…]/u;

/** The range with edge punctuation, marks and whitespace removed. */
export function trimRange(text: string, r: Range): Range {
  let s = r.start;
  let e = r.end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Character-level Jaccard similarity of two ranges. */
export function jaccard(a: Range, b: Range): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? (a.start === b.start ? 1 : 0) : inter / union;
}

export const overlap = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/**
 * One-to-one matching of predicted to gold items, greedily by best similarity: exact
 * matches first, then the highest-scoring remaining pairs above the threshold. Returns the
 * matched pairs as [predIndex, goldIndex].
 */
export function matchRanges<P extends Range, G extends Range>(
  pred: readonly P[],
  gold: readonly G[],
  similarity: (p: P, g: G) => number,
  threshold: number,
): [number, number][] {
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const p = pred[i]!;
      const g = gold[j]!;
      if (p.end < g.start || g.end < p.start) continue;
      const s = similarity(p, g);
      if (s >= threshold) candidates.push([s, i, j]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export const exactSimilarity = (a: Range, b: Range): number => (a.start === b.start && a.end === b.end ? 1 : 0);
export const overlapSimilarity = (a: Range, b: Range): number => (overlap(a, b) ? jaccard(a, b) || 1e-9 : 0);

/** P/R/F1 of one document's predicted ranges against gold under a similarity and threshold. */
export function scoreRanges(pred: readonly Range[], gold: readonly Range[], similarity: (a: Range, b: Range) => number, threshold: number): PRF {
  const tp = matchRanges(pred, gold, similarity, threshold).length;
  return prf(tp, pred.length - tp, gold.length - tp);
}
