/**
 * The scoring engine: raw indicators → normalised indicator scores → component scores →
 * composite → rank.
 *
 * Design (measured, see docs/methodology.md): the bulk of the work runs in float64 on typed
 * arrays; every number that is published is rounded half-up at the framework's decimals, and
 * wherever the float result lies within 1e-6 of a rounding boundary (x.xx5) the value is
 * recomputed exactly with the private Decimal from the decimal inputs, so rounded results are
 * exactly those of an all-Decimal computation at a fraction of its cost.
 * @module
 */
import { D, toDec, type Dec } from "../decimal";
import { describe, PgiError } from "../errors";
import { finding, type Finding } from "../findings";
import type { Framework } from "../framework/types";
import { deepFreeze, foldName } from "../util";

/** One unit's raw indicator values: a number, a numeric string, or `null` (missing). */
export interface UnitRow {
  readonly unit: string;
  /** An optional group (region, district type…), carried through. */
  readonly group?: string;
  readonly indicators: Readonly<Record<string, number | string | null>>;
}

/** @internal The compiled, validated input of one scoring run. */
export interface Prepared {
  readonly fw: Framework;
  readonly n: number;
  readonly m: number;
  readonly units: string[];
  readonly groups: (string | null)[];
  /** values[i * n + u]; NaN = missing. */
  readonly values: Float64Array;
  /** Which component each indicator belongs to. */
  readonly compOf: Int32Array;
  readonly lower: Uint8Array;
  readonly weights: Float64Array;
}

/** Compile the framework's indicator arrays. @internal */
function compile(fw: Framework): { compOf: Int32Array; lower: Uint8Array; weights: Float64Array } {
  const m = fw.indicators.length;
  const compOf = new Int32Array(m);
  const lower = new Uint8Array(m);
  const weights = new Float64Array(m);
  fw.indicators.forEach((ind, i) => {
    compOf[i] = fw.components.findIndex((c) => c.id === ind.component);
    lower[i] = ind.direction === "lower" ? 1 : 0;
    weights[i] = fw.aggregation === "weightedMean" ? ind.weight : 1;
  });
  return { compOf, lower, weights };
}

/** Validate rows and read their values into a column-major Float64Array. @internal */
export function prepare(fw: Framework, rows: readonly UnitRow[]): Prepared {
  if (typeof fw !== "object" || fw === null || !Array.isArray(fw.indicators)) {
    throw new PgiError("INVALID_FRAMEWORK", `expected a framework from defineFramework(…), got ${describe(fw)}`, ["framework"]);
  }
  if (fw.indicators.length === 0) {
    throw new PgiError("INVALID_FRAMEWORK", `framework "${fw.id}" defines no indicators; the built-in PGI publishes none, so define your own with defineFramework`, ["framework", "indicators"]);
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new PgiError("INVALID_INPUT", `expected a non-empty array of rows { unit, indicators }, got ${describe(rows)}`, ["rows"]);
  }
  const n = rows.length;
  const m = fw.indicators.length;
  const ids = fw.indicators.map((i) => i.id);
  const idSet = new Set(ids);
  const values = new Float64Array(m * n);
  const units: string[] = new Array(n);
  const groups: (string | null)[] = new Array(n);
  const seen = new Map<string, number>();
  for (let u = 0; u < n; u++) {
    const row = rows[u] as UnitRow;
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new PgiError("INVALID_INPUT", `expected a row { unit, indicators }, got ${describe(row)}`, [u]);
    }
    for (const k in row) {
      if (Object.prototype.hasOwnProperty.call(row, k) && k !== "unit" && k !== "group" && k !== "indicators") {
        throw new PgiError("INVALID_INPUT", `unknown field "${k}" in a row; rows have unit, group and indicators`, [u, k]);
      }
    }
    const unit = row.unit;
    if (typeof unit !== "string" || unit.trim() === "") {
      throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(unit)}`, [u, "unit"]);
    }
    const key = foldName(unit) || unit;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PgiError("DUPLICATE_UNIT", `${unit} appears twice (rows ${earlier} and ${u}); give each unit once`, [u, "unit"], { unit, first: earlier });
    }
    seen.set(key, u);
    units[u] = unit.trim();
    if (row.group !== undefined && typeof row.group !== "string") {
      throw new PgiError("INVALID_INPUT", `group must be a string, got ${describe(row.group)}`, [u, "group"]);
    }
    groups[u] = row.group ?? null;
    const ind = row.indicators;
    if (typeof ind !== "object" || ind === null || Array.isArray(ind)) {
      throw new PgiError("INVALID_INPUT", `indicators must be an object { id: value }, got ${describe(ind)}`, [u, "indicators"]);
    }
    let known = 0;
    for (let i = 0; i < m; i++) {
      const v = (ind as Record<string, unknown>)[ids[i]!];
      let x: number;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) {
          throw new PgiError("INVALID_NUMBER", `expected a finite number or null, got ${describe(v)}`, [u, "indicators", ids[i]!]);
        }
        x = v;
        known++;
      } else if (v === null) {
        x = Number.NaN;
        known++;
      } else if (v === undefined) {
        if (Object.prototype.hasOwnProperty.call(ind, ids[i]!)) known++;
        x = Number.NaN;
      } else {
        x = Number(toDec(v, { path: [u, "indicators", ids[i]!] }).toFixed());
        known++;
      }
      values[i * n + u] = x;
    }
    const own = Object.keys(ind);
    if (own.length !== known) {
      for (const k of own) {
        if (!idSet.has(k)) {
          throw new PgiError(
            k === "__proto__" || k === "constructor" || k === "prototype" ? "UNSAFE_KEY" : "UNKNOWN_INDICATOR",
            `unknown indicator "${k}"; the framework's indicators are ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`,
            [u, "indicators", k],
          );
        }
      }
    }
  }
  return { fw, n, m, units, groups, values, ...compile(fw) };
}

