/**
 * The first index in [0, length) at which `before(k)` turns false, by bisection; `length` when it
 * never does. `before` must hold on a prefix of the range and not after it (a sorted array and a
 * target: "item k comes before the target").
 */
export function firstNotBefore(length: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
