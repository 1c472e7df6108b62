/**
 * Stage 2 — normalise each indicator column in float, with a bound on its error.
 *
 * Contract: for column i (values at `values[i·n …]`), it sets the column's `min`, `max` and
 * `missing` (from the extremes kept while reading, or a pass over the column), writes the
 * float scores of its present values (NaN where missing) at `out[at …]`, and sets `errNorm[i]`, a
 * rigorous bound on the absolute error of every float score of the column, and `rangeAbs[i]`,
 * the largest magnitude of its range (both used by ./aggregate.ts). The min–max loops also add
 * each score to its component's running sums as they go (./aggregate.ts owns those sums); a
 * column so summed is marked in `summed`. The derivation of the bound is in docs/methodology.md
 * ("Error bounds").
 * @module
 */
import type { Compiled } from "./compiled";
import type { RunViews } from "./layout";

/** Machine epsilon of doubles (2^-52), and a floor that covers underflow. @internal */
export const EPS = 2 ** -52;
export const TINY = 2 ** -1000;

/** What the normalise stage reads and writes of a run. @internal */
export interface NormaliseRun {
  readonly c: Compiled;
  readonly n: number;
  readonly values: Float64Array;
  /** The extremes kept while reading, or null (then a pass over each column finds them). */
  readonly extremes: Float64Array | null;
  readonly v: RunViews;
}

/** Normalise one value in float (the scalar form of the column loops). @internal */
export function normalise(c: Compiled, i: number, x: number, min: number, max: number): number {
  const nz = c.nz[i]!;
  const a = nz.range[0];
  const b = nz.range[1];
  const lower = c.lower[i] === 1;
  if (nz.method === "minmax") {
    if (max === min) return (a + b) / 2;
    const t = (x - min) / (max - min);
    return lower ? b - (b - a) * t : a + (b - a) * t;
  }
  if (nz.method === "goalposts") {
    // biome-ignore lint/complexity/useMathMinMax: a clamp written as two comparisons on a hot path, kept as measured
    const cl = x < nz.min ? nz.min : x > nz.max ? nz.max : x;
    const t = (cl - nz.min) / (nz.max - nz.min);
    return lower ? b - (b - a) * t : a + (b - a) * t;
  }
  const t = (x - nz.low) / (nz.target - nz.low);
  const s = a + (b - a) * t;
  // biome-ignore lint/complexity/useMathMinMax: a clamp written as two comparisons on a hot path, kept as measured
  return s < a ? a : s > b ? b : s;
}

/**
 * A bound on the absolute float error of a linear rescale a + (b − a)(x − L)/(H − L) with
 * |t| ≤ tMax and |x|, |L|, |H| ≤ M (see docs/methodology.md, "Error bounds"). @internal
 */
export function linearBound(a: number, b: number, L: number, H: number, M: number, tMax: number): number {
  const w = Math.abs(b - a);
  const R = Math.max(Math.abs(a), Math.abs(b));
  const e = 2 * (w * (((2 + 2 * tMax) * M * EPS) / Math.abs(H - L) + 8 * tMax * EPS) + 6 * R * EPS) + TINY;
  return Number.isFinite(e) && Number.isFinite(H - L) && Number.isFinite(w / Math.abs(H - L)) ? e : Number.POSITIVE_INFINITY;
}

/**
 * Set column i's `min`, `max` (NaN when every value is missing) and `missing`; returns the count
 * of missing values. Comparisons with NaN are false, so a missing value leaves the extremes alone.
 * @internal
 */