/** Per-indicator statistics. */
export interface IndicatorStats {
  readonly id: string;
  /** Smallest present value, `null` when every value is missing. */
  readonly min: number | null;
  readonly max: number | null;
  /** How many units lack a value. */
  readonly missing: number;
  /** True when every present value is the same (min = max): every unit gets the middle of the range. */
  readonly constant: boolean;
}

/** @internal Float results of one run, unrounded. */
export interface Raw {
  readonly p: Prepared;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly missing: Int32Array;
  /** Normalised scores, same layout as values; NaN = missing. */
  readonly norm: Float64Array;
  /** comp[c * n + u]; NaN = null. */
  readonly comp: Float64Array;
  readonly composite: Float64Array;
  /** Per component: how many indicators each unit has (for the half rule). */
  readonly present: Int32Array;
}

/** Normalise one value in float. @internal */
export function normalise(fw: Framework, i: number, x: number, min: number, max: number): number {
  const ind = fw.indicators[i]!;
  const nz = ind.normalization ?? fw.normalization ?? { method: "minmax", range: [1, 10] };
  const [a, b] = nz.range;
  const lower = ind.direction === "lower";
  if (nz.method === "minmax") {
    if (max === min) return (a + b) / 2;
    const t = (x - min) / (max - min);
    return lower ? b - (b - a) * t : a + (b - a) * t;
  }
  if (nz.method === "goalposts") {
    const c = x < nz.min ? nz.min : x > nz.max ? nz.max : x;
    const t = (c - nz.min) / (nz.max - nz.min);
    return lower ? b - (b - a) * t : a + (b - a) * t;
  }
  const t = (x - nz.low) / (nz.target - nz.low);
  const s = a + (b - a) * t;
  return s < a ? a : s > b ? b : s;
}

/** The same in exact Decimal arithmetic. @internal */
export function normaliseExact(fw: Framework, i: number, x: Dec, min: Dec, max: Dec): Dec {
  const ind = fw.indicators[i]!;
  const nz = ind.normalization ?? fw.normalization ?? { method: "minmax", range: [1, 10] };
  const a = new D(nz.range[0]);
  const b = new D(nz.range[1]);
  const lower = ind.direction === "lower";
  if (nz.method === "minmax") {
    if (max.eq(min)) return a.plus(b).div(2);
    const t = x.minus(min).div(max.minus(min));
    return lower ? b.minus(b.minus(a).times(t)) : a.plus(b.minus(a).times(t));
  }
  if (nz.method === "goalposts") {
    const c = D.min(D.max(x, nz.min), nz.max);
    const t = c.minus(nz.min).div(new D(nz.max).minus(nz.min));
    return lower ? b.minus(b.minus(a).times(t)) : a.plus(b.minus(a).times(t));
  }
  const s = a.plus(b.minus(a).times(x.minus(nz.low).div(new D(nz.target).minus(nz.low))));
  return D.min(D.max(s, a), b);
}

