/**
 * Sample quantiles of R's default definition (type 7, Hyndman & Fan 1996): for sorted values
 * x₁ ≤ … ≤ xₙ and probability p, h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋)
 * (0-based indices). COINr and R's `quantile()` use the same rule.
 * @module
 */

/** The type-7 quantile of already sorted values (ascending); NaN for no values. @internal */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The type-7 quantile of `values` (copied and sorted; the input is not changed). @internal */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p);
}
