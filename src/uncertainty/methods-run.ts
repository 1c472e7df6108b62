/**
 * Uncertainty runs of a framework that uses the methods beyond min–max with a mean (z-score, rank,
 * Borda…, geometric and harmonic means, medians; see ../scoring/methods.ts). The engine scores such
 * a framework exactly (rationals and 40-digit decimals), which is too slow for thousands of runs;
 * but the normalised scores do not depend on the weights. So each combination of alternatives is
 * scored once exactly — its ranks with the framework's weights, and the check that it can be
 * scored at all with these data (a geometric mean over a score ≤ 0 is refused here, before the
 * first run) — and its normalised scores kept as binary floats; a run with other weights then
 * only aggregates, rounds and ranks in floating point.
 *
 * Contract: `methodsPlan` scores the combination exactly once (its PgiError propagates) and keeps
 * its float scores; `methodsRanks` gives a run's ranks: the exact ranks for the framework's own
 * weights, else the float run's, the composite rounded half-up at the framework's composite
 * decimals with a relative tolerance of 1e-12 (so a value whose exact form is a rounding tie
 * rounds up as the exact engine rounds it).
 * @module
 */
import { D } from "../decimal";
import type { Compiled } from "../scoring/compiled";
import { ExactPath } from "../scoring/exactpath";
import { carve, planOf, type RunViews } from "../scoring/layout";
import { extendedRun, freeScores, type Num } from "../scoring/methods";
import { columnExtremes, type NormaliseRun } from "../scoring/normalise";
import { floatParents } from "../scoring/levels";
import { ranksOf } from "../scoring/rank";
import type { Prepared } from "../scoring/run";

/** One combination's exact ranks and float scores. @internal */
export interface MethodsPlan {
  readonly c: Compiled;
  /** Ranks with the framework's own weights, from the exact engine. */
  readonly ranks: Int32Array;
  /** Normalised scores, norm[i·n + u], NaN = missing. */
  readonly norm: Float64Array;
  /** Indicators of each component. */
  readonly members: readonly Int32Array[];
  readonly n: number;
  /** ln and 1/x of the scores, made when a geometric or harmonic mean first needs them. */
  readonly cache: { log?: Float64Array; inv?: Float64Array };
}

const toFloat = (x: Num): number => {
  if (!Array.isArray(x)) return (x as { toNumber(): number }).toNumber();
  const [a, b] = x as readonly [bigint, bigint];
  const big = 2n ** 53n;
  if (a < big && a > -big && b < big) return Number(a) / Number(b);
  return new D(a.toString()).div(b.toString()).toNumber();
};

/** Score one combination exactly (throws its PgiError) and keep its normalised scores as floats. @internal */
export function methodsPlan(p: Prepared): MethodsPlan {
  const { c, n, values, units } = p;
  const ranks = extendedRun(p).rank.slice();
  const shape = { m: c.m, n, k: c.k, keyed: false, wide: false, rows: p.extremes !== null, out: p.out };
  const v = carve<RunViews>(planOf(shape, c.plans).run);
  const exact = new ExactPath({ c, n, values, min: v.min, max: v.max, missing: v.missing });
  const nr: NormaliseRun = { c, n, values, extremes: p.extremes, v };
  const norm = new Float64Array(c.m * n).fill(Number.NaN);
  for (let i = 0; i < c.m; i++) {
    const base = i * n;
    if (columnExtremes(nr, i) === n) continue;
    const f = c.free[i]!;
    if (f !== null) {
      const raw: (number | null)[] = [];
      for (let u = 0; u < n; u++) raw.push(values[base + u] === values[base + u] ? values[base + u]! : null);
      const ref = f.method === "distanceToReference" ? units.indexOf(f.unit) : -1;
      freeScores(c, i, f, raw, ref).forEach((s, u) => {
        if (s !== null) norm[base + u] = toFloat(s);
      });
    } else {
      for (let u = 0; u < n; u++) if (values[base + u] === values[base + u]) norm[base + u] = toFloat(exact.norm(i, u));
    }
  }
  const members = Array.from({ length: c.k }, (_, j) => Int32Array.from(c.ids.keys()).filter((i) => c.compOf[i] === j));
  return { c, ranks, norm, members, n, cache: {} };
}

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const h = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[h]! : (xs[h - 1]! + xs[h]!) / 2;
}