/** Run the float pipeline. @internal */
export function computeRaw(p: Prepared): Raw {
  const { fw, n, m, values, compOf, weights } = p;
  const k = fw.components.length;
  const min = new Float64Array(m);
  const max = new Float64Array(m);
  const missing = new Int32Array(m);
  const norm = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let miss = 0;
    const base = i * n;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      if (x !== x) miss++;
      else {
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
    }
    min[i] = miss === n ? Number.NaN : lo;
    max[i] = miss === n ? Number.NaN : hi;
    missing[i] = miss;
    const nz = fw.indicators[i]!.normalization ?? fw.normalization;
    if (nz && nz.method === "minmax") {
      // Inline the hot case.
      const [a, b] = nz.range;
      const lower = fw.indicators[i]!.direction === "lower";
      if (hi === lo) {
        const mid = (a + b) / 2;
        for (let u = 0; u < n; u++) norm[base + u] = values[base + u]! !== values[base + u]! ? Number.NaN : mid;
      } else {
        const span = (b - a) / (hi - lo);
        for (let u = 0; u < n; u++) {
          const x = values[base + u]!;
          norm[base + u] = lower ? b - span * (x - lo) : a + span * (x - lo);
        }
      }
    } else {
      for (let u = 0; u < n; u++) {
        const x = values[base + u]!;
        norm[base + u] = x !== x ? Number.NaN : normalise(fw, i, x, lo, hi);
      }
    }
  }
  const comp = new Float64Array(k * n);
  const present = new Int32Array(k * n);
  const wsum = new Float64Array(k * n);
  for (let i = 0; i < m; i++) {
    const c = compOf[i]!;
    const w = weights[i]!;
    const base = i * n;
    const cb = c * n;
    for (let u = 0; u < n; u++) {
      const s = norm[base + u]!;
      if (s === s) {
        comp[cb + u] = comp[cb + u]! + w * s;
        wsum[cb + u] = wsum[cb + u]! + w;
        present[cb + u] = present[cb + u]! + 1;
      }
    }
  }
  const total = new Int32Array(k);
  for (let i = 0; i < m; i++) total[compOf[i]!] = total[compOf[i]!]! + 1;
  for (let c = 0; c < k; c++) {
    const cb = c * n;
    for (let u = 0; u < n; u++) {
      comp[cb + u] = present[cb + u]! * 2 < total[c]! ? Number.NaN : comp[cb + u]! / wsum[cb + u]!;
    }
  }
  const composite = new Float64Array(n);
  const method = fw.composite.method;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let c = 0; c < k; c++) {
      const v = comp[c * n + u]!;
      s += method === "weightedSum" ? fw.components[c]!.weight * v : v;
    }
    composite[u] = method === "mean" ? s / k : s;
  }
  return { p, min, max, missing, norm, comp, composite, present };
}

/** Exact normalised score of indicator i for unit u. @internal */
export function exactNorm(r: Raw, i: number, u: number): Dec {
  const { p } = r;
  return normaliseExact(p.fw, i, new D(String(p.values[i * p.n + u])), new D(String(r.min[i])), new D(String(r.max[i])));
}

/** Exact component score (null when below the half rule). @internal */
export function exactComp(r: Raw, c: number, u: number): Dec | null {
  const { p } = r;
  if (Number.isNaN(r.comp[c * p.n + u])) return null;
  let s = new D(0);
  let w = new D(0);
  for (let i = 0; i < p.m; i++) {
    if (p.compOf[i] !== c || Number.isNaN(p.values[i * p.n + u])) continue;
    const wi = new D(p.weights[i]!);
    s = s.plus(exactNorm(r, i, u).times(wi));
    w = w.plus(wi);
  }
  return s.div(w);
}

/** Exact composite (null when a component is null). @internal */
export function exactComposite(r: Raw, u: number): Dec | null {
  const { fw } = r.p;
  let s = new D(0);
  for (let c = 0; c < fw.components.length; c++) {
    const v = exactComp(r, c, u);
    if (v === null) return null;
    s = s.plus(fw.composite.method === "weightedSum" ? v.times(fw.components[c]!.weight) : v);
  }
  return fw.composite.method === "mean" ? s.div(fw.components.length) : s;
}

