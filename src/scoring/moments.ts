/**
 * The statistics behind the analyst functions (../analysis) and the scoring engine's preparation
 * stage (./prepare.ts): exact means and medians (Decimal), and the binary64 moments, correlations
 * and ranks whose formulas COINr and R use.
 * @internal
 * @module
 */
import { D, toNum, type Dec } from "../decimal";

/** A number as a Decimal, from its shortest decimal text. */
const dec = (x: number): Dec => new D(x.toString());

/** The present values of a column. */
export const present = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

/** Exact mean of the decimals of `xs` (not empty). */
export function meanDec(xs: readonly number[]): Dec {
  return exactSum(xs).div(xs.length);
}

/**
 * The exact sum of the decimals of `xs`: as one BigInt at the largest number of decimal places
 * among them (each shortest decimal scaled to an integer), or with Decimal when a value prints
 * with an exponent.
 */
function exactSum(xs: readonly number[]): Dec {
  const texts = new Array<string>(xs.length);
  let places = 0;
  for (let i = 0; i < xs.length; i++) {
    const t = String(xs[i]);
    if (t.includes("e")) {
      let s = new D(0);
      for (const x of xs) s = s.plus(dec(x));
      return s;
    }
    const dot = t.indexOf(".");
    if (dot >= 0 && t.length - dot - 1 > places) places = t.length - dot - 1;
    texts[i] = t;
  }
  let sum = 0n;
  for (const t of texts) {
    const dot = t.indexOf(".");
    const frac = dot < 0 ? "" : t.slice(dot + 1);
    const int = dot < 0 ? t : t.slice(0, dot);
    sum += BigInt(int + frac.padEnd(places, "0"));
  }
  return new D(sum.toString()).div(new D(10).pow(places));
}

/** Exact median: the middle value, or the mean of the two middle values. */
export function medianDec(xs: readonly number[]): Dec {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1
    ? dec(s[m]!)
    : dec(s[m - 1]!)
        .plus(dec(s[m]!))
        .div(2);
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
function fmean(xs: ArrayLike<number> & Iterable<number>): number {
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
  const y = (Math.sqrt(n) * s3) / s2 ** 1.5;
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
export function covariance(x: ArrayLike<number> & Iterable<number>, y: ArrayLike<number> & Iterable<number>): number | null {
  const n = x.length;
  if (n < 2) return null;
  const mx = fmean(x);
  const my = fmean(y);
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i]! - mx) * (y[i]! - my);
  return s / (n - 1);
}

/** Pearson's correlation of paired values; `null` below 2 pairs or when one side is constant. */
export function pearson(x: ArrayLike<number> & Iterable<number>, y: ArrayLike<number> & Iterable<number>): number | null {
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

/** The smallest of `xs` (not empty), without spreading (no stack limit on long columns). */
export function minOf(xs: Iterable<number>): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** The largest of `xs` (not empty). */
export function maxOf(xs: Iterable<number>): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** A column as doubles, `NaN` for missing (fast loops, no boxed numbers). */
export function toF64(xs: readonly (number | null)[]): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] ?? Number.NaN;
  return out;
}

/** Units with a value, sorted by value (ties in unit order): the order Spearman's ranks walk. */
export function orderOf(a: Float64Array): Int32Array {
  const idx: number[] = [];
  for (let u = 0; u < a.length; u++) if (a[u] === a[u]) idx.push(u);
  idx.sort((p, q) => a[p]! - a[q]! || p - q);
  return Int32Array.from(idx);
}

/**
 * The correlation of two NaN-for-missing columns over the units where both are present
 * (pairwise complete): Pearson's of the values, or of their average ranks among those units
 * (Spearman's, ranked from the columns' presorted `order`s in linear time). `null` below 2 pairs
 * or when one side is constant.
 */
export function pairCorrelation(a: Float64Array, b: Float64Array, spearmanOrders?: readonly [Int32Array, Int32Array]): number | null {
  const n = a.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let k = 0;
  if (!spearmanOrders) {
    for (let u = 0; u < n; u++) {
      const p = a[u]!;
      const q = b[u]!;
      if (p === p && q === q) {
        x[k] = p;
        y[k++] = q;
      }
    }
    return pearson(x.subarray(0, k), y.subarray(0, k));
  }
  const ra = new Float64Array(n);
  const rb = new Float64Array(n);
  rankInto(a, b, spearmanOrders[0], ra);
  rankInto(b, a, spearmanOrders[1], rb);
  for (let u = 0; u < n; u++) {
    if (a[u] === a[u] && b[u] === b[u]) {
      x[k] = ra[u]!;
      y[k++] = rb[u]!;
    }
  }
  return pearson(x.subarray(0, k), y.subarray(0, k));
}

/** Average ranks of `a` among the units where `other` is present too, written to `out[u]`. */
function rankInto(a: Float64Array, other: Float64Array, order: Int32Array, out: Float64Array): void {
  const kept: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const u = order[i]!;
    if (other[u] === other[u]) kept.push(u);
  }
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j + 1 < kept.length && a[kept[j + 1]!] === a[kept[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let m = i; m <= j; m++) out[kept[m]!] = r;
    i = j + 1;
  }
}

/** Sample covariance of two NaN-for-missing columns over the units where both are present. */
export function pairCovariance(a: Float64Array, b: Float64Array): number | null {
  const n = a.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let k = 0;
  for (let u = 0; u < n; u++) {
    const p = a[u]!;
    const q = b[u]!;
    if (p === p && q === q) {
      x[k] = p;
      y[k++] = q;
    }
  }
  return covariance(x.subarray(0, k), y.subarray(0, k));
}
