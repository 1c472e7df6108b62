/**
 * The exact run of a framework that uses a method beyond the linear normalisations with a mean
 * (rank, percent rank, Borda, fraction of the maximum, distances, z-score; geometric and harmonic
 * means, medians): every number is computed exactly where the arithmetic is rational (BigInt
 * rationals) and in 40-digit decimals where it is not (z-score, geometric mean), then rounded
 * half-up. ./run.ts sends a framework here once, when it is compiled with `extended`; the min–max
 * fast path never sees these branches. Float first (./floatfirst.ts): z-scores and every
 * aggregation are computed in float64 with an error bound carried through the chain; a value is
 * computed exactly (lazily: a z-score column's exact statistics once, one unit's chain) only when
 * its float lies within the bound of a rounding boundary or leaves a needed sign unclear.
 *
 * Contract: `extendedRun(p)` returns the rounded columns of the exact computation, identical to
 * `extendedRun(p, true)` which rounds every value from its exact form (scores, components,
 * composite, ranks; keyed: null), and throws a `PgiError` — before any work for a bad
 * spec (an unknown reference unit, a reference unit without a value), or naming the unit,
 * component and indicator for data the method cannot take (a value ≤ 0 under a geometric mean,
 * 0 under a harmonic mean, a division by zero of a normalisation).
 * @module
 */
import { D, type Dec } from "../decimal";
import { describe, PgiError, type PgiPath } from "../errors";
import type { Aggregation, FreeNormalization } from "../framework/types";
import type { Compiled } from "./compiled";
import { radd, ratOf, rcmp, rdiv, rmul, roundRat, rsub, type Rat } from "./exact";
import { ExactPath } from "./exactpath";
import { carve, planOf, type RunViews } from "./layout";
import { columnExtremes, type NormaliseRun } from "./normalise";
import { aggregateLevels } from "./levels";
import { aggregateF, exactOf, knownF, lazyAt, roundF, zscoreF, type FNum } from "./floatfirst";
import { ranksOf } from "./rank";
import type { Prepared, Raw, Rounded } from "./run";

/** An exact rational, or a 40-digit decimal where the method is irrational. @internal */
export type Num = Rat | Dec;

const isRat = (x: Num): x is Rat => Array.isArray(x);
const ZERO: Rat = [0n, 1n];
const ONE: Rat = [1n, 1n];
const dec = (x: Num): Dec => (isRat(x) ? new D(x[0].toString()).div(x[1].toString()) : x);
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
/** A rational in lowest terms (keeps sums of many scores small). */
const norm = (q: Rat): Rat => {
  const g = gcd(q[0], q[1]);
  return g === 1n || g === 0n ? q : [q[0] / g, q[1] / g];
};
const add = (p: Num, q: Num): Num => (isRat(p) && isRat(q) ? norm(radd(p, q)) : dec(p).plus(dec(q)));
const mul = (p: Num, q: Num): Num => (isRat(p) && isRat(q) ? norm(rmul(p, q)) : dec(p).times(dec(q)));
const div = (p: Num, q: Num): Num => (isRat(p) && isRat(q) ? norm(rdiv(p, q)) : dec(p).div(dec(q)));
const sign = (x: Num): number => (isRat(x) ? (x[0] < 0n ? -1 : x[0] > 0n ? 1 : 0) : x.isZero() ? 0 : x.isNeg() ? -1 : 1);
const cmp = (p: Num, q: Num): number => (isRat(p) && isRat(q) ? rcmp(p, q) : dec(p).cmp(dec(q)));

/**
 * Round half-up at `decimals`: a rational exactly; a decimal after snapping it to 32 significant
 * digits, so a value whose exact form is a rounding tie (a geometric mean of equal scores, a
 * z-score of 0.5) rounds as the tie it is. @internal
 */
export function roundNum(x: Num, decimals: number, path: PgiPath): number {
  if (isRat(x)) return roundRat(x, decimals, path);
  const r = Number(x.toSignificantDigits(32).toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed());
  return r === 0 ? 0 : r;
}

const fail = (en: string, vi: string, path: PgiPath, details: Record<string, unknown> = {}): never => {
  throw new PgiError("INVALID_INPUT", { en, vi }, path, details);
};