/**
 * Round a float half-up at `decimals`, falling back to `exact()` when the float lies within
 * 1e-6 (in units of the last place) of a tie. Returns the closest double to the rounded decimal.
 * @internal
 */
export function roundChecked(v: number, decimals: number, exact: () => Dec | null): number {
  const f = 10 ** decimals;
  const s = Math.abs(v) * f;
  const frac = s - Math.floor(s);
  if (Math.abs(frac - 0.5) < 1e-6) {
    const e = exact();
    if (e === null) return Number.NaN;
    const n = Number(e.toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed());
    return n === 0 ? 0 : n;
  }
  const q = Math.round(s);
  const out = (v < 0 ? -q : q) / f;
  return out === 0 ? 0 : out;
}

/** The number of decimals of the shortest decimal form of `x` (99 when above 12 or in exponent form). */
function decimalsOfNumber(x: number): number {
  let p = 1;
  for (let e = 0; e <= 12; e++) {
    if (Math.round(x * p) / p === x) return e;
    p *= 10;
  }
  return 99;
}

const SAFE = 2 ** 50;

/**
 * Exact half-up rounding of a normalised score a + (b − a)(x − L)/(H − L) (or its reverse for
 * `lower`) using integer arithmetic on the inputs scaled to their decimals: the rounded value is
 * floor((2P + Q) / 2Q) / 10^decimals for the exact fraction P/Q. Returns `null` when the scaled
 * integers would not be exact in float64 (the caller then uses Decimal). @internal
 */
export function roundNormExact(x: number, L: number, H: number, a: number, b: number, lower: boolean, decimals: number): number | null {
  const e = Math.max(decimalsOfNumber(x), decimalsOfNumber(L), decimalsOfNumber(H), decimalsOfNumber(a), decimalsOfNumber(b));
  if (e > 9 || decimals > 6) return null;
  const f = 10 ** e;
  const X = Math.round(x * f);
  const Lo = Math.round(L * f);
  const Hi = Math.round(H * f);
  const A = Math.round(a * f);
  const B = Math.round(b * f);
  let Q = Hi - Lo;
  let num = lower ? B * Q - (B - A) * (X - Lo) : A * Q + (B - A) * (X - Lo);
  const scale = 10 ** decimals;
  if (Q < 0) {
    Q = -Q;
    num = -num;
  }
  // value = num / (f·Q); value·scale = num·scale / (f·Q)
  const P = num * scale;
  const D2 = f * Q;
  if (Math.abs(P) * 2 + D2 > SAFE || D2 * 2 > SAFE || Q === 0) return null;
  const q = P >= 0 ? Math.floor((2 * P + D2) / (2 * D2)) : -Math.floor((-2 * P + D2) / (2 * D2));
  // floor of an exact integer ratio: check it (float division of safe integers can be off by one ulp)
  const fix = (k: number): number => {
    const lhs = (2 * Math.abs(P) + D2);
    let t = k;
    while (t * 2 * D2 > lhs) t--;
    while ((t + 1) * 2 * D2 <= lhs) t++;
    return t;
  };
  const r = P >= 0 ? fix(q) : -fix(-q);
  const out = r / scale;
  return out === 0 ? 0 : out;
}

/** Round a normalised score, using the integer path near ties. @internal */
export function roundNorm(r: Raw, i: number, u: number, v: number, decimals: number, f: number = 10 ** decimals): number {
  const s = Math.abs(v) * f;
  const frac = s - Math.floor(s);
  if (Math.abs(frac - 0.5) >= 1e-6) {
    const q = Math.round(s);
    const out = (v < 0 ? -q : q) / f;
    return out === 0 ? 0 : out;
  }
  const { p } = r;
  const fw = p.fw;
  const ind = fw.indicators[i]!;
  const nz = ind.normalization ?? fw.normalization;
  const x = p.values[i * p.n + u]!;
  if (nz) {
    const [a, b] = nz.range;
    let fast: number | null = null;
    if (nz.method === "minmax" && r.max[i] !== r.min[i]) fast = roundNormExact(x, r.min[i]!, r.max[i]!, a, b, ind.direction === "lower", decimals);
    else if (nz.method === "goalposts") fast = roundNormExact(Math.min(Math.max(x, nz.min), nz.max), nz.min, nz.max, a, b, ind.direction === "lower", decimals);
    if (fast !== null) return fast;
  }
  return roundChecked(v, decimals, () => exactNorm(r, i, u));
}

