/**
 * The statistics behind the analyst functions: exact means and medians (Decimal), and the
 * binary64 moments, correlations and ranks whose formulas COINr and R use.
 * @internal
 * @module
 */
import { D, toNum, type Dec } from "../decimal";
import { dec } from "./read";

/** The present values of a column. */
export const present = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** Exact mean of the decimals of `xs` (not empty). */
export function meanDec(xs: readonly number[]): Dec {
  let s = new D(0);
  for (const x of xs) s = s.plus(dec(x));
  return s.div(xs.length);
}

/** Exact median: the middle value, or the mean of the two middle values. */
export function medianDec(xs: readonly number[]): Dec {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? dec(s[m]!) : dec(s[m - 1]!).plus(dec(s[m]!)).div(2);
}

/** A rational statistic as a result number: rounded half-up at `decimals` places. */
export const rational = (d: Dec, decimals: number): number => toNum(d, decimals);

/** An irrational statistic as a result number: rounded to 10 significant digits (no −0). */
export function sig(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const r = Number(x.toPrecision(10));
  return r === 0 ? 0 : r;
}

/** Arithmetic mean in binary64 (two-pass friendly). */
function fmean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  const m = s / xs.length;
  // one correction pass (as R's mean does)
  let c = 0;
  for (const x of xs) c += x - m;
  return m + c / xs.length;
}

/** Sample standard deviation (n − 1), binary64; `null` below 2 values. */
export function sd(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const m = fmean(xs);
  let s2 = 0;
  for (const x of xs) s2 += (x - m) * (x - m);
  return Math.sqrt(s2 / (n - 1));
}

/**
 * Sample skewness as Excel's SKEW and COINr's `skew` (e1071 type 2):
 * √n·Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2), d = x − mean; `null` below 3 values or for a constant column.
 */
export function skewness(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  const m = fmean(xs);
  let s2 = 0;
  let s3 = 0;
  for (const x of xs) {
    const d = x - m;
    s2 += d * d;
    s3 += d * d * d;
  }
  if (s2 === 0) return null;
  const y = (Math.sqrt(n) * s3) / Math.pow(s2, 1.5);
  return (y * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis as Excel's KURT and COINr's `kurt` (e1071 type 2):
 * r = n·Σd⁴/(Σd²)², ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)); `null` below 4 values or for a constant column.
 */
export function kurtosis(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 4) return null;
  const m = fmean(xs);
  let s2 = 0;
  let s4 = 0;
  for (const x of xs) {
    const d = x - m;
    s2 += d * d;
    s4 += d * d * d * d;
  }
  if (s2 === 0) return null;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/** Ranks with ties sharing the average rank (R's `rank`, the ranks of Spearman's correlation). */
export function averageRanks(xs: readonly number[]): number[] {
  const idx = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && xs[idx[j + 1]!] === xs[idx[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[idx[k]!] = r;
    i = j + 1;
  }
  return out;
}

/** The complete pairs of two columns. */
export function pairs(a: readonly (number | null)[], b: readonly (number | null)[]): [number[], number[]] {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== null && a[i] !== undefined && b[i] !== null && b[i] !== undefined) {
      x.push(a[i]!);
      y.push(b[i]!);
    }
  }
  return [x, y];
}

/** Sample covariance (n − 1) of paired values; `null` below 2 pairs. */
export function covariance(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  const mx = fmean(x);
  const my = fmean(y);
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / (n - 1);
}

/** Pearson's correlation of paired values; `null` below 2 pairs or when one side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2) return null;
  const mx = fmean(x);
  const my = fmean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/** Spearman's correlation: Pearson's of the average ranks of the complete pairs. */
export const spearman = (x: readonly number[], y: readonly number[]): number | null => pearson(averageRanks(x), averageRanks(y));