/** The reference unit of each `distanceToReference` indicator, checked before any work. */
function referencesOf(p: Prepared): Int32Array {
  const { c, n, values, units } = p;
  const ref = new Int32Array(c.m).fill(-1);
  c.free.forEach((f, i) => {
    if (f === null || f.method !== "distanceToReference") return;
    const id = c.ids[i]!;
    const u = units.indexOf(f.unit);
    if (u < 0) {
      fail(
        `indicator ${describe(id)}: the reference unit ${describe(f.unit)} of distanceToReference is not among the units scored; name one of them`,
        `chỉ tiêu ${describe(id)}: đơn vị tham chiếu ${describe(f.unit)} của distanceToReference không có trong các đơn vị được tính điểm; hãy ghi tên một đơn vị có trong số liệu`,
        ["framework", "indicators", i, "normalization", "unit"],
        { indicator: id, unit: f.unit },
      );
    }
    if (values[i * n + u] !== values[i * n + u]) {
      fail(
        `indicator ${describe(id)}: the reference unit ${describe(f.unit)} has no value, so distanceToReference cannot be computed; give its value or choose another reference unit`,
        `chỉ tiêu ${describe(id)}: đơn vị tham chiếu ${describe(f.unit)} không có số liệu nên không tính được distanceToReference; hãy bổ sung số liệu hoặc chọn đơn vị tham chiếu khác`,
        ["units", u, "indicators", id],
        { indicator: id, unit: f.unit },
      );
    }
    ref[i] = u;
  });
  return ref;
}

/** Ranks of `xs` (ties share the lowest rank, 1 = lowest), as R's `rank(ties.method = "min")`. */
function ranks(xs: readonly number[]): Int32Array {
  const order = xs.map((_, j) => j).sort((a, b) => xs[a]! - xs[b]!);
  const out = new Int32Array(xs.length);
  for (let k = 0; k < order.length; k++) {
    const j = order[k]!;
    out[j] = k > 0 && xs[order[k - 1]!] === xs[j] ? out[order[k - 1]!]! : k + 1;
  }
  return out;
}

/** The error of indicator i's normalisation `f` for data it cannot take (`what`: why, in both languages). */
const unscorable =
  (c: Compiled, i: number, f: FreeNormalization) =>
  (what: { en: string; vi: string }): never =>
    fail(
      `indicator ${describe(c.ids[i]!)}: ${f.method} ${what.en}; choose another normalisation for it`,
      `chỉ tiêu ${describe(c.ids[i]!, "vi")}: ${f.method} ${what.vi}; hãy chọn cách chuẩn hoá khác cho chỉ tiêu này`,
      ["framework", "indicators", i, "normalization"],
      { indicator: c.ids[i]! },
    );

/**
 * The exact z-scores of `xs` (the present values, a "lower" indicator's negated), one at a time:
 * `z(k)` is (x − mean)/sd·f.sd + f.mean in 40-digit decimals. The column's sums are exact (BigInt
 * over the values' common power of ten, from each value's shortest decimal form), so the mean is
 * the 40-digit quotient of the exact sum and the sample sd (n − 1) the 40-digit square root of the
 * exact variance, both computed once for the column. `zero` throws the error of a column
 * that cannot be scored (one value, or a standard deviation of 0).
 */
function zscoreOf(xs: readonly number[], f: FreeNormalization & { method: "zscore" }, zero: (what: { en: string; vi: string }) => never): (k: number) => Dec {
  const N = xs.length;
  if (N === 1)
    zero({
      en: "needs at least two units with a value (the standard deviation divides by n − 1)",
      vi: "cần ít nhất hai đơn vị có số liệu (độ lệch chuẩn chia cho n − 1)",
    });
  const q = xs.map(ratOf);
  let scale = 1n;
  for (const [, d] of q) if (d > scale) scale = d;
  let s1 = 0n;
  let s2 = 0n;
  for (const [n, d] of q) {
    const x = d === scale ? n : n * (scale / d);
    s1 += x;
    s2 += x * x;
  }
  const bn = BigInt(N);
  const spread = bn * s2 - s1 * s1;
  if (spread === 0n)
    zero({
      en: "divides by the standard deviation, which is 0 (every unit has the same value)",
      vi: "chia cho độ lệch chuẩn, mà độ lệch chuẩn bằng 0 (mọi đơn vị có cùng giá trị)",
    });
  const mean = new D(s1.toString()).div((bn * scale).toString());
  const sd = new D(spread.toString()).div((bn * (bn - 1n) * scale * scale).toString()).sqrt();
  const scaleBy = f.sd;
  const shift = f.mean;
  return (k) => new D(xs[k]!).minus(mean).div(sd).times(scaleBy).plus(shift);
}

/** The exact score of rank `r` (1 = lowest) among `N` values: the rank, the Borda count r − 1, or the percent rank (r − 1)/(N − 1). */
function rankScore(method: "rank" | "borda" | "percentRank", r: number, N: number): Rat {
  const rk = BigInt(r);
  return method === "rank" ? [rk, 1n] : method === "borda" ? [rk - 1n, 1n] : norm([rk - 1n, BigInt(N - 1)]);
}