type Rational = readonly [bigint, bigint]; // numerator, denominator > 0

/** A float that stands for a decimal (shortest form) as an exact rational, or null (exponent form). */
function ratOf(x: number): Rational | null {
  const e = decimalsOfNumber(x);
  if (e > 20) return null;
  const t = x.toFixed(e).replace(".", "");
  return [BigInt(t), 10n ** BigInt(e)];
}

const add = (p: Rational, q: Rational): Rational => [p[0] * q[1] + q[0] * p[1], p[1] * q[1]];
const sub = (p: Rational, q: Rational): Rational => [p[0] * q[1] - q[0] * p[1], p[1] * q[1]];
const mul = (p: Rational, q: Rational): Rational => [p[0] * q[0], p[1] * q[1]];
const div = (p: Rational, q: Rational): Rational => (q[0] < 0n ? [-p[0] * q[1], p[1] * -q[0]] : [p[0] * q[1], p[1] * q[0]]);

/** Exact normalised score as a rational, or null. @internal */
export function normRational(r: Raw, i: number, u: number): Rational | null {
  const { p } = r;
  const ind = p.fw.indicators[i]!;
  const nz = ind.normalization ?? p.fw.normalization ?? { method: "minmax" as const, range: [1, 10] as const };
  const a = ratOf(nz.range[0]);
  const b = ratOf(nz.range[1]);
  const x = ratOf(p.values[i * p.n + u]!);
  if (!a || !b || !x) return null;
  const lower = ind.direction === "lower";
  const lin = (xv: Rational, L: Rational, H: Rational): Rational => {
    const t = div(sub(xv, L), sub(H, L));
    return lower ? sub(b, mul(sub(b, a), t)) : add(a, mul(sub(b, a), t));
  };
  if (nz.method === "minmax") {
    if (r.min[i] === r.max[i]) return div(add(a, b), [2n, 1n]);
    const L = ratOf(r.min[i]!);
    const H = ratOf(r.max[i]!);
    return L && H ? lin(x, L, H) : null;
  }
  if (nz.method === "goalposts") {
    const xc = ratOf(Math.min(Math.max(p.values[i * p.n + u]!, nz.min), nz.max));
    const L = ratOf(nz.min);
    const H = ratOf(nz.max);
    return xc && L && H ? lin(xc, L, H) : null;
  }
  const L = ratOf(nz.low);
  const T = ratOf(nz.target);
  if (!L || !T) return null;
  const v = add(a, mul(sub(b, a), div(sub(x, L), sub(T, L))));
  const cmp = (q: Rational, w: Rational): number => { const d = q[0] * w[1] - w[0] * q[1]; return d < 0n ? -1 : d > 0n ? 1 : 0; };
  return cmp(v, a) < 0 ? a : cmp(v, b) > 0 ? b : v;
}

/** Exact component score as a rational (null: below the half rule or not representable). @internal */
export function compRational(r: Raw, c: number, u: number): Rational | null {
  const { p } = r;
  if (Number.isNaN(r.comp[c * p.n + u])) return null;
  let s: Rational = [0n, 1n];
  let w: Rational = [0n, 1n];
  for (let i = 0; i < p.m; i++) {
    if (p.compOf[i] !== c || Number.isNaN(p.values[i * p.n + u])) continue;
    const v = normRational(r, i, u);
    const wi = ratOf(p.weights[i]!);
    if (!v || !wi) return null;
    s = add(s, mul(v, wi));
    w = add(w, wi);
  }
  return div(s, w);
}

/** Half-up rounding of a rational at `decimals`, as the closest double. @internal */
export function roundRational(q: Rational, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  const [n, d] = q;
  const P = n * scale;
  const k = P >= 0n ? (2n * P + d) / (2n * d) : -((-2n * P + d) / (2n * d));
  const out = Number(k) / Number(scale);
  return out === 0 ? 0 : out;
}

/** Standard competition ranks of finite values (higher is better); NaN → 0 (no rank). @internal */
export function ranksOf(values: Float64Array | readonly number[]): Int32Array {
  const n = values.length;
  const idx: number[] = [];
  for (let u = 0; u < n; u++) if (values[u] === values[u]) idx.push(u);
  idx.sort((a, b) => values[b]! - values[a]!);
  const out = new Int32Array(n);
  for (let j = 0; j < idx.length; j++) {
    const u = idx[j]!;
    out[u] = j > 0 && values[idx[j - 1]!] === values[u] ? out[idx[j - 1]!]! : j + 1;
  }
  return out;
}