export function columnExtremes(r: NormaliseRun, i: number): number {
  const { n, values, extremes: E, v } = r;
  const m = r.c.m;
  let miss: number;
  let lo: number;
  let hi: number;
  if (E !== null) {
    miss = E[2 * m + i]!;
    lo = E[i]!;
    hi = E[m + i]!;
  } else {
    lo = Number.POSITIVE_INFINITY;
    hi = Number.NEGATIVE_INFINITY;
    miss = 0;
    const base = i * n;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      miss += x !== x ? 1 : 0;
      // biome-ignore lint/complexity/useMathMinMax: a NaN must leave the bound as it is (Math.min/max would return NaN)
      lo = x < lo ? x : lo;
      // biome-ignore lint/complexity/useMathMinMax: a NaN must leave the bound as it is (Math.min/max would return NaN)
      hi = x > hi ? x : hi;
    }
  }
  v.min[i] = miss === n ? Number.NaN : lo;
  v.max[i] = miss === n ? Number.NaN : hi;
  v.missing[i] = miss;
  const nz = r.c.nz[i]!;
  v.rangeAbs[i] = Math.max(Math.abs(nz.range[0]), Math.abs(nz.range[1]));
  return miss;
}

/** Column i's error bound (after {@link columnExtremes}; not for an all-missing column). @internal */
export function columnBound(r: NormaliseRun, i: number): number {
  const nz = r.c.nz[i]!;
  const a = nz.range[0];
  const b = nz.range[1];
  if (nz.method === "minmax") {
    const lo = r.v.min[i]!;
    const hi = r.v.max[i]!;
    if (hi !== lo) return linearBound(a, b, lo, hi, Math.max(Math.abs(lo), Math.abs(hi)), 1);
    return Number.isFinite((a + b) / 2) ? 8 * r.v.rangeAbs[i]! * EPS + TINY : Number.POSITIVE_INFINITY;
  }
  if (nz.method === "goalposts") return linearBound(a, b, nz.min, nz.max, Math.max(Math.abs(nz.min), Math.abs(nz.max)), 1);
  const M = Math.max(Math.abs(nz.low), Math.abs(nz.target)) + 1.25 * Math.abs(nz.target - nz.low);
  return linearBound(a, b, nz.low, nz.target, M, 1.25);
}

/**
 * Column i's float scores into `out[at …]` (NaN where missing). A min–max column with distinct
 * extremes is also summed into its component as it is normalised (present values only, with its
 * weight; a column with every value present and weight 1 counts once in `fastCount`), and marked
 * in `summed`. @internal
 */
export function normaliseColumn(r: NormaliseRun, i: number, out: Float64Array, at: number): void {
  const { c, n, values, v } = r;
  const base = i * n;
  const nz = c.nz[i]!;
  const lo = v.min[i]!;
  const hi = v.max[i]!;
  if (nz.method !== "minmax") {
    for (let u = 0; u < n; u++) out[at + u] = normalise(c, i, values[base + u]!, lo, hi);
    return;
  }
  const a = nz.range[0];
  const b = nz.range[1];
  if (hi === lo) {
    const mid = (a + b) / 2;
    for (let u = 0; u < n; u++) out[at + u] = values[base + u] === values[base + u] ? mid : Number.NaN;
    return;
  }
  const span = (b - a) / (hi - lo);
  const j = c.compOf[i]!;
  const cb = j * n;
  const { comp, wsum, present } = v;
  v.summed[i] = 1;
  if (v.missing[i] === 0 && c.weights[i] === 1) {
    v.fastCount[j] = v.fastCount[j]! + 1;
    if (c.lower[i] === 1) {
      for (let u = 0; u < n; u++) {
        const s = b - span * (values[base + u]! - lo);
        out[at + u] = s;
        comp[cb + u] = comp[cb + u]! + s;
      }
    } else {
      for (let u = 0; u < n; u++) {
        const s = a + span * (values[base + u]! - lo);
        out[at + u] = s;
        comp[cb + u] = comp[cb + u]! + s;
      }
    }
    return;
  }
  // Missing values or a weight: summed in the same pass, present values only.
  const w = c.weights[i]!;
  const from = c.lower[i] === 1 ? b : a;
  const step = c.lower[i] === 1 ? -span : span;
  for (let u = 0; u < n; u++) {
    const x = values[base + u]!;
    const s = from + step * (x - lo);
    out[at + u] = s;
    if (x === x) {
      comp[cb + u] = comp[cb + u]! + w * s;
      wsum[cb + u] = wsum[cb + u]! + w;
      present[cb + u] = present[cb + u]! + 1;
    }
  }
}