/**
 * Indicator i's exact scores of its present values (null where missing) under a normalisation
 * without a fixed scale; a `"lower"` indicator is negated first (as COINr does). @internal
 */
export function freeScores(c: Compiled, i: number, f: FreeNormalization, raw: readonly (number | null)[], ref: number): (Num | null)[] {
  const lower = c.lower[i] === 1;
  const at: number[] = [];
  const xs: number[] = [];
  raw.forEach((x, u) => {
    if (x !== null) {
      at.push(u);
      xs.push(lower ? -x || 0 : x);
    }
  });
  const out: (Num | null)[] = raw.map(() => null);
  const N = xs.length;
  if (N === 0) return out;
  const zero = unscorable(c, i, f);
  // The exact values and their extremes, for the methods that divide by them (not the ranks, not z-scores).
  const rational = f.method === "fractionOfMax" || f.method === "distanceToMax" || f.method === "distanceToReference";
  const q = rational ? xs.map(ratOf) : [];
  let lo = q[0] ?? ZERO;
  let hi = q[0] ?? ZERO;
  for (const x of q) {
    if (rcmp(x, lo) < 0) lo = x;
    if (rcmp(x, hi) > 0) hi = x;
  }
  const set = (k: number, v: Num) => (out[at[k]!] = v);
  switch (f.method) {
    case "rank":
    case "borda":
    case "percentRank": {
      if (f.method === "percentRank" && N === 1)
        zero({ en: "needs at least two units with a value (it divides by n − 1)", vi: "cần ít nhất hai đơn vị có số liệu (phép tính chia cho n − 1)" });
      const r = ranks(xs);
      for (let k = 0; k < N; k++) set(k, rankScore(f.method, r[k]!, N));
      break;
    }
    case "fractionOfMax":
      if (hi[0] === 0n) zero({ en: "divides by the largest value, which is 0", vi: "chia cho giá trị lớn nhất, mà giá trị này bằng 0" });
      for (let k = 0; k < N; k++) set(k, norm(rdiv(q[k]!, hi)));
      break;
    case "distanceToMax": {
      if (rcmp(hi, lo) === 0)
        zero({
          en: "divides by the range of the values, which is 0 (every unit has the same value)",
          vi: "chia cho khoảng biến thiên của số liệu, mà khoảng này bằng 0 (mọi đơn vị có cùng giá trị)",
        });
      const span = rsub(hi, lo);
      for (let k = 0; k < N; k++) set(k, norm(rsub(ONE, rdiv(rsub(hi, q[k]!), span))));
      break;
    }
    case "distanceToReference": {
      const xr = ratOf(lower ? -raw[ref]! || 0 : raw[ref]!);
      if (rcmp(xr, lo) === 0)
        zero({
          en: "divides by the reference value minus the smallest value, which is 0",
          vi: "chia cho hiệu giữa giá trị tham chiếu và giá trị nhỏ nhất, mà hiệu này bằng 0",
        });
      const span = rsub(xr, lo);
      for (let k = 0; k < N; k++) {
        const y = norm(rsub(ONE, rdiv(rsub(xr, q[k]!), span)));
        set(k, f.cap && rcmp(y, ONE) > 0 ? ONE : y);
      }
      break;
    }
    case "zscore": {
      const z = zscoreOf(xs, f, zero);
      for (let k = 0; k < N; k++) set(k, z(k));
      break;
    }
  }
  return out;
}