/** One unit's scores. Numbers at the framework's decimals (half-up). */
export interface ScoredUnit {
  readonly unit: string;
  readonly group: string | null;
  /** Normalised indicator scores; `null` where the value is missing. */
  readonly indicators: Readonly<Record<string, number | null>>;
  /** Component (sub-index) scores; `null` below the half rule. */
  readonly components: Readonly<Record<string, number | null>>;
  /** `null` when a component is `null`. */
  readonly composite: number | null;
  /** Standard competition rank by the rounded composite; `null` without a composite. */
  readonly rank: number | null;
}

/** The result of {@link scoreUnits}. */
export interface Scoring {
  readonly kind: "scoring";
  readonly framework: string;
  /** In the order of the input rows. */
  readonly units: readonly ScoredUnit[];
  readonly indicators: readonly IndicatorStats[];
  /** `CONSTANT_INDICATOR` (warning), `MISSING_COMPONENT` (warning), `ALL_MISSING` (warning). */
  readonly findings: readonly Finding[];
}

/** Exact component via rationals, falling back to Decimal. @internal */
function exactCompFast(r: Raw, c: number, u: number): Dec | null {
  const q = compRational(r, c, u);
  return q ? new D(q[0].toString()).div(q[1].toString()) : exactComp(r, c, u);
}

/** Exact composite via rationals, falling back to Decimal. @internal */
function exactCompositeFast(r: Raw, u: number): Dec | null {
  const { fw } = r.p;
  let s: Rational = [0n, 1n];
  for (let c = 0; c < fw.components.length; c++) {
    const q = compRational(r, c, u);
    const w = ratOf(fw.components[c]!.weight);
    if (!q || !w) return exactComposite(r, u);
    s = add(s, fw.composite.method === "weightedSum" ? mul(q, w) : q);
  }
  if (fw.composite.method === "mean") s = div(s, [BigInt(fw.components.length), 1n]);
  return new D(s[0].toString()).div(s[1].toString());
}

/** Round everything and build the frozen result. @internal */
export function finish(r: Raw): Scoring {
  const { p } = r;
  const { fw, n, m } = p;
  const k = fw.components.length;
  const d = fw.decimals;
  const cd = fw.composite.decimals;
  const indIds = fw.indicators.map((i) => i.id);
  const compIds = fw.components.map((c) => c.id);
  const scaleD = 10 ** d;
  const compositeRounded = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const cs = r.composite[u]!;
    compositeRounded[u] = cs !== cs ? Number.NaN : roundChecked(cs, cd, () => exactCompositeFast(r, u));
  }
  const ranks = ranksOf(compositeRounded);
  const out: ScoredUnit[] = new Array(n);
  for (let u = 0; u < n; u++) {
    const indicators: Record<string, number | null> = {};
    for (let i = 0; i < m; i++) {
      const s = r.norm[i * n + u]!;
      indicators[indIds[i]!] = s !== s ? null : roundNorm(r, i, u, s, d, scaleD);
    }
    const components: Record<string, number | null> = {};
    for (let c = 0; c < k; c++) {
      const s = r.comp[c * n + u]!;
      components[compIds[c]!] = s !== s ? null : roundChecked(s, d, () => exactCompFast(r, c, u));
    }
    const composite = compositeRounded[u]!;
    out[u] = Object.freeze({
      unit: p.units[u]!,
      group: p.groups[u]!,
      indicators: Object.freeze(indicators),
      components: Object.freeze(components),
      composite: composite !== composite ? null : composite,
      rank: ranks[u] === 0 ? null : ranks[u]!,
    });
  }

  const findings: Finding[] = [];
  const stats: IndicatorStats[] = [];
  for (let i = 0; i < m; i++) {
    const allMissing = r.missing[i] === n;
    const constant = !allMissing && r.min[i] === r.max[i];
    stats.push(Object.freeze({ id: indIds[i]!, min: allMissing ? null : r.min[i]!, max: allMissing ? null : r.max[i]!, missing: r.missing[i]!, constant }));
    const nz = fw.indicators[i]!.normalization ?? fw.normalization;
    if (constant && nz?.method === "minmax") {
      const [a, b] = nz.range;
      findings.push(
        finding(
          "warning",
          "CONSTANT_INDICATOR",
          `indicator ${indIds[i]} has the same value (${r.min[i]}) for every unit: every unit gets the middle of the range, ${(a + b) / 2}`,
          `chỉ tiêu ${indIds[i]} có cùng giá trị (${r.min[i]}) ở mọi đơn vị: mọi đơn vị nhận điểm giữa thang, ${(a + b) / 2}`,
          ["indicators", indIds[i]!],
          { indicator: indIds[i]!, value: r.min[i]! },
        ),
      );
    }
    if (allMissing) {
      findings.push(finding("warning", "ALL_MISSING", `indicator ${indIds[i]} is missing for every unit`, `chỉ tiêu ${indIds[i]} thiếu số liệu ở mọi đơn vị`, ["indicators", indIds[i]!], { indicator: indIds[i]! }));
    }
  }
  const total = new Int32Array(k);
  for (let i = 0; i < m; i++) total[p.compOf[i]!] = total[p.compOf[i]!]! + 1;
  for (let u = 0; u < n; u++) {
    for (let c = 0; c < k; c++) {
      if (r.comp[c * n + u] !== r.comp[c * n + u]) {
        findings.push(
          finding(
            "warning",
            "MISSING_COMPONENT",
            `${p.units[u]}: ${compIds[c]} has ${r.present[c * n + u]} of ${total[c]} indicators, fewer than half: the ${compIds[c]} score and the composite are null`,
            `${p.units[u]}: ${compIds[c]} chỉ có ${r.present[c * n + u]}/${total[c]} chỉ tiêu, dưới một nửa: điểm ${compIds[c]} và điểm tổng hợp để trống`,
            ["units", u, "components", compIds[c]!],
            { unit: p.units[u]!, component: compIds[c]!, present: r.present[c * n + u]!, total: total[c]! },
          ),
        );
      }
    }
  }
  return deepFreeze({ kind: "scoring" as const, framework: fw.id, units: Object.freeze(out), indicators: Object.freeze(stats), findings: Object.freeze(findings) });
}

