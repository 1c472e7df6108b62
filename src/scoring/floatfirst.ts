/**
 * The float-first layer of the exact run of ./methods.ts: every score, component and composite is
 * first computed in float64 with a conservative bound on its distance from the exact value; a
 * value is rounded from its float only when the float is farther than that bound from every
 * rounding boundary at the output's decimals (half-up: (k + 0.5)·10^−d). Otherwise — and for every
 * sign a method depends on (a value ≤ 0 under a geometric mean, 0 under a harmonic mean) that the
 * bound leaves undecided — the exact value is computed (lazily, once) and rounded as before.
 *
 * Contract: `roundF(x, d, …)` returns exactly what rounding the exact value would (the bounds are
 * generous: see REL below); `aggregateF` throws
 * exactly the errors the exact aggregation throws, since it hands every unclear case to it.
 * @module
 */
import type { PgiPath } from "../errors";
import type { Aggregation } from "../framework/types";

/**
 * A float value `f` within `e` of an exact value `q`, computed when first needed by `mk`, or by
 * `at(i)` (one function shared by a column's values, so a value costs no closure of its own). @internal
 */
export interface FNum<Q> {
  readonly f: number;
  readonly e: number;
  q: Q | null;
  mk: (() => Q) | null;
  at: ((i: number) => Q) | null;
  readonly i: number;
}

/**
 * The slack added to every float bound: a relative 1e-12 (over 4,000 times the rounding error of
 * one operation, u = 2^−53 ≈ 1.1e-16) and an absolute 1e-250; an aggregation of n values adds
 * (n + 2)·2.3e-16 relative (twice the γ_n = n·u of a recursive sum, its weights' sum and the
 * final division), so the bound holds for any n.
 */
const REL = 1e-12;
const ABS = 1e-250;
/** The relative slack of an aggregation of `n` values. */
const slack = (n: number): number => REL + (n + 2) * 2.3e-16;

/** A float approximation with bound of an exact value, computed lazily by `mk`. @internal */
export function lazyF<Q>(f: number, e: number, mk: () => Q): FNum<Q> {
  return { f, e: e + REL * Math.abs(f) + ABS, q: null, mk, at: null, i: 0 };
}

/** A float approximation with bound of the exact value `at(i)`, computed when first needed. @internal */
export function lazyAt<Q>(f: number, e: number, at: (i: number) => Q, i: number): FNum<Q> {
  return { f, e: e + REL * Math.abs(f) + ABS, q: null, mk: null, at, i };
}

/** A known exact value `q` with its float `f` (within `e`). @internal */
export function knownF<Q>(f: number, e: number, q: Q): FNum<Q> {
  return { f, e: e + REL * Math.abs(f) + ABS, q, mk: null, at: null, i: 0 };
}

/** The exact value (computed once). @internal */
export function exactOf<Q>(x: FNum<Q>): Q {
  if (x.q === null) {
    x.q = x.mk !== null ? x.mk() : x.at!(x.i);
    x.mk = null;
    x.at = null;
  }
  return x.q;
}

/**
 * Half-up rounding at `decimals` of `x`: from its float when the float is clearly away from every
 * rounding boundary, else `exact(exactOf(x))`. @internal
 */
export function roundF<Q>(x: FNum<Q>, decimals: number, path: PgiPath, exact: (q: Q, decimals: number, path: PgiPath) => number): number {
  const scale = 10 ** decimals;
  const y = x.f * scale;
  const frac = y - Math.floor(y);
  const gap = Math.abs(frac - 0.5) / scale;
  if (decimals <= 22 && Number.isFinite(y) && Math.abs(y) < 2 ** 50 && gap > 2 * x.e + 1e-12 * Math.abs(x.f)) {
    const r = Math.round(y) / scale;
    return r === 0 ? 0 : r;
  }
  return exact(exactOf(x), decimals, path);
}

type Exact<Q> = (method: Aggregation | "sum" | "weightedSum", xs: readonly Q[], ws: readonly number[]) => Q;

/**
 * The float-first aggregation: a float value with bound whose exact value is `exact` of the
 * inputs' exact values; computed exactly at once (so it throws as the exact path does) when a sign
 * the method needs is not clear from the bounds. @internal
 */