/** The weighted geometric mean, harmonic mean, median or (weighted) mean of present scores. */
function aggregate(method: Aggregation | "sum" | "weightedSum", xs: readonly Num[], ws: readonly number[], where: Where): Num {
  if (method === "median") {
    const s = [...xs].sort(cmp);
    const h = s.length >> 1;
    return s.length % 2 === 1 ? s[h]! : div(add(s[h - 1]!, s[h]!), [2n, 1n]);
  }
  let W: Num = ZERO;
  for (const w of ws) W = add(W, ratOf(w));
  if (method === "geometricMean") {
    let l = new D(0);
    for (let k = 0; k < xs.length; k++) {
      if (sign(xs[k]!) <= 0) {
        const at = where(k);
        fail(
          `${at.en} is ${dec(xs[k]!).toSignificantDigits(12).toString()}: a geometric mean needs every value greater than 0; choose another aggregation or a normalisation whose scores are positive (e.g. minmax to [1, 10])`,
          `${at.vi} bằng ${dec(xs[k]!).toSignificantDigits(12).toString().replace(".", ",")}: trung bình nhân cần mọi giá trị lớn hơn 0; hãy chọn cách tổng hợp khác hoặc cách chuẩn hoá cho điểm dương (ví dụ minmax về [1, 10])`,
          at.path,
          at.details,
        );
      }
      l = l.plus(dec(xs[k]!).ln().times(ws[k]!));
    }
    // Equal scores: their geometric mean is that score exactly.
    if (xs.every((x) => cmp(x, xs[0]!) === 0)) return xs[0]!;
    return l.div(dec(W)).exp();
  }
  if (method === "harmonicMean") {
    let s: Num = ZERO;
    for (let k = 0; k < xs.length; k++) {
      if (sign(xs[k]!) === 0) {
        const at = where(k);
        fail(
          `${at.en} is 0: a harmonic mean divides by every value; choose another aggregation or a normalisation without 0 scores (e.g. minmax to [1, 10])`,
          `${at.vi} bằng 0: trung bình điều hoà chia cho từng giá trị; hãy chọn cách tổng hợp khác hoặc cách chuẩn hoá không cho điểm 0 (ví dụ minmax về [1, 10])`,
          at.path,
          at.details,
        );
      }
      s = add(s, div(ratOf(ws[k]!), xs[k]!));
    }
    return div(W, s);
  }
  let s: Num = ZERO;
  for (let k = 0; k < xs.length; k++) s = add(s, ws[k] === 1 ? xs[k]! : mul(xs[k]!, ratOf(ws[k]!)));
  if (method === "sum" || method === "weightedSum") return s;
  return div(s, W);
}

/** A rational's float (within a few ulps; through a decimal when its terms are beyond float range). */
const ratF = (q: Rat): number => {
  const big = 2n ** 1000n;
  const a = q[0] < 0n ? -q[0] : q[0];
  return a < big && q[1] < big ? Number(q[0]) / Number(q[1]) : dec(q).toNumber();
};
/** A known exact value as a float-first value. */
const known = (q: Num): F => knownF<Num>(isRat(q) ? ratF(q) : q.toNumber(), 0, q);
type F = FNum<Num>;
type Where = (k: number) => { en: string; vi: string; path: PgiPath; details: Record<string, unknown> };
const fagg = (method: Aggregation | "sum" | "weightedSum", xs: readonly F[], ws: readonly number[], where: Where): F =>
  aggregateF<Num>(method, xs, ws, (m, qs, w) => aggregate(m, qs, w, where));
const roundFirst = (x: F, decimals: number, path: PgiPath): number => roundF(x, decimals, path, roundNum);

/** Indicator i's float-first scores (null where missing): z-scores and ranks from floats, the rest exact. */
function columnF(c: Compiled, i: number, raw: readonly (number | null)[], exact: () => (Num | null)[]): (F | null)[] {
  const f = c.free[i];
  const method = f?.method;
  if (f && (method === "rank" || method === "borda" || method === "percentRank")) {
    const xs: number[] = [];
    for (const x of raw) if (x !== null) xs.push(c.lower[i] === 1 ? -x || 0 : x);
    const N = xs.length;
    // (A percent rank of one value is the exact path's error.)
    if (method !== "percentRank" || N > 1) {
      // Ranks and Borda counts are whole numbers (exact floats); a percent rank is one division off.
      const r = ranks(xs);
      const at = (k: number): Num => rankScore(method, r[k]!, N);
      let k = 0;
      return raw.map((x) => {
        if (x === null) return null;
        const rk = r[k]!;
        return lazyAt<Num>(method === "rank" ? rk : method === "borda" ? rk - 1 : (rk - 1) / (N - 1), 0, at, k++);
      });
    }
  }
  if (f && method === "zscore") {
    const lower = c.lower[i] === 1;
    const xs: number[] = [];
    for (const x of raw) if (x !== null) xs.push(lower ? -x || 0 : x);
    const z = zscoreF(xs, f.sd, f.mean);
    if (z !== null) {
      // The exact statistics once for the column, then the exact z-score of each value asked for.
      let exactAt: ((k: number) => Dec) | null = null;
      const at = (k: number): Num => (exactAt ??= zscoreOf(xs, f, unscorable(c, i, f)))(k);
      let k = 0;
      return raw.map((x) => (x === null ? null : lazyAt<Num>(z.f[k]!, z.e[k]!, at, k++)));
    }
  }
  return exact().map((q) => (q === null ? null : known(q)));
}

/**
 * Run and round a framework with `extended` methods (see the module note); `exactOnly` rounds every
 * value from its exact form (the reference the float-first path is tested against). @internal
 */