/**
 * Score units from raw indicators the way PCI/PGI do.
 *
 * 1. **Normalise** each indicator to the framework range [a, b] (PGI: [1, 10]): `minmax` across
 *    the units, a + (b − a)(x − min)/(max − min), reversed for `lower` (b − (b − a)(x − min)/(max −
 *    min)); `goalposts` with fixed min/max, values clamped; `distanceToTarget`,
 *    a + (b − a)(x − low)/(target − low) clamped to [a, b].
 * 2. **Aggregate** each component as the mean (or weighted mean) of its present indicators.
 * 3. **Composite** by the framework rule (sum, mean or weighted sum), from the unrounded
 *    components; **rank** by the rounded composite with standard competition ranking.
 *
 * Policies: missing values (`null` or absent) are left out of min/max and of the component mean;
 * a component with fewer than half of its indicators present is `null` with a finding, and so is
 * the composite (no rank); an indicator constant across units gives every unit the middle of the
 * range with a `CONSTANT_INDICATOR` warning (never NaN). Results do not depend on the order of rows.
 * Every published number is rounded half-up at the framework's decimals; near a tie the value is
 * recomputed exactly (see the module note), so rounded results equal exact-decimal ones.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK` (no indicators), `INVALID_INPUT` (rows, fields),
 * `DUPLICATE_UNIT`, `UNKNOWN_INDICATOR`, `UNSAFE_KEY`, `INVALID_NUMBER` — each with the row index
 * in `path`.
 *
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: "demo", name: { vi: "Thử", en: "Demo" },
 *   components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }],
 * });
 * const s = scoreUnits(fw, [
 *   { unit: "A", indicators: { waste: 90, floods: 2 } },
 *   { unit: "B", indicators: { waste: 60, floods: 5 } },
 *   { unit: "C", indicators: { waste: 70, floods: 3 } },
 * ]);
 * s.units.map((u) => [u.unit, u.components.env, u.rank]); // [["A", 10, 1], ["B", 1, 3], ["C", 5.5, 2]]
 * s.units[2].indicators;                                  // { waste: 4, floods: 7 }
 * ```
 */
export function scoreUnits(framework: Framework, rows: readonly UnitRow[]): Scoring {
  return finish(computeRaw(prepare(framework, rows)));
}