export function aggregateF<Q>(method: Aggregation | "sum" | "weightedSum", xs: readonly FNum<Q>[], ws: readonly number[], exact: Exact<Q>): FNum<Q> {
  const mk = () => exact(method, xs.map(exactOf), ws);
  const now = (): FNum<Q> => {
    const q = mk();
    return { f: Number.NaN, e: Number.POSITIVE_INFINITY, q, mk: null, at: null, i: 0 };
  };
  const n = xs.length;
  let W = 0;
  for (const w of ws) W += w;
  if (!(W > 0)) return now();
  if (method === "median") {
    const s = xs.map((x) => x.f).sort((a, b) => a - b);
    const h = n >> 1;
    const f = n % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
    let e = 0;
    for (const x of xs) e = Math.max(e, x.e);
    return lazyF(f, e, mk);
  }
  if (method === "geometricMean") {
    let l = 0;
    let el = 0;
    let al = 0;
    for (let k = 0; k < n; k++) {
      const { f, e } = xs[k]!;
      if (!(f - e > 0)) return now();
      const t = ws[k]! * Math.log(f);
      l += t;
      al += Math.abs(t);
      el += (Math.abs(ws[k]!) * e) / (f - e);
    }
    const L = l / W;
    const eL = (el + slack(n) * al) / W + 1e-15;
    const g = Math.exp(L);
    return lazyF(g, g * Math.expm1(eL) * 1.01, mk);
  }
  if (method === "harmonicMean") {
    let s = 0;
    let es = 0;
    for (let k = 0; k < n; k++) {
      const { f, e } = xs[k]!;
      const a = Math.abs(f);
      if (!(a - e > 0)) return now();
      s += ws[k]! / f;
      es += (Math.abs(ws[k]!) * e) / (a * (a - e)) + (slack(n) * Math.abs(ws[k]!)) / a;
    }
    const as = Math.abs(s);
    if (!(as - es > 0)) return now();
    const h = W / s;
    // (The sum of the weights and the division, n + 1 roundings, on top of the sum's bound.)
    return lazyF(h, (W * es) / (as * (as - es)) + slack(n) * Math.abs(h), mk);
  }
  let s = 0;
  let e = 0;
  let a = 0;
  for (let k = 0; k < n; k++) {
    const t = ws[k]! * xs[k]!.f;
    s += t;
    a += Math.abs(t);
    e += Math.abs(ws[k]!) * xs[k]!.e;
  }
  if (method === "sum" || method === "weightedSum") return lazyF(s, e + slack(n) * a, mk);
  return lazyF(s / W, (e + slack(n) * a) / W, mk);
}

/**
 * Float z-scores `(x − mean)/sd·scale + shift` of `xs` (sample sd, n − 1) with a bound on each
 * one's distance from the exact path's value; null when n < 2 or the standard deviation is not
 * clearly above 0 (the caller then takes the exact column, which also throws for a zero sd). @internal
 */
export function zscoreF(xs: readonly number[], scale: number, shift: number): { f: Float64Array; e: Float64Array } | null {
  const N = xs.length;
  if (N < 2) return null;
  let sum = 0;
  let A = 0;
  for (const x of xs) {
    sum += x;
    A = Math.max(A, Math.abs(x));
  }
  const m = sum / N;
  // |m − exact mean| and each input's distance from its decimal form (the exact path's input).
  const em = (REL + N * 2.3e-16) * A + ABS;
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  const R = Math.sqrt(ss);
  // (R's own rounding: the N squares' sum, γ_N, then the square root.)
  const lo1 = R * (1 - slack(N)) - Math.sqrt(N) * em;
  const hi1 = R * (1 + slack(N)) + Math.sqrt(N) * em;
  const lo2 = lo1 * lo1 - N * em * em;
  if (!(lo1 > 0 && lo2 > 0)) return null;
  const q = Math.sqrt(N - 1);
  const sLo = Math.sqrt(lo2) / q;
  const sHi = hi1 / q;
  const s = R / q;
  const dInv = Math.max(1 / sLo - 1 / s, 1 / s - 1 / sHi);
  const f = new Float64Array(N);
  const e = new Float64Array(N);
  const as = Math.abs(scale);
  for (let k = 0; k < N; k++) {
    const d = xs[k]! - m;
    const t = (d / s) * scale;
    f[k] = t + shift;
    e[k] = as * ((2 * em) / sLo + Math.abs(d) * dInv) + REL * (Math.abs(t) + Math.abs(shift));
  }
  return { f, e };
}