/** A weighted mean of `xs` by `method` (weights ignored by the median). */
function combine(method: string, xs: readonly number[], ws: readonly number[]): number {
  if (method === "median") return median([...xs]);
  let W = 0;
  let s = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    W += ws[k]!;
    s += ws[k]! * (method === "geometricMean" ? Math.log(x) : method === "harmonicMean" ? 1 / x : x);
  }
  if (method === "geometricMean") return Math.exp(s / W);
  if (method === "harmonicMean") return W / s;
  return method === "sum" ? s : s / W;
}

/** The scores a component's mean takes: ln x for a geometric mean, 1/x for a harmonic one. */
function transformed(mp: MethodsPlan, method: string): Float64Array {
  if (method === "geometricMean") return (mp.cache.log ??= mp.norm.map(Math.log));
  if (method === "harmonicMean") return (mp.cache.inv ??= mp.norm.map((x) => 1 / x));
  return mp.norm;
}

/**
 * Ranks of one run with indicator weights `w` and component weights `cw` (null: the framework's,
 * which are the exact ranks). Weights given make a mean a weighted mean and a sum a weighted sum
 * with the weights scaled to the rule's own total, as for the min–max runs; geometric and
 * harmonic means are weighted, medians not. @internal
 */
export function methodsRanks(mp: MethodsPlan, w: Float64Array | null, cw: Float64Array | null): Int32Array {
  if (w === null || cw === null) return mp.ranks;
  const { c, norm, members, n } = mp;
  const k = c.k;
  const method = c.fw.composite.method;
  const cd = c.fw.composite.decimals;
  const composite = new Float64Array(n);
  if (method === "none") return ranksOf(composite.fill(Number.NaN), cd);
  const comp = new Float64Array(k * n);
  const sum = new Float64Array(n);
  const wsum = new Float64Array(n);
  const count = new Int32Array(n);
  const xs: number[] = [];
  for (let j = 0; j < k; j++) {
    const agg = c.agg[j]!;
    const need = c.total[j]!;
    const cb = j * n;
    if (agg === "median") {
      for (let u = 0; u < n; u++) {
        xs.length = 0;
        for (const i of members[j]!) {
          const x = norm[i * n + u]!;
          if (x === x) xs.push(x);
        }
        comp[cb + u] = xs.length === 0 || xs.length * 2 < need ? Number.NaN : median(xs);
      }
      continue;
    }
    const src = transformed(mp, agg);
    sum.fill(0);
    wsum.fill(0);
    count.fill(0);
    for (const i of members[j]!) {
      const wi = w[i]!;
      const base = i * n;
      for (let u = 0; u < n; u++) {
        const x = src[base + u]!;
        if (norm[base + u]! !== norm[base + u]!) continue;
        sum[u] = sum[u]! + wi * x;
        wsum[u] = wsum[u]! + wi;
        count[u] = count[u]! + 1;
      }
    }
    for (let u = 0; u < n; u++) {
      const m = sum[u]! / wsum[u]!;
      comp[cb + u] = count[u] === 0 || count[u]! * 2 < need ? Number.NaN : agg === "geometricMean" ? Math.exp(m) : agg === "harmonicMean" ? 1 / m : m;
    }
  }
  // A multi-level framework (../scoring/levels.ts): parents from their children, the composite over the top level.
  // The run's weights of the levels below the top go into their parents' aggregation.
  const lv = c.levels === null ? null : { ...c.levels, weights: Float64Array.from(c.levels.weights, (x, j) => (j < c.levels!.top ? x : (cw[j] ?? x))) };
  const top = lv?.top ?? k;
  const cws = Array.from(cw.subarray(0, top));
  const cwSum = cws.reduce((s, x) => s + x, 0);
  const total = method === "weightedSum" ? c.compWeights.subarray(0, top).reduce((s, x) => s + x, 0) : top;
  const f = 10 ** cd;
  const ys: number[] = new Array(k);
  for (let u = 0; u < n; u++) {
    for (let j = 0; j < k; j++) ys[j] = comp[j * n + u]!;
    if (lv !== null) floatParents(lv, c.agg, ys, combine);
    let missing = false;
    for (let j = 0; j < top; j++) if (ys[j]! !== ys[j]!) missing = true;
    if (missing) {
      composite[u] = Number.NaN;
      continue;
    }
    let y = 0;
    if (method === "sum" || method === "weightedSum") for (let j = 0; j < top; j++) y += (cws[j]! / cwSum) * total * ys[j]!;
    else y = combine(method, ys.slice(0, top), cws);
    const z = y * f;
    composite[u] = Math.floor(z + 0.5 + Math.abs(z) * 1e-12) / f;
  }
  return ranksOf(composite, cd);
}