export function extendedRun(p: Prepared, exactOnly = false): Rounded {
  const fround = exactOnly ? (x: F, decimals: number, path: PgiPath) => roundNum(exactOf(x), decimals, path) : roundFirst;
  const { c, n, values, units } = p;
  const ref = referencesOf(p);
  const shape = { m: c.m, n, k: c.k, keyed: false, wide: false, rows: p.extremes !== null, out: p.out };
  const v = carve<RunViews>(planOf(shape, c.plans).run);
  const exact = new ExactPath({ c, n, values, min: v.min, max: v.max, missing: v.missing });
  const nr: NormaliseRun = { c, n, values, extremes: p.extremes, v };
  const d = c.fw.decimals;
  const cd = c.fw.composite.decimals;
  const exactScores: (F | null)[][] = [];
  const scores = v.norm;
  for (let i = 0; i < c.m; i++) {
    const miss = columnExtremes(nr, i);
    const base = i * n;
    const f = c.free[i]!;
    let col: (F | null)[];
    if (miss === n) col = new Array<null>(n).fill(null);
    else {
      const raw: (number | null)[] = [];
      for (let u = 0; u < n; u++) raw.push(values[base + u] === values[base + u] ? values[base + u]! : null);
      col = columnF(c, i, raw, () => (f !== null ? freeScores(c, i, f, raw, ref[i]!) : raw.map((x, u) => (x === null ? null : exact.norm(i, u)))));
    }
    exactScores.push(col);
    for (let u = 0; u < n; u++) {
      const s = col[u]!;
      scores[base + u] = s === null ? Number.NaN : fround(s, d, ["units", u, "indicators", c.ids[i]!]);
    }
  }
  const comps = v.comps;
  const compExact: (F | null)[] = new Array(c.k * n).fill(null);
  for (let j = 0; j < c.k; j++) {
    const cb = j * n;
    const compId = c.compIds[j]!;
    const members: number[] = [];
    for (let i = 0; i < c.m; i++) if (c.compOf[i] === j) members.push(i);
    for (let u = 0; u < n; u++) {
      const xs: F[] = [];
      const ws: number[] = [];
      const who: number[] = [];
      for (const i of members) {
        const s = exactScores[i]![u];
        if (s === null || s === undefined) continue;
        xs.push(s);
        ws.push(c.weights[i]!);
        who.push(i);
      }
      v.present[cb + u] = xs.length;
      if (xs.length * 2 < c.total[j]! || xs.length === 0) {
        comps[cb + u] = Number.NaN;
        continue;
      }
      const unit = units[u]!;
      const q = fagg(c.agg[j]!, xs, ws, (k) => {
        const id = c.ids[who[k]!]!;
        return {
          en: `${unit}: component ${describe(compId)}, indicator ${describe(id)}: the score`,
          vi: `${unit}: thành phần ${describe(compId)}, chỉ tiêu ${describe(id)}: điểm`,
          path: ["units", u, "indicators", id],
          details: { unit, component: compId, indicator: id },
        };
      });
      compExact[cb + u] = q;
      comps[cb + u] = fround(q, d, ["units", u, "components", compId]);
    }
  }
  // Multi-level frameworks: each parent from its children (./levels.ts); the composite takes the top level.
  if (c.levels !== null) aggregateLevels<F>(c.levels, c.compIds, c.agg, units, n, compExact, comps, v.present, fagg, (x, path) => fround(x, d, path));
  const top = c.levels?.top ?? c.k;
  const method = c.fw.composite.method;
  for (let u = 0; u < n; u++) {
    const xs: F[] = [];
    const ws: number[] = [];
    for (let j = 0; j < top; j++) {
      const q = compExact[j * n + u];
      if (q === null || q === undefined) break;
      xs.push(q);
      ws.push(c.compWeights[j]!);
    }
    if (xs.length < top || method === "none") {
      v.composite[u] = Number.NaN;
      continue;
    }
    const unit = units[u]!;
    const q = fagg(method, xs, ws, (j) => {
      const compId = c.compIds[j]!;
      return {
        en: `${unit}: component ${describe(compId)}`,
        vi: `${unit}: thành phần ${describe(compId)}`,
        path: ["units", u, "components", compId],
        details: { unit, component: compId },
      };
    });
    v.composite[u] = fround(q, cd, ["units", u, "composite"]);
  }
  const rank = ranksOf(v.composite, cd, v);
  const r: Raw = { p, v, table: null, exact, errComposite: 0 };
  return { r, scores, comps, keyed: null, composite: v.composite, rank };
}
