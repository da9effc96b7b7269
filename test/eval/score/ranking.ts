/** Average precision of a ranking: items sorted by descending score, ties in input order. */
export function averagePrecision(items: readonly { score: number; relevant: boolean }[]): number {
  const ranked = items.map((x, i) => ({ ...x, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const total = ranked.filter((x) => x.relevant).length;
  if (total === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((x, k) => {
    if (x.relevant) {
      hits++;
      sum += hits / (k + 1);
    }
  });
  return sum / total;
}

/** Area under the ROC curve (the probability a positive outranks a negative; ties count half). */
export function rocAuc(items: readonly { score: number; relevant: boolean }[]): number {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]!.relevant) {
        rankSum += meanRank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
