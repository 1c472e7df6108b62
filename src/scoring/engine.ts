/**
 * The scoring engine: raw indicators → normalised indicator scores → component scores →
 * composite → rank.
 *
 * Design (measured, see docs/methodology.md): one columnar core. Input (row objects or columns) is
 * read once into a column-major Float64Array; the float pipeline runs on typed arrays; each
 * indicator, component and the composite carries a rigorous bound on its float error (from the
 * magnitudes of its inputs), and every published number is rounded half-up at the framework's
 * decimals straight from the float unless the float lies within that bound of a rounding boundary
 * (x.xx5), or is not finite — then the value is recomputed with exact rationals (./exact.ts, the
 * one exact mechanism), so every rounded result equals the exact-decimal one, for every finite
 * double. Row results (`scoreUnits`) are rounded to keys into shared boxed numbers column by
 * column and built by a fixed-shape factory per framework (./fast.ts); the run's large arrays
 * live in a buffer lent for the call.
 * @module
 */
import { D, toDec, type Dec } from "../decimal";
import { describe, PgiError, readingInput } from "../errors";
import { asFramework } from "../framework/revive";
import { finding, type Finding } from "../findings";
import type { Framework, Normalization } from "../framework/types";
import { deepFreeze, foldName, sealShallow } from "../util";
import { showScoring } from "./render";
import { keyedMaker, loopReader, rowReader, unitMaker, type RowReader, type UnitMaker } from "./fast";
import { kernelFits, kernelNum, linearKernel, radd, ratOf, rcmp, rdiv, rmul, roundIntRatio, roundLinear, roundRat, rsub, scaledLinear, type LinearKernel, type Rat } from "./exact";

/** One unit's raw indicator values: a number, a numeric string, or `null` (missing). */
export interface UnitRow<I extends string = string> {
  readonly unit: string;
  /** An optional group (region, district type…), carried through. */
  readonly group?: string;
  /** Raw values by indicator id (a misspelt id written literally does not compile for a framework defined inline). */
  readonly indicators: { readonly [K in I]?: number | string | null };
}

/** The input of {@link scoreColumns}: unit names and one column of raw values per indicator. */
export interface ScoreColumnsInput {
  /** Unit names, one per position of every column. */
  readonly units: readonly string[];
  /** Optional group per unit (region, district type…), carried through to the result. */
  readonly groups?: readonly (string | null)[];
  /**
   * Raw values by indicator id: a `Float64Array` or an array of numbers, as long as `units`.
   * `NaN` (or `null` in an array) = missing; an absent column = missing for every unit.
   */
  readonly columns: Readonly<Record<string, Float64Array | readonly (number | null)[]>>;
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
  /** A buffer lent for this run (values first, then room for the score keys), or null. */
  readonly lent?: ArrayBuffer | null;
  /**
   * Each column's extremes when the values were read row by row: for column i of m, `[i]` the
   * smallest present value, `[m + i]` the largest, `[2m + i]` how many are missing.
   */
  readonly extremes?: Float64Array | null;
  /** Which component each indicator belongs to. */
  readonly compOf: Int32Array;
  readonly lower: Uint8Array;
  readonly weights: Float64Array;
}

const DEFAULT_NZ: Normalization = { method: "minmax", range: [1, 10] };
const nzOf = (fw: Framework, i: number): Normalization => fw.indicators[i]!.normalization ?? fw.normalization ?? DEFAULT_NZ;

/**
 * What runs of one framework share, built on its first run (frameworks are frozen, so this never
 * goes stale): its indicator arrays, id lookup, key table, record factories and the reader of its
 * usual rows.
 * @internal
 */
interface Compiled {
  readonly ids: readonly string[];
  readonly idIndex: ReadonlyMap<string, number>;
  readonly compIds: readonly string[];
  readonly compOf: Int32Array;
  readonly lower: Uint8Array;
  readonly weights: Float64Array;
  unit?: UnitMaker | null;
  table?: { base: number; T: unknown[] };
  readerKeys?: readonly string[];
  reader?: RowReader;
}

let compiledOf: WeakMap<Framework, Compiled> | undefined;

/** The framework's compiled form (memoised per framework object). @internal */
function compiled(fw: Framework): Compiled {
  compiledOf ??= new WeakMap();
  let c = compiledOf.get(fw);
  if (c !== undefined) return c;
  const m = fw.indicators.length;
  const compOf = new Int32Array(m);
  const lower = new Uint8Array(m);
  const weights = new Float64Array(m);
  const idIndex = new Map<string, number>();
  fw.indicators.forEach((ind, i) => {
    compOf[i] = fw.components.findIndex((c) => c.id === ind.component);
    lower[i] = ind.direction === "lower" ? 1 : 0;
    weights[i] = fw.aggregation === "weightedMean" ? ind.weight : 1;
    idIndex.set(ind.id, i);
  });
  c = { ids: fw.indicators.map((i) => i.id), idIndex, compIds: fw.components.map((x) => x.id), compOf, lower, weights };
  compiledOf.set(fw, c);
  return c;
}

/** Compile the framework's indicator arrays. @internal */
function compile(fw: Framework): { compOf: Int32Array; lower: Uint8Array; weights: Float64Array } {
  const c = compiled(fw);
  return { compOf: c.compOf, lower: c.lower, weights: c.weights };
}

/** The framework argument, revived and checked (a copy of a framework is rebuilt). @internal */
export function checkFramework(value: Framework): Framework {
  const fw = asFramework(value);
  if (fw.indicators.length === 0) {
    throw new PgiError("INVALID_FRAMEWORK", `framework "${fw.id}" defines no indicators; the built-in PGI publishes none, so define your own with defineFramework`, ["framework", "indicators"]);
  }
  return fw;
}

/**
 * Run `fn`; anything it throws that is not a PgiError (a throwing getter in the caller's data) is
 * reported as one. @internal
 */
export function guarded<T>(fn: () => T): T {
  return readingInput(fn);
}

/**
 * foldName, without its Unicode work for names of ASCII letters and digits; other names (the 63
 * provinces' own: about 0.3 µs each) are folded once and remembered, a few thousand at most.
 */
function quickFold(s: string): string {
  let lower = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) lower = false;
    else {
      folds ??= new Map();
      let f = folds.get(s);
      if (f === undefined) {
        f = foldName(s);
        if (folds.size >= 4096) folds.clear();
        folds.set(s, f);
      }
      return f;
    }
  }
  return lower ? s : s.toLowerCase();
}
let folds: Map<string, string> | undefined;

/**
 * Track unit names, refusing duplicates (case and diacritics ignored). The path of an error is
 * `[u, "unit"]` for rows, `["units", u]` for columns (built only when there is an error).
 */
function unitName(seen: Map<string, number>, unit: unknown, u: number, columns: boolean): string {
  if (typeof unit !== "string") throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(unit)}`, columns ? ["units", u] : [u, "unit"]);
  // Printable ASCII at both ends: nothing to trim (the common case, without trim's copy).
  const first = unit.charCodeAt(0);
  const last = unit.charCodeAt(unit.length - 1);
  const name = first > 32 && first < 127 && last > 32 && last < 127 ? unit : unit.trim();
  if (name === "") throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(unit)}`, columns ? ["units", u] : [u, "unit"]);
  const key = quickFold(unit) || unit;
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    throw new PgiError("DUPLICATE_UNIT", `${unit} appears twice (rows ${earlier} and ${u}); give each unit once`, columns ? ["units", u] : [u, "unit"], { unit, first: earlier });
  }
  seen.set(key, u);
  return name;
}

/**
 * Read a numeric string exactly into a double, refusing values a double cannot hold exactly
 * (beyond ±1.8e308, underflowing, or with more significant digits than a double keeps). @internal
 */
export function exactDouble(v: unknown, path: readonly (string | number)[]): number {
  const d = toDec(v, { path });
  const x = Number(d.toFixed());
  if (!Number.isFinite(x) || !d.eq(x === 0 ? 0 : String(x))) {
    throw new PgiError(
      "OUT_OF_RANGE",
      `${describe(typeof v === "string" && v.length > 40 ? `${v.slice(0, 40)}…` : v)} is not exactly a JavaScript number (beyond ±1.8e308, too close to 0, or more than 17 significant digits); round it to at most 17 significant digits within that range`,
      path,
      { value: typeof v === "string" ? v.slice(0, 60) : v },
    );
  }
  return x === 0 ? 0 : x;
}

/** Whether an object or anything on its prototype chain has an enumerable string key. */
function hasEnumerable(o: object): boolean {
  for (const k in o) if (typeof k === "string") return true;
  return false;
}

/** Validate rows and read their values into a column-major Float64Array. @internal */
export function prepare(framework: Framework, rows: readonly UnitRow[], lend?: (bytes: number) => ArrayBuffer): Prepared {
  const fw = checkFramework(framework);
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new PgiError("INVALID_INPUT", `expected a non-empty array of rows { unit, indicators }, got ${describe(rows)}`, ["rows"]);
  }
  const n = rows.length;
  const m = fw.indicators.length;
  const mk = compiled(fw);
  const ids = mk.ids;
  const idIndex = mk.idIndex;
  // Every entry is written below: a value, or NaN for a missing one.
  const layout = lentLayout(m, n, fw.components.length);
  const lent = lend === undefined ? null : lend(layout.total);
  const values = lent === null ? new Float64Array(m * n) : new Float64Array(lent, 0, m * n);
  // Each column's smallest and largest value and count of missing ones, kept as the rows are read
  // (no pass over the columns for them later).
  const ext = lent === null ? new Float64Array(3 * m) : new Float64Array(lent, layout.ext, 3 * m);
  for (let i = 0; i < m; i++) {
    ext[i] = Number.POSITIVE_INFINITY;
    ext[m + i] = Number.NEGATIVE_INFINITY;
    ext[2 * m + i] = 0;
  }
  const units: string[] = new Array(n);
  const groups: (string | null)[] = new Array(n);
  const seen = new Map<string, number>();
  const hasOwn = Object.prototype.hasOwnProperty;
  const getProto = Object.getPrototypeOf;
  // for…in lists exactly a row's own keys when nothing on its prototype chain is enumerable
  // (plain objects, null-prototype objects, instances of classes): checked once per prototype
  // while the rows share one; other rows take the checking path.
  let lastProto: object | null | undefined;
  let protoClean = false;
  // The validated own keys of the previous row and their indicators: rows built the same way share
  // one key list, checked once (./fast.ts); a reader generated for it reads the values.
  let keys: string[] | null = null;
  let idx = new Int32Array(0);
  let read: RowReader = loopReader([]);
  let sameRows = 0;
  let absent: number[] = [];
  for (let u = 0; u < n; u++) {
    const row = rows[u] as UnitRow;
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new PgiError("INVALID_INPUT", `expected a row { unit, indicators }, got ${describe(row)}`, [u]);
    }
    for (const k in row) {
      if (k !== "unit" && k !== "group" && k !== "indicators" && hasOwn.call(row, k)) {
        throw new PgiError("INVALID_INPUT", `unknown field "${k}" in a row; rows have unit, group and indicators`, [u, k]);
      }
    }
    units[u] = unitName(seen, row.unit, u, false);
    const group = row.group;
    if (group !== undefined && typeof group !== "string") {
      throw new PgiError("INVALID_INPUT", `group must be a string, got ${describe(group)}`, [u, "group"]);
    }
    groups[u] = group ?? null;
    const ind = row.indicators as Record<string, unknown>;
    if (typeof ind !== "object" || ind === null || Array.isArray(ind)) {
      throw new PgiError("INVALID_INPUT", `indicators must be an object { id: value }, got ${describe(ind)}`, [u, "indicators"]);
    }
    // The keys, in order, against the previous row's (for…in allocates nothing; inherited
    // enumerable keys, if any, make the row take the checking path below).
    const proto = getProto(ind) as object | null;
    if (proto !== lastProto) {
      lastProto = proto;
      protoClean = proto === null || !hasEnumerable(proto);
    }
    let same = keys !== null && protoClean;
    if (same) {
      let j = 0;
      for (const k in ind) {
        if (k !== keys![j]) {
          same = false;
          break;
        }
        j++;
      }
      if (j !== keys!.length) same = false;
    }
    if (!same) {
      const ks = Object.keys(ind);
      idx = new Int32Array(ks.length);
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j]!;
        const found = idIndex.get(k);
        if (found === undefined) {
          throw new PgiError(
            k === "__proto__" || k === "constructor" || k === "prototype" ? "UNSAFE_KEY" : "UNKNOWN_INDICATOR",
            `unknown indicator "${k}"; the framework's indicators are ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`,
            [u, "indicators", k],
          );
        }
        idx[j] = found;
      }
      keys = ks;
      // The reader generated for this framework's usual rows, when these keys are theirs.
      const known = mk.readerKeys;
      let usual = known !== undefined && known.length === ks.length;
      for (let j = 0; usual && j < ks.length; j++) usual = ks[j] === known![j];
      read = usual ? mk.reader! : loopReader(ks);
      sameRows = usual ? 8 : 0;
      // The indicators this key list lacks (missing for every row that shares it).
      absent = [];
      if (ks.length < m) {
        const has = new Uint8Array(m);
        for (let j = 0; j < ks.length; j++) has[idx[j]!] = 1;
        for (let i = 0; i < m; i++) if (has[i] === 0) absent.push(i);
      }
    } else if (++sameRows === (n < 9 ? n - 1 : 8)) {
      read = rowReader(keys!, idx, m);
      mk.readerKeys = keys!;
      mk.reader = read;
    }
    for (let a = 0; a < absent.length; a++) {
      values[absent[a]! * n + u] = Number.NaN;
      ext[2 * m + absent[a]!]!++;
    }
    // Values that are not a finite number, null or undefined are read here, one by one.
    for (let j = read(ind, values, idx, u, n, 0, ext, m); j >= 0; j = read(ind, values, idx, u, n, j + 1, ext, m)) {
      const k = keys![j]!;
      const v = ind[k];
      if (typeof v === "number") throw new PgiError("INVALID_NUMBER", `expected a finite number or null, got ${describe(v)}`, [u, "indicators", k]);
      const c = idx[j]!;
      const x = exactDouble(v, [u, "indicators", k]);
      values[c * n + u] = x;
      if (x < ext[c]!) ext[c] = x;
      if (x > ext[m + c]!) ext[m + c] = x;
    }
  }
  return { fw, n, m, units, groups, values, lent, extremes: ext, ...compile(fw) };
}

/** Validate columns and copy them into a column-major Float64Array. @internal */
export function prepareColumns(framework: Framework, input: ScoreColumnsInput): Prepared {
  const fw = checkFramework(framework);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PgiError("INVALID_INPUT", `expected { units, columns }, got ${describe(input)}`, []);
  }
  const names = input.units;
  if (!Array.isArray(names) || names.length === 0) {
    throw new PgiError("INVALID_INPUT", `units must be a non-empty array of unit names, got ${describe(names)}`, ["units"]);
  }
  const n = names.length;
  const m = fw.indicators.length;
  const seen = new Map<string, number>();
  const units: string[] = new Array(n);
  for (let u = 0; u < n; u++) units[u] = unitName(seen, names[u], u, true);
  const groups: (string | null)[] = new Array(n).fill(null);
  if (input.groups !== undefined) {
    if (!Array.isArray(input.groups) || input.groups.length !== n) {
      throw new PgiError("INVALID_INPUT", `groups must be an array as long as units (${n}), got ${describe(input.groups)}`, ["groups"]);
    }
    for (let u = 0; u < n; u++) {
      const g = input.groups[u];
      if (g !== null && g !== undefined && typeof g !== "string") throw new PgiError("INVALID_INPUT", `a group must be a string or null, got ${describe(g)}`, ["groups", u]);
      groups[u] = g ?? null;
    }
  }
  const cols = input.columns;
  if (typeof cols !== "object" || cols === null || Array.isArray(cols)) {
    throw new PgiError("INVALID_INPUT", `columns must be an object { indicatorId: Float64Array | number[] }, got ${describe(cols)}`, ["columns"]);
  }
  const { ids, idIndex } = compiled(fw);
  const values = new Float64Array(m * n).fill(Number.NaN);
  for (const k of Object.keys(cols)) {
    const i = idIndex.get(k);
    if (i === undefined) {
      throw new PgiError(
        k === "__proto__" || k === "constructor" || k === "prototype" ? "UNSAFE_KEY" : "UNKNOWN_INDICATOR",
        `unknown indicator "${k}"; the framework's indicators are ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`,
        ["columns", k],
      );
    }
    const col = (cols as Record<string, unknown>)[k];
    if (col === undefined) continue;
    const typed = col instanceof Float64Array;
    if (!typed && !Array.isArray(col)) {
      throw new PgiError("INVALID_INPUT", `column ${k} must be a Float64Array or an array of numbers, got ${describe(col)}`, ["columns", k]);
    }
    const c = col as ArrayLike<unknown>;
    if (c.length !== n) throw new PgiError("INVALID_INPUT", `column ${k} has ${c.length} values for ${n} units; give one value per unit (NaN when missing)`, ["columns", k]);
    const base = i * n;
    if (typed) {
      const f = col as Float64Array;
      for (let u = 0; u < n; u++) {
        const x = f[u]!;
        if (x - x !== 0 && x === x) throw new PgiError("INVALID_NUMBER", `expected a finite number or NaN (missing), got ${describe(x)}`, ["columns", k, u]);
        values[base + u] = x === 0 ? 0 : x;
      }
    } else {
      for (let u = 0; u < n; u++) {
        const x = c[u];
        if (typeof x === "number") {
          if (x - x !== 0 && x === x) throw new PgiError("INVALID_NUMBER", `expected a finite number, NaN or null (missing), got ${describe(x)}`, ["columns", k, u]);
          values[base + u] = x === 0 ? 0 : x;
        } else if (x !== null && x !== undefined) {
          throw new PgiError("INVALID_NUMBER", `expected a number, NaN or null (missing), got ${describe(x)}`, ["columns", k, u]);
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

/** @internal Float results of one run, unrounded (until {@link roundAll} rounds `norm` in place), with error bounds. */
export interface Raw {
  readonly p: Prepared;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly missing: Int32Array;
  /** Normalised scores, same layout as values; NaN = missing (or a float failure: see `values`). */
  readonly norm: Float64Array;
  /** comp[c * n + u] (meaningful only where the half rule holds: see `present`). */
  readonly comp: Float64Array;
  readonly composite: Float64Array;
  /** Per component: how many indicators each unit has (for the half rule). */
  readonly present: Int32Array;
  /** Indicators per component. */
  readonly total: Int32Array;
  /** Bound on the absolute error of each indicator's float scores (Infinity: always exact). */
  readonly errNorm: Float64Array;
  readonly errComp: Float64Array;
  readonly errComposite: number;
  /**
   * When the run rounds for row results: the rounded scores, already as keys into shared boxes
   * (then `norm` is one column of scratch, not the scores).
   */
  readonly keys: KeyColumns | null;
  /** The exact path of the run, when the scores were rounded as they were normalised (its kernels serve the components too). */
  readonly exact: ReturnType<typeof exactRun> | null;
}

const EPS = 2 ** -52;
const TINY = 2 ** -1000;

/** Normalise one value in float. @internal */
export function normalise(fw: Framework, i: number, x: number, min: number, max: number): number {
  const ind = fw.indicators[i]!;
  const nz = nzOf(fw, i);
  const a = nz.range[0];
  const b = nz.range[1];
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

/** A bound on the absolute float error of a linear rescale a + (b − a)(x − L)/(H − L), |t| ≤ tMax. */
function linearBound(a: number, b: number, L: number, H: number, M: number, tMax: number): number {
  const w = Math.abs(b - a);
  const R = Math.max(Math.abs(a), Math.abs(b));
  const e = 2 * (w * (((2 + 2 * tMax) * M * EPS) / Math.abs(H - L) + 8 * tMax * EPS) + 6 * R * EPS) + TINY;
  return Number.isFinite(e) && Number.isFinite(H - L) && Number.isFinite(w / Math.abs(H - L)) ? e : Number.POSITIVE_INFINITY;
}

/** Bytes of the scratch arenas of {@link computeRaw} and {@link roundAll}. @internal */
// (Each array is rounded up to 8 bytes, and so is each arena, since the next one starts at its
// end; an arena refuses to take more than its bytes.)
const up8 = (b: number): number => Math.ceil(b / 8) * 8;
const rawBytes = (m: number, n: number, k: number): number => up8(40 * m + 20 * k * n + 28 * k + 12 * n + 64);
/** Keyed: the component columns are 32-bit (or 16-bit) keys, not doubles. */
const roundBytes = (n: number, k: number, keyed: boolean): number => up8((keyed ? 4 : 8) * k * n + 36 * n + 16392 + 64);
/** Where each part of a lent buffer starts: values, score keys, the float scratch column, the extremes, the two arenas. @internal */
function lentLayout(m: number, n: number, k: number) {
  const keys = 8 * m * n;
  const scratch = keys + ((4 * m * n + 7) & ~7);
  const ext = scratch + 8 * n;
  const raw = ext + 24 * m;
  const round = raw + rawBytes(m, n, k);
  return { keys, scratch, ext, raw, round, total: round + roundBytes(n, k, true) };
}

/** Typed arrays carved out of one zeroed buffer, 8-byte aligned. @internal */
export class Arena {
  private readonly buf: ArrayBuffer;
  private off: number;
  private readonly end: number;
  /** A fresh buffer of `bytes`, or the region [at, at + bytes) of `lent`, zeroed. */
  constructor(bytes: number, lent: ArrayBuffer | null = null, at = 0) {
    if (lent === null) {
      this.buf = new ArrayBuffer(bytes);
      this.off = 0;
    } else {
      new Uint8Array(lent, at, bytes).fill(0);
      this.buf = lent;
      this.off = at;
    }
    this.end = this.off + bytes;
  }
  private take(bytes: number): number {
    const at = this.off;
    this.off += (bytes + 7) & ~7;
    // The regions of a lent buffer follow one another: a miscount must fail, not overlap the next.
    if (this.off > this.end) throw new Error("pgi-kit internal error: scratch arena overflow");
    return at;
  }
  f64(len: number): Float64Array {
    return new Float64Array(this.buf, this.take(len * 8), len);
  }
  i32(len: number): Int32Array {
    return new Int32Array(this.buf, this.take(len * 4), len);
  }
}

/** Run the float pipeline. @internal */
export function computeRaw(p: Prepared, keyed: boolean | "always" = false): Raw {
  // For row results, each column's scores are rounded to keys as soon as they are normalised, so
  // the float scores need one column of scratch, not m (at 100,000 × 50: 40 MB less).
  const table = keyed === false ? null : keyTableOf(p.fw, p.m * p.n, keyed === "always");
  if (table === null) return rawOf(p, null);
  try {
    return rawOf(p, table);
  } catch (e) {
    if (e instanceof OffTable) return rawOf(p, null);
    throw e;
  }
}

/**
 * One min–max column in one pass: each value normalised (`from + step·(x − lo)`), summed into its
 * component (`w` = 0: every value present with weight 1, counted once by the caller; else
 * present values only, with weight `w`) and rounded half-up to its key `K[base + u]` (the same
 * place as its value) where the float decides it: |s| < 2^20 and at least `win` from a tie, as in
 * {@link roundColumn}; a missing value gets `size`, the key of null. The other positions (near
 * ties, large scores) are listed in `todo`, their float scores kept in the scratch `norm`;
 * returns how many. A key outside [0, size) throws OffTable. @internal
 */
function fusedKeys(
  values: Float64Array,
  base: number,
  n: number,
  from: number,
  step: number,
  lo: number,
  norm: Float64Array,
  comp: Float64Array,
  wsum: Float64Array,
  present: Int32Array,
  cb: number,
  w: number,
  K: Uint16Array | Int32Array,
  f: number,
  win: number,
  tb: number,
  size: number,
  todo: Int32Array,
): number {
  let left = 0;
  for (let u = 0; u < n; u++) {
    const x = values[base + u]!;
    const v = from + step * (x - lo);
    if (w === 0) comp[cb + u] = comp[cb + u]! + v;
    else if (x === x) {
      comp[cb + u] = comp[cb + u]! + w * v;
      wsum[cb + u] = wsum[cb + u]! + w;
      present[cb + u] = present[cb + u]! + 1;
    }
    const s = v * f;
    const a = s < 0 ? -s : s;
    const t = a + 0.5;
    const q = t | 0;
    const ft = t - q;
    // NaN fails every comparison: a missing value (the only source of NaN here) gets the key of
    // null; near ties and |s| ≥ 2^20 are left.
    if (a < 1048576 && ft >= win && ft <= 1 - win) {
      const key = (s < 0 ? -q : q) - tb;
      if (!(key >= 0 && key < size)) throw new OffTable();
      K[base + u] = key;
    } else if (x !== x) K[base + u] = size;
    else {
      norm[u] = v;
      todo[left++] = u;
    }
  }
  return left;
}

/**
 * The smallest and largest value of `values[base … base + n)` into `min[i]`, `max[i]` (NaN when
 * every value is missing); returns how many are missing. Comparisons with NaN are false, so a
 * missing value leaves them alone; the count is branch-free. @internal
 */
function extremes(values: Float64Array, base: number, n: number, min: Float64Array, max: Float64Array, i: number): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let miss = 0;
  for (let u = 0; u < n; u++) {
    const x = values[base + u]!;
    miss += x !== x ? 1 : 0;
    lo = x < lo ? x : lo;
    hi = x > hi ? x : hi;
  }
  min[i] = miss === n ? Number.NaN : lo;
  max[i] = miss === n ? Number.NaN : hi;
  return miss;
}

function rawOf(p: Prepared, table: { base: number; T: unknown[] } | null): Raw {
  const { fw, n, m, values, compOf, weights } = p;
  const k = fw.components.length;
  // The run's scratch arrays share one zeroed buffer: one allocation instead of fifteen (at 63
  // units each allocation costs about as much as a pass over the data).
  const lent = p.lent ?? null;
  const at = lent === null ? null : lentLayout(m, n, k);
  const arena = new Arena(rawBytes(m, n, k), lent, at?.raw ?? 0);
  const min = arena.f64(m);
  const max = arena.f64(m);
  const missing = arena.i32(m);
  const norm = table === null ? new Float64Array(m * n) : lent !== null ? new Float64Array(lent, at!.scratch, n) : new Float64Array(n);
  const wide = table !== null && table.T.length > 65536;
  const K = table === null ? null : lent !== null ? (wide ? new Int32Array(lent, at!.keys, m * n) : new Uint16Array(lent, at!.keys, m * n)) : wide ? new Int32Array(m * n) : new Uint16Array(m * n);
  const errNorm = arena.f64(m);
  const rangeAbs = arena.f64(m);
  const comp = arena.f64(k * n);
  const present = arena.i32(k * n);
  const wsum = arena.f64(k * n);
  // Indicators with every value present and weight 1 add weight 1 to every unit: counted once
  // (added to `present` at the end), and summed into their component as they are normalised.
  const fastCount = arena.f64(k);
  const summed = arena.i32(m);
  // The positions a fused pass leaves to the exact rounding (one column at a time).
  const todo = table === null ? null : arena.i32(n);
  const f = 10 ** fw.decimals;
  // Add indicator i's float scores (at norm[nb …]) into its component.
  const sumInto = (i: number, nb: number): void => {
    const c = compOf[i]!;
    const w = weights[i]!;
    const base = i * n;
    const cb = c * n;
    if (missing[i] === n) return;
    if (missing[i] === 0 && w === 1) {
      fastCount[c] = fastCount[c]! + 1;
      for (let u = 0; u < n; u++) comp[cb + u] = comp[cb + u]! + norm[nb + u]!;
    } else {
      for (let u = 0; u < n; u++) {
        if (values[base + u] === values[base + u]) {
          comp[cb + u] = comp[cb + u]! + w * norm[nb + u]!;
          wsum[cb + u] = wsum[cb + u]! + w;
          present[cb + u] = present[cb + u]! + 1;
        }
      }
    }
  };
  const raw: { -readonly [F in keyof Raw]: Raw[F] } = {
    p,
    min,
    max,
    missing,
    norm,
    comp,
    composite: norm,
    present,
    total: missing,
    errNorm,
    errComp: errNorm,
    errComposite: 0,
    keys: table === null ? null : { K: K!, T: table.T, base: table.base },
    exact: null,
  };
  const ex = table === null ? null : exactRun(raw);
  raw.exact = ex;
  const E = p.extremes ?? null;
  for (let i = 0; i < m; i++) {
    const base = i * n;
    // Where this column's float scores go: their place in `norm`, or the scratch column.
    const nb = table === null ? base : 0;
    // The extremes kept while the rows were read, or a pass over the column.
    let miss: number;
    if (E !== null) {
      miss = E[2 * m + i]!;
      min[i] = miss === n ? Number.NaN : E[i]!;
      max[i] = miss === n ? Number.NaN : E[m + i]!;
    } else miss = extremes(values, base, n, min, max, i);
    const lo = min[i]!;
    const hi = max[i]!;
    missing[i] = miss;
    const nz = nzOf(fw, i);
    const a = nz.range[0];
    const b = nz.range[1];
    rangeAbs[i] = Math.max(Math.abs(a), Math.abs(b));
    const lower = fw.indicators[i]!.direction === "lower";
    if (miss === n) {
      if (K !== null) K.fill(table!.T.length - 1, base, base + n);
      else norm.fill(Number.NaN, base, base + n);
      continue;
    }
    if (nz.method === "minmax") {
      if (hi === lo) {
        const mid = (a + b) / 2;
        for (let u = 0; u < n; u++) norm[nb + u] = values[base + u] === values[base + u] ? mid : Number.NaN;
        errNorm[i] = Number.isFinite(mid) ? 8 * rangeAbs[i]! * EPS + TINY : Number.POSITIVE_INFINITY;
      } else {
        const span = (b - a) / (hi - lo);
        const c = compOf[i]!;
        const cb = c * n;
        errNorm[i] = linearBound(a, b, lo, hi, Math.max(Math.abs(lo), Math.abs(hi)), 1);
        const win = Math.max(1e-9, errNorm[i]! * f * 2);
        if (K !== null && win < 0.49) {
          // Normalised, summed and rounded to keys in one pass; what that pass leaves (missing
          // values, near ties, large scores) goes to the rounding below, by position.
          const w = miss === 0 && weights[i] === 1 ? 0 : weights[i]!;
          if (w === 0) fastCount[c] = fastCount[c]! + 1;
          summed[i] = 1;
          const left = fusedKeys(values, base, n, lower ? b : a, lower ? -span : span, lo, norm, comp, wsum, present, cb, w, K, f, win, table!.base, table!.T.length - 1, todo!);
          if (left > 0) roundScores(raw, ex!, i, null, K, table, nb, todo, left);
          continue;
        }
        if (miss === 0 && weights[i] === 1) {
          summed[i] = 1;
          fastCount[c] = fastCount[c]! + 1;
          if (lower) {
            for (let u = 0; u < n; u++) {
              const v = b - span * (values[base + u]! - lo);
              norm[nb + u] = v;
              comp[cb + u] = comp[cb + u]! + v;
            }
          } else {
            for (let u = 0; u < n; u++) {
              const v = a + span * (values[base + u]! - lo);
              norm[nb + u] = v;
              comp[cb + u] = comp[cb + u]! + v;
            }
          }
        } else {
          // Missing values or a weight: summed in the same pass, present values only.
          summed[i] = 1;
          const w = weights[i]!;
          const from = lower ? b : a;
          const step = lower ? -span : span;
          for (let u = 0; u < n; u++) {
            const x = values[base + u]!;
            const v = from + step * (x - lo);
            norm[nb + u] = v;
            if (x === x) {
              comp[cb + u] = comp[cb + u]! + w * v;
              wsum[cb + u] = wsum[cb + u]! + w;
              present[cb + u] = present[cb + u]! + 1;
            }
          }
        }
      }
    } else {
      for (let u = 0; u < n; u++) norm[nb + u] = normalise(fw, i, values[base + u]!, lo, hi);
      if (nz.method === "goalposts") errNorm[i] = linearBound(a, b, nz.min, nz.max, Math.max(Math.abs(nz.min), Math.abs(nz.max)), 1);
      else {
        const M = Math.max(Math.abs(nz.low), Math.abs(nz.target)) + 1.25 * Math.abs(nz.target - nz.low);
        errNorm[i] = linearBound(a, b, nz.low, nz.target, M, 1.25);
      }
    }
    if (K !== null) {
      // Round this column now, and sum it into its component (unless summed above) while its
      // float scores are at hand.
      if (summed[i] === 0) sumInto(i, nb);
      summed[i] = 1;
      roundScores(raw, ex!, i, null, K, table, nb);
    }
  }
  for (let i = 0; i < m; i++) if (summed[i] === 0) sumInto(i, i * n);
  const total = arena.i32(k);
  const errComp = arena.f64(k);
  const rangeComp = arena.f64(k);
  for (let i = 0; i < m; i++) {
    const c = compOf[i]!;
    total[c] = total[c]! + 1;
    if (errNorm[i]! > errComp[c]!) errComp[c] = errNorm[i]!;
    if (rangeAbs[i]! > rangeComp[c]!) rangeComp[c] = rangeAbs[i]!;
  }
  for (let c = 0; c < k; c++) {
    errComp[c] = errComp[c]! + (4 * total[c]! + 16) * EPS * rangeComp[c]!;
    const cb = c * n;
    const fc = fastCount[c]!;
    const need = total[c]!;
    for (let u = 0; u < n; u++) {
      const have = present[cb + u]! + fc;
      present[cb + u] = have;
      comp[cb + u] = have * 2 < need ? Number.NaN : comp[cb + u]! / (wsum[cb + u]! + fc);
    }
  }
  const composite = arena.f64(n);
  const method = fw.composite.method;
  let errComposite = 0;
  let rangeComposite = 0;
  for (let c = 0; c < k; c++) {
    const w = method === "weightedSum" ? fw.components[c]!.weight : 1;
    errComposite += w * errComp[c]!;
    rangeComposite += w * rangeComp[c]!;
  }
  errComposite += (4 * k + 16) * EPS * rangeComposite;
  if (method === "mean") errComposite /= k;
  if (!Number.isFinite(errComposite)) errComposite = Number.POSITIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const w = method === "weightedSum" ? fw.components[c]!.weight : 1;
    const cb = c * n;
    if (w === 1) for (let u = 0; u < n; u++) composite[u] = composite[u]! + comp[cb + u]!;
    else for (let u = 0; u < n; u++) composite[u] = composite[u]! + w * comp[cb + u]!;
  }
  if (method === "mean") for (let u = 0; u < n; u++) composite[u] = composite[u]! / k;
  raw.composite = composite;
  raw.total = total;
  raw.errComp = errComp;
  raw.errComposite = errComposite;
  return raw;
}

// ---------------------------------------------------------------------------------------------
// The exact path (rationals), used near rounding ties and wherever the float may be wrong.

/** Exact normalised score of indicator i for a present value of unit u. @internal */
export function normRat(r: Raw, i: number, u: number): Rat {
  const { p } = r;
  const nz = nzOf(p.fw, i);
  const lower = p.lower[i] === 1;
  const a = ratOf(nz.range[0]);
  const b = ratOf(nz.range[1]);
  const x = p.values[i * p.n + u]!;
  const lin = (xv: Rat, L: Rat, H: Rat): Rat => {
    const t = rdiv(rsub(xv, L), rsub(H, L));
    return lower ? rsub(b, rmul(rsub(b, a), t)) : radd(a, rmul(rsub(b, a), t));
  };
  if (nz.method === "minmax") {
    if (r.min[i] === r.max[i]) return rdiv(radd(a, b), [2n, 1n]);
    return lin(ratOf(x), ratOf(r.min[i]!), ratOf(r.max[i]!));
  }
  if (nz.method === "goalposts") return lin(ratOf(Math.min(Math.max(x, nz.min), nz.max)), ratOf(nz.min), ratOf(nz.max));
  const L = ratOf(nz.low);
  const v = radd(a, rmul(rsub(b, a), rdiv(rsub(ratOf(x), L), rsub(ratOf(nz.target), L))));
  return rcmp(v, a) < 0 ? a : rcmp(v, b) > 0 ? b : v;
}

/** Exact component score (the caller checks the half rule). @internal */
export function compRat(r: Raw, c: number, u: number): Rat {
  const { p } = r;
  let s: Rat = [0n, 1n];
  let w: Rat = [0n, 1n];
  for (let i = 0; i < p.m; i++) {
    if (p.compOf[i] !== c || p.values[i * p.n + u] !== p.values[i * p.n + u]) continue;
    const wi = ratOf(p.weights[i]!);
    s = radd(s, rmul(normRat(r, i, u), wi));
    w = radd(w, wi);
  }
  return rdiv(s, w);
}

/** Exact composite (the caller checks that every component is present). @internal */
export function compositeRat(r: Raw, u: number): Rat {
  const { fw } = r.p;
  const k = fw.components.length;
  let s: Rat = [0n, 1n];
  for (let c = 0; c < k; c++) {
    const q = compRat(r, c, u);
    s = radd(s, fw.composite.method === "weightedSum" ? rmul(q, ratOf(fw.components[c]!.weight)) : q);
  }
  return fw.composite.method === "mean" ? rdiv(s, [BigInt(k), 1n]) : s;
}

const toD = (q: Rat): Dec => new D(q[0].toString()).div(q[1].toString());

/** Exact normalised score as a Decimal (40 digits). @internal */
export function exactNorm(r: Raw, i: number, u: number): Dec {
  return toD(normRat(r, i, u));
}

/** Exact component score as a Decimal (null when below the half rule). @internal */
export function exactComp(r: Raw, c: number, u: number): Dec | null {
  const { p } = r;
  if (r.present[c * p.n + u]! * 2 < r.total[c]!) return null;
  return toD(compRat(r, c, u));
}

/**
 * Standard competition ranks of finite values (higher is better); NaN → 0 (no rank). Values
 * rounded at `decimals` with a modest spread are ranked by counting (linear time); others by
 * sorting. @internal
 */
export function ranksOf(values: Float64Array | readonly number[], decimals = -1, arena: Arena | null = null): Int32Array {
  const n = values.length;
  const out = arena ? arena.i32(n) : new Int32Array(n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let u = 0; u < n; u++) {
    const v = values[u]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi)) return out;
  const f = 10 ** decimals;
  const span = (hi - lo) * f;
  if (decimals >= 0 && span <= 4 * n + 4096 && Math.max(Math.abs(lo), Math.abs(hi)) * f < 2 ** 40) {
    // keys: distinct rounded values are ≥ 10^-decimals apart, so their keys differ by ≥ 1
    const size = Math.round(span) + 1;
    const count = arena ? arena.i32(size + 1) : new Int32Array(size + 1);
    const key = arena ? arena.i32(n) : new Int32Array(n);
    for (let u = 0; u < n; u++) {
      const v = values[u]!;
      if (v !== v) continue;
      const kk = Math.round((v - lo) * f);
      key[u] = kk;
      count[kk]!++;
    }
    // above[kk] = how many values have a key greater than kk
    let acc = 0;
    for (let kk = size - 1; kk >= 0; kk--) {
      const c = count[kk]!;
      count[kk] = acc;
      acc += c;
    }
    for (let u = 0; u < n; u++) if (values[u] === values[u]) out[u] = count[key[u]!]! + 1;
    return out;
  }
  const idx: number[] = [];
  for (let u = 0; u < n; u++) if (values[u] === values[u]) idx.push(u);
  idx.sort((a, b) => values[b]! - values[a]!);
  for (let j = 0; j < idx.length; j++) {
    const u = idx[j]!;
    out[u] = j > 0 && values[idx[j - 1]!] === values[u] ? out[idx[j - 1]!]! : j + 1;
  }
  return out;
}

/**
 * @internal Rounded values as keys into a table of shared boxes (./fast.ts): value `T[K[j]]`,
 * `K[j] = round(value · 10^decimals) − base`; the last entry of `T` is `null` (missing). Scores
 * are stored as the values are, indicator by indicator (`K[i·n + u]`), components component by
 * component (`K[c·n + u]`), so the pass that rounds a column writes its keys in order.
 */
export interface KeyColumns {
  readonly K: Uint16Array | Int32Array;
  readonly T: readonly unknown[];
  readonly base: number;
}

/** @internal The rounded columns of one run: the columnar core's output. */
export interface Rounded {
  readonly r: Raw;
  /** Rounded normalised scores, values' layout; NaN = missing. Empty when `keyed`. */
  readonly scores: Float64Array;
  /** Rounded component scores comp[c * n + u]; NaN = null. Empty when `keyed`. */
  readonly comps: Float64Array;
  /** The same scores and components as keys, when rounded for row results. */
  readonly keyed: { readonly scores: KeyColumns; readonly comps: KeyColumns } | null;
  readonly composite: Float64Array;
  /** 0 = no rank. */
  readonly rank: Int32Array;
}

const BIG = 2 ** 51;

/**
 * Round `len` floats of `src` from `srcOff` half-up at `decimals`, into `out` from `off` (values)
 * or, when `K` is given, into `K` from `off` (keys: rounded value · 10^decimals − `base`, `size`
 * for missing; false comes back when a key falls outside [0, size)). Values within `err` of a rounding boundary (or
 * not finite, or too large for the float to resolve) are rounded exactly by `exact(j)`. `skip(j)`
 * marks missing/null entries (NaN out); it is asked only where the float is NaN (a NaN that is
 * not missing is recomputed exactly). With `todo` (keys only), just the positions `todo[0 …
 * count)` are rounded. @internal
 */
function roundColumn(
  src: Float64Array,
  srcOff: number,
  out: Float64Array | null,
  K: Uint16Array | Int32Array | null,
  base: number,
  size: number,
  off: number,
  len: number,
  decimals: number,
  err: number,
  skip: ((j: number) => boolean) | null,
  exact: (j: number) => number,
  inlineOf: (() => InlineKernel | null) | null = null,
  todo: Int32Array | null = null,
  count = len,
): boolean {
  // The column's kernel, built on its first near tie.
  let inline: InlineKernel | null | undefined = inlineOf === null ? null : undefined;
  const f = 10 ** decimals;
  const win = Math.max(1e-9, err * f * 2);
  const slow = !(win < 0.49);
  // The fast test below, for |s| < 2^20: t = |s| + 0.5 is within 2^-32 of its exact value, so a t
  // at least `win` (≥ 1e-9) from an integer has the exact floor q = t | 0 (truncation, which is
  // cheaper here than Math.floor or Math.round), and q is the half-up rounding of |s|.
  const fastWin = slow ? 2 : win;
  if (K === null) {
    for (let j = 0; j < len; j++) {
      const s = src[srcOff + j]! * f;
      if ((s !== s || slow) && skip !== null && skip(j)) {
        // Missing entries are NaN in the float column; only those are checked.
        out![off + j] = Number.NaN;
        continue;
      }
      const a = s < 0 ? -s : s;
      if (a < 1048576) {
        const t = a + 0.5;
        const q = t | 0;
        const ft = t - q;
        if (ft >= fastWin && ft <= 1 - fastWin) {
          out![off + j] = q === 0 ? 0 : (s < 0 ? -q : q) / f;
          continue;
        }
      }
      const fr = a - Math.floor(a) - 0.5;
      if (slow || Math.abs(fr) < win || !(a < BIG)) {
        if (inline === undefined) inline = inlineOf!();
        out![off + j] = inline !== null ? inlineExact(inline, j, exact) : exact(j);
        continue;
      }
      // Away from a tie, Math.round (exact in JavaScript) is the half-up rounding, without a
      // branch on which side of the tie the value lies.
      const q = Math.round(a);
      out![off + j] = q === 0 ? 0 : (s < 0 ? -q : q) / f;
    }
    return true;
  }
  // Keys: the same rounding without the division; missing is the key `size` (null in the table).
  // With `todo`, only its first `count` positions (those a fused pass left).
  for (let jj = 0; jj < count; jj++) {
    const j = todo === null ? jj : todo[jj]!;
    const s = src[srcOff + j]! * f;
    if ((s !== s || slow) && skip !== null && skip(j)) {
      K[off + j] = size;
      continue;
    }
    const a = s < 0 ? -s : s;
    if (a < 1048576) {
      const t = a + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (ft >= fastWin && ft <= 1 - fastWin) {
        const key = (s < 0 ? -q : q) - base;
        if (!(key >= 0 && key < size)) return false;
        K[off + j] = key;
        continue;
      }
    }
    const fr = a - Math.floor(a) - 0.5;
    let key: number;
    if (slow || Math.abs(fr) < win || !(a < BIG)) {
      if (inline === undefined) inline = inlineOf!();
      key = (inline !== null ? inlineScaled(inline, j, exact, f) : Math.round(exact(j) * f)) - base;
    }
    else key = (s < 0 ? -Math.round(a) : Math.round(a)) - base;
    if (!(key >= 0 && key < size)) return false;
    K[off + j] = key;
  }
  return true;
}

/**
 * A column's integer kernel, for its near-tie values to be rounded exactly in the loop itself (no
 * closure per value): `xs[off + j]` clamped to [lo, hi]; values with more decimals than the
 * kernel's scale go to the column's `exact`. @internal
 */
interface InlineKernel {
  readonly kn: LinearKernel;
  readonly xs: Float64Array;
  readonly off: number;
  readonly lo: number;
  readonly hi: number;
}

function inlineExact(t: InlineKernel, j: number, exact: (j: number) => number): number {
  const x0 = t.xs[t.off + j]!;
  const x = x0 < t.lo ? t.lo : x0 > t.hi ? t.hi : x0;
  return kernelFits(t.kn, x) ? roundLinear(t.kn, x) : exact(j);
}

function inlineScaled(t: InlineKernel, j: number, exact: (j: number) => number, f: number): number {
  const x0 = t.xs[t.off + j]!;
  const x = x0 < t.lo ? t.lo : x0 > t.hi ? t.hi : x0;
  return kernelFits(t.kn, x) ? scaledLinear(t.kn, x) : Math.round(exact(j) * f);
}

/** The key table for values in [lo, hi] at `decimals`, or null where it would not pay. @internal */
function keyTable(lo: number, hi: number, decimals: number, count: number, always: boolean): { base: number; T: unknown[] } | null {
  const f = 10 ** decimals;
  if (!(decimals <= 15 && Math.max(Math.abs(lo), Math.abs(hi)) * f < 2 ** 40)) return null;
  const base = Math.floor(lo * f) - 1;
  const size = Math.ceil(hi * f) + 2 - base;
  // Tables are immutable once built, so runs share them (a few, memoised on first use); a table
  // already built serves a run of any size.
  const memo = `${decimals}:${base}:${size}`;
  tables ??= new Map();
  const hit = tables.get(memo);
  if (hit) return hit;
  if (!(size > 0 && (always || size <= 2 * count + 64) && size <= 1 << 22)) return null;
  // Tagged elements (the null first), one box per key: (key + base) / 10^decimals is the very
  // double every rounding path returns for that key (a correctly rounded quotient of integers).
  const T: unknown[] = [null];
  T.pop();
  for (let key = 0; key < size; key++) {
    const v = (key + base) / f;
    T.push(v === 0 ? 0 : v);
  }
  T.push(null);
  const made = { base, T };
  if (size <= 1 << 16) {
    if (tables.size >= 16) tables.clear();
    tables.set(memo, made);
  }
  return made;
}

let tables: Map<string, { base: number; T: unknown[] }> | undefined;

/**
 * The key table of a framework's normalised scores and components (they lie in the union of its
 * normalisation ranges), for a run of `count` scores, or null. @internal
 */
function keyTableOf(fw: Framework, count: number, always: boolean): { base: number; T: unknown[] } | null {
  // A table once built is kept with the framework (tables are immutable).
  const mk = compiled(fw);
  if (mk.table !== undefined) return mk.table;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < fw.indicators.length; i++) {
    const range = nzOf(fw, i).range;
    lo = Math.min(lo, range[0], range[1]);
    hi = Math.max(hi, range[0], range[1]);
  }
  const made = keyTable(lo, hi, fw.decimals, count, always);
  if (made !== null) mk.table = made;
  return made;
}

/** A key out of its table's range (not expected: the ranges bound every score). */
class OffTable extends Error {}

/**
 * Round indicator i's float scores (at `r.norm[nb …]`) into `out` (values) or, with a table, to
 * keys in `K`, from i·n. @internal
 */
function roundScores(
  r: Raw,
  ex: ReturnType<typeof exactRun>,
  i: number,
  out: Float64Array | null,
  K: Uint16Array | Int32Array | null,
  table: { base: number; T: unknown[] } | null,
  nb: number,
  todo: Int32Array | null = null,
  count = r.p.n,
): void {
  const { p } = r;
  const { fw, n, values } = p;
  const base = i * n;
  const nz = nzOf(fw, i);
  const gp = nz.method === "goalposts";
  const gLo = gp ? nz.min : 0;
  const gHi = gp ? nz.max : 0;
  const d = fw.decimals;
  let kn: LinearKernel | null | undefined;
  const exactScore = (u: number): number => {
    if (kn === undefined) kn = ex.kernel(i);
    if (kn !== null) {
      const x = values[base + u]!;
      const cx = gp ? (x < gLo ? gLo : x > gHi ? gHi : x) : x;
      if (kernelFits(kn, cx)) return roundLinear(kn, cx);
    }
    return roundRat(normRat(r, i, u), d, ["units", u, "indicators", fw.indicators[i]!.id]);
  };
  // Near ties use the column's integer kernel inline, when it has one.
  const inlineOf = (): InlineKernel | null => {
    const kk = ex.kernel(i);
    return kk === null ? null : { kn: kk, xs: values, off: base, lo: gp ? gLo : Number.NEGATIVE_INFINITY, hi: gp ? gHi : Number.POSITIVE_INFINITY };
  };
  const skip = r.missing[i] === 0 ? null : (u: number) => values[base + u] !== values[base + u];
  const ok = K === null ? roundColumn(r.norm, nb, out, null, 0, 0, base, n, d, r.errNorm[i]!, skip, exactScore, inlineOf) : roundColumn(r.norm, nb, null, K, table!.base, table!.T.length - 1, base, n, d, r.errNorm[i]!, skip, exactScore, inlineOf, todo, count);
  if (!ok) throw new OffTable();
}

/**
 * Round every published number of a run into columns (scores that {@link computeRaw} rounded to
 * keys stay keys, and components follow them). @internal
 */
export function roundAll(r: Raw): Rounded {
  const { p } = r;
  const { fw, n, m } = p;
  const k = fw.components.length;
  const d = fw.decimals;
  const cd = fw.composite.decimals;
  const keys = r.keys;
  const { compIds } = compiled(fw);
  const ex = r.exact ?? exactRun(r);
  // Float mode: rounded in place, since the float scores are not needed once components are
  // formed (exact recomputation reads the raw values).
  const scores = r.norm;
  if (keys === null) {
    for (let i = 0; i < m; i++) {
      if (r.missing[i] === n) scores.fill(Number.NaN, i * n, (i + 1) * n);
      else roundScores(r, ex, i, scores, null, null, i * n);
    }
  }
  // One buffer for the component and composite columns, the ranks and their scratch (ranksOf
  // counts at most 4n + 4097 keys).
  // (In the buffer lent for a row run when there is one: nothing of it outlives the call.)
  const lent = keys === null ? null : (p.lent ?? null);
  const arena = new Arena(roundBytes(n, k, keys !== null), lent, lent === null ? 0 : lentLayout(m, n, k).round);
  // Keyed: the components as keys (16- or 32-bit, in a 32-bit region); else rounded doubles.
  const kRegion = keys === null ? null : arena.i32(k * n);
  const comps = kRegion === null ? arena.f64(k * n) : new Float64Array(0);
  const size = keys === null ? 0 : keys.T.length - 1;
  const cK = kRegion === null ? null : keys!.K instanceof Uint16Array ? new Uint16Array(kRegion.buffer, kRegion.byteOffset, k * n) : kRegion;
  const kBase = keys === null ? 0 : keys.base;
  const nullAt = arena.i32(n);
  for (let c = 0; c < k; c++) {
    const cb = c * n;
    const need = r.total[c]!;
    let anyNull = false;
    for (let u = 0; u < n; u++) {
      if (r.present[cb + u]! * 2 < need) {
        nullAt[u] = 1;
        anyNull = true;
      }
    }
    const fits = roundColumn(r.comp, cb, cK === null ? comps : null, cK, kBase, size, cb, n, d, r.errComp[c]!, anyNull ? (u) => r.present[cb + u]! * 2 < need : null, (u) => ex.roundComp(c, u, ["units", u, "components", compIds[c]!]));
    // A key out of range (not expected: the ranges bound every component): round as values.
    if (!fits) return roundAll(computeRaw(p, false));
  }
  let anyNull = false;
  for (let u = 0; u < n; u++) if (nullAt[u] === 1) anyNull = true;
  const composite = arena.f64(n);
  roundColumn(r.composite, 0, composite, null, 0, 0, 0, n, cd, r.errComposite, anyNull ? (u) => nullAt[u] === 1 : null, (u) => roundRat(ex.compositeRat(u), cd, ["units", u, "composite"]));
  const rank = ranksOf(composite, cd, arena);
  if (keys === null) return { r, scores, comps, keyed: null, composite, rank };
  return { r, scores: new Float64Array(0), comps: new Float64Array(0), keyed: { scores: keys, comps: { K: cK!, T: keys.T, base: keys.base } }, composite, rank };
}

/**
 * The exact path of one run, with its per-indicator integer kernels built on first need: exact
 * normalised scores as rationals (from a kernel's integers when there is one), components
 * (in integer arithmetic when every indicator of the component shares one kernel denominator and
 * weight 1, else rationals), composites (rationals). @internal
 */
function exactRun(r: Raw) {
  const { p } = r;
  const { fw, n, m, values } = p;
  const d = fw.decimals;
  const kernels: (LinearKernel | null | undefined)[] = new Array(m);
  const kernel = (i: number): LinearKernel | null => {
    let kn = kernels[i];
    if (kn === undefined) {
      const nz = nzOf(fw, i);
      kn = null;
      if (r.missing[i] !== n) {
        if (nz.method === "minmax" && r.min[i] !== r.max[i]) kn = linearKernel(r.min[i]!, r.max[i]!, nz.range[0], nz.range[1], p.lower[i] === 1, d, values, i * n, n);
        else if (nz.method === "goalposts") kn = linearKernel(nz.min, nz.max, nz.range[0], nz.range[1], p.lower[i] === 1, d, values, i * n, n);
      }
      kernels[i] = kn;
    }
    return kn;
  };
  const clamp = (i: number, x: number): number => {
    const nz = nzOf(fw, i);
    return nz.method === "goalposts" ? Math.min(Math.max(x, nz.min), nz.max) : x;
  };
  const norm = (i: number, u: number): Rat => {
    const kn = kernel(i);
    if (kn !== null) {
      const x = clamp(i, values[i * n + u]!);
      if (kernelFits(kn, x)) return [BigInt(kernelNum(kn, x)), BigInt(kn.Q * kn.f)];
    }
    return normRat(r, i, u);
  };
  // Per component: the shared kernel denominator when the integer path applies, else 0.
  const shared: (number | undefined)[] = new Array(fw.components.length);
  const sharedDen = (c: number): number => {
    let den = shared[c];
    if (den === undefined) {
      den = -1;
      let bound = 0;
      for (let i = 0; i < m && den !== 0; i++) {
        if (p.compOf[i] !== c) continue;
        const kn = kernel(i);
        if (kn === null || p.weights[i] !== 1) den = 0;
        else if (den === -1 || den === kn.Q * kn.f) {
          den = kn.Q * kn.f;
          bound += 3 * Math.max(Math.abs(kn.A), Math.abs(kn.B)) * kn.Q;
        } else den = 0;
      }
      if (den === -1 || !(2 * bound * 10 ** d + den * r.total[c]! < 2 ** 52)) den = 0;
      shared[c] = den;
    }
    return den;
  };
  const compRational = (c: number, u: number): Rat => {
    let s: Rat = [0n, 1n];
    let w: Rat = [0n, 1n];
    for (let i = 0; i < m; i++) {
      if (p.compOf[i] !== c || values[i * n + u] !== values[i * n + u]) continue;
      const wi: Rat = p.weights[i] === 1 ? [1n, 1n] : ratOf(p.weights[i]!);
      s = radd(s, rmul(norm(i, u), wi));
      w = radd(w, wi);
    }
    return rdiv(s, w);
  };
  const roundComp = (c: number, u: number, path: (string | number)[]): number => {
    const den = sharedDen(c);
    if (den > 0) {
      let num = 0;
      let cnt = 0;
      for (let i = 0; i < m; i++) {
        if (p.compOf[i] !== c) continue;
        const x = values[i * n + u]!;
        if (x !== x) continue;
        const cx = clamp(i, x);
        if (!kernelFits(kernels[i]!, cx)) {
          num = Number.NaN;
          break;
        }
        num += kernelNum(kernels[i]!, cx);
        cnt++;
      }
      if (num === num) return roundIntRatio(num, den * cnt, 10 ** d);
    }
    return roundRat(compRational(c, u), d, path);
  };
  const compositeRat = (u: number): Rat => {
    const k = fw.components.length;
    let s: Rat = [0n, 1n];
    for (let c = 0; c < k; c++) {
      const q = compRational(c, u);
      s = radd(s, fw.composite.method === "weightedSum" ? rmul(q, ratOf(fw.components[c]!.weight)) : q);
    }
    return fw.composite.method === "mean" ? rdiv(s, [BigInt(k), 1n]) : s;
  };
  return { kernel, clamp, roundComp, compositeRat };
}

/** The statistics and findings of a run. @internal */
function statsAndFindings(r: Raw): { stats: IndicatorStats[]; findings: Finding[] } {
  const { p } = r;
  const { fw, n, m } = p;
  const k = fw.components.length;
  const { ids: indIds, compIds } = compiled(fw);
  const findings: Finding[] = [];
  const stats: IndicatorStats[] = [];
  for (let i = 0; i < m; i++) {
    const allMissing = r.missing[i] === n;
    const constant = !allMissing && r.min[i] === r.max[i];
    stats.push(Object.freeze({ id: indIds[i]!, min: allMissing ? null : r.min[i]!, max: allMissing ? null : r.max[i]!, missing: r.missing[i]!, constant }));
    const nz = nzOf(fw, i);
    if (constant && nz.method === "minmax") {
      const a = nz.range[0];
    const b = nz.range[1];
      const mid = new D(String(a)).plus(String(b)).div(2).toString();
      findings.push(
        finding(
          "warning",
          "CONSTANT_INDICATOR",
          `indicator ${indIds[i]} has the same value (${r.min[i]}) for every unit: every unit gets the middle of the range, ${mid}`,
          `chỉ tiêu ${indIds[i]} có cùng giá trị (${r.min[i]}) ở mọi đơn vị: mọi đơn vị nhận điểm giữa thang, ${mid}`,
          ["indicators", indIds[i]!],
          { indicator: indIds[i]!, value: r.min[i]! },
        ),
      );
    }
    if (allMissing) {
      findings.push(finding("warning", "ALL_MISSING", `indicator ${indIds[i]} is missing for every unit`, `chỉ tiêu ${indIds[i]} thiếu số liệu ở mọi đơn vị`, ["indicators", indIds[i]!], { indicator: indIds[i]! }));
    }
  }
  for (let u = 0; u < n; u++) {
    for (let c = 0; c < k; c++) {
      const have = r.present[c * n + u]!;
      if (have * 2 < r.total[c]!) {
        findings.push(
          finding(
            "warning",
            "MISSING_COMPONENT",
            `${p.units[u]}: ${compIds[c]} has ${have} of ${r.total[c]} indicators, fewer than half: the ${compIds[c]} score and the composite are null`,
            `${p.units[u]}: ${compIds[c]} chỉ có ${have}/${r.total[c]} chỉ tiêu, dưới một nửa: điểm ${compIds[c]} và điểm tổng hợp để trống`,
            ["units", u, "components", compIds[c]!],
            { unit: p.units[u]!, component: compIds[c]!, present: have, total: r.total[c]! },
          ),
        );
      }
    }
  }
  return { stats, findings };
}

/** One unit's scores. Numbers at the framework's decimals (half-up). */
export interface ScoredUnit<C extends string = string, I extends string = string> {
  readonly unit: string;
  readonly group: string | null;
  /** Normalised indicator scores; `null` where the value is missing. */
  readonly indicators: Readonly<Record<I, number | null>>;
  /** Component (sub-index) scores; `null` below the half rule. */
  readonly components: Readonly<Record<C, number | null>>;
  /** `null` when a component is `null`. */
  readonly composite: number | null;
  /** Standard competition rank by the rounded composite; `null` without a composite. */
  readonly rank: number | null;
}

/** The result of {@link scoreUnits}. */
export interface Scoring<C extends string = string, I extends string = string> {
  readonly kind: "scoring";
  readonly framework: string;
  /** In the order of the input rows. */
  readonly units: readonly ScoredUnit<C, I>[];
  readonly indicators: readonly IndicatorStats[];
  /** `CONSTANT_INDICATOR` (warning), `MISSING_COMPONENT` (warning), `ALL_MISSING` (warning). */
  readonly findings: readonly Finding[];
}

/** Builds { id: column[u + i·n] or null } records of one fixed shape. @internal */
export type RecordMaker = (col: Float64Array, u: number, n: number) => Record<string, number | null>;

let makers: Map<string, RecordMaker> | undefined;

/**
 * A fixed-shape record factory for a list of ids: every record is created by one object literal
 * (one hidden class, exact size, no property-by-property growth). Generated code where the
 * environment allows it (not under a Content-Security-Policy without 'unsafe-eval'); otherwise a
 * loop. Memoised per id list. @internal
 */
export function recordMaker(ids: readonly string[], generate = true): RecordMaker {
  const key = `${generate ? "g" : "l"}\u0000${ids.join("\u0000")}`;
  makers ??= new Map();
  const hit = makers.get(key);
  if (hit) return hit;
  let made: RecordMaker | undefined;
  if (generate && !ids.some((id) => id === "__proto__")) {
    try {
      const body = ids.map((id, i) => `${JSON.stringify(id)}:(x=c[u${i === 0 ? "" : `+${i}*n`}])===x?x:null`).join(",");
      // eslint-disable-next-line no-new-func
      made = new Function("c", "u", "n", `"use strict";var x;return{${body}};`) as RecordMaker;
    } catch {
      made = undefined;
    }
  }
  made ??= (c, u, n) => {
    const o: Record<string, number | null> = {};
    for (let i = 0; i < ids.length; i++) {
      const x = c[u + i * n]!;
      Object.defineProperty(o, ids[i]!, { value: x === x ? x : null, enumerable: true, writable: true, configurable: true });
    }
    return o;
  };
  if (makers.size > 64) makers.clear();
  makers.set(key, made);
  return made;
}

/** Round everything and build the frozen row result. @internal */
export function finish(r: Raw): Scoring {
  return toScoring(roundAll(r));
}

/**
 * What building the row result needs from a run, and nothing more: once this is taken, the raw
 * values and the float scratch of the run can be collected while the records are built (at
 * 100,000 × 50 that is 40 MB less at the peak). @internal
 */
interface Parts {
  readonly fw: Framework;
  readonly n: number;
  readonly units: readonly string[];
  readonly groups: readonly (string | null)[];
  readonly scores: Float64Array;
  readonly comps: Float64Array;
  readonly keyed: Rounded["keyed"];
  readonly composite: Float64Array;
  readonly rank: Int32Array;
  readonly stats: IndicatorStats[];
  readonly findings: Finding[];
}

function partsOf(o: Rounded): Parts {
  const { p } = o.r;
  const { stats, findings } = statsAndFindings(o.r);
  return { fw: p.fw, n: p.n, units: p.units, groups: p.groups, scores: o.scores, comps: o.comps, keyed: o.keyed, composite: o.composite, rank: o.rank, stats, findings };
}

/** Build the row result from the rounded columns. @internal */
export function toScoring(o: Rounded, generate = true): Scoring {
  return buildScoring(partsOf(o), generate);
}

/**
 * Score rows: the run, then the records, with nothing of the run kept while they are built. The
 * run's two large arrays (raw values, score keys) live in a buffer lent for the call and kept
 * through a WeakRef, so calls in a row reuse it instead of allocating and the garbage collector
 * takes it back when it likes. A nested call (from a getter in the rows) gets its own. @internal
 */
export function scoreRows(framework: Framework, rows: readonly UnitRow[]): Scoring {
  let taken: ArrayBuffer | null = null;
  const lend = (bytes: number): ArrayBuffer => {
    taken = lendBuffer(bytes);
    return taken;
  };
  try {
    return buildScoring(partsOf(roundAll(computeRaw(prepare(framework, rows, lend), true))), true);
  } finally {
    if (taken !== null) giveBack(taken);
  }
}

let spare: WeakRef<ArrayBuffer> | undefined;
let spareInUse = false;

function lendBuffer(bytes: number): ArrayBuffer {
  if (spareInUse || typeof WeakRef !== "function") return new ArrayBuffer(bytes);
  spareInUse = true;
  const b = spare?.deref();
  if (b !== undefined && b.byteLength >= bytes) return b;
  const fresh = new ArrayBuffer(bytes);
  spare = new WeakRef(fresh);
  return fresh;
}

function giveBack(buffer: ArrayBuffer): void {
  if (spare?.deref() === buffer) spareInUse = false;
}

function buildScoring(parts: Parts, generate: boolean): Scoring {
  const { fw, n, units, groups, scores, comps, composite, rank } = parts;
  const indIds = compiled(fw).ids;
  const compIds = compiled(fw).compIds;
  // Shared boxes (./fast.ts) where the rounded values take few distinct values, else the numbers.
  const si = parts.keyed?.scores ?? null;
  const sc = parts.keyed?.comps ?? null;
  const mk = generate ? compiled(fw) : null;
  const makeInd = si ? keyedMaker(indIds) : null;
  const makeIndF = si ? null : recordMaker(indIds, generate);
  const makeComp = sc ? keyedMaker(compIds) : null;
  const makeCompF = sc ? null : recordMaker(compIds, generate);
  const out: ScoredUnit[] = new Array(n);
  const freeze = Object.freeze;
  // The whole unit from one generated function, where there is one (the usual case).
  const whole = si !== null && sc !== null && mk !== null ? (mk.unit === undefined ? (mk.unit = unitMaker(indIds, compIds)) : mk.unit) : null;
  if (whole !== null) {
    for (let u = 0; u < n; u++) out[u] = whole(units, groups, si!.K, sc!.K, si!.T, composite, rank, u, n) as ScoredUnit;
    return sealShallow({ kind: "scoring" as const, framework: fw.id, units: freeze(out), indicators: freeze(parts.stats), findings: deepFreeze(parts.findings) }, showScoring);
  }
  for (let u = 0; u < n; u++) {
    const x = composite[u]!;
    const cs = x === x ? x : null;
    out[u] = freeze({
      unit: units[u]!,
      group: groups[u]!,
      indicators: freeze(si !== null ? makeInd!(si.K, si.T, u, n) : makeIndF!(scores, u, n)),
      components: freeze(sc !== null ? makeComp!(sc.K, sc.T, u, n) : makeCompF!(comps, u, n)),
      composite: cs,
      rank: rank[u] === 0 ? null : rank[u]!,
    });
  }
  return sealShallow({ kind: "scoring" as const, framework: fw.id, units: freeze(out), indicators: freeze(parts.stats), findings: deepFreeze(parts.findings) }, showScoring);
}

/** The result of {@link scoreColumns}: the numbers of {@link scoreUnits}, as columns. */
export interface ScoringColumns {
  readonly kind: "scoringColumns";
  readonly framework: string;
  /** Unit names (trimmed), in input order; every column below follows this order. */
  readonly units: readonly string[];
  /** Groups as given (`null` when none). */
  readonly groups: readonly (string | null)[];
  /** Normalised indicator scores by indicator id (rounded); `NaN` where the value is missing. */
  readonly scores: Readonly<Record<string, Float64Array>>;
  /** Component scores by component id (rounded); `NaN` below the half rule. */
  readonly components: Readonly<Record<string, Float64Array>>;
  /** Composite (rounded); `NaN` when a component is missing. */
  readonly composite: Float64Array;
  /** Standard competition rank by the rounded composite; `0` = no rank. */
  readonly rank: Int32Array;
  readonly indicators: readonly IndicatorStats[];
  /** The findings of {@link scoreUnits}. */
  readonly findings: readonly Finding[];
}

/**
 * Score units held as columns — the same numbers as {@link scoreUnits}, columnar in and out, for
 * code that already holds columns (Arrow, a CSV parser, a data frame) and for large runs: no
 * per-unit objects are built.
 *
 * `columns` maps each indicator id to a `Float64Array` or an array of numbers, one value per unit
 * (`NaN`, or `null` in an array, = missing; an absent column = missing everywhere). The result
 * holds a `Float64Array` per indicator (`scores`) and per component, the `composite`
 * (`Float64Array`), the `rank` (`Int32Array`, 0 = none), the indicator statistics and the
 * findings. Every number is exact at the framework's decimals (half-up), identical to
 * `scoreUnits`. Missing is `NaN` (a null rank is `0`), so the columns are not JSON; they are fresh
 * arrays owned by the caller (typed arrays cannot be frozen), the input arrays are only read.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK`, `INVALID_INPUT` (units, groups, a column of the
 * wrong length or type), `DUPLICATE_UNIT`, `UNKNOWN_INDICATOR`, `UNSAFE_KEY`, `INVALID_NUMBER`
 * (±Infinity, path `columns.<id>[u]`), `OUT_OF_RANGE` (a result beyond ±1.8e308).
 *
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: "demo", name: { vi: "Thử", en: "Demo" },
 *   components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }],
 * });
 * const s = scoreColumns(fw, {
 *   units: ["A", "B", "C"],
 *   columns: { waste: new Float64Array([90, 60, 70]), floods: [2, 5, 3] },
 * });
 * Array.from(s.components.env); // [10, 1, 5.5]
 * Array.from(s.rank);           // [1, 3, 2]
 * s.scores.floods[2];           // 7
 * ```
 */
export function scoreColumns(framework: Framework, input: ScoreColumnsInput): ScoringColumns {
  return guarded(() => columnsResult(framework, input));
}

function columnsResult(framework: Framework, input: ScoreColumnsInput): ScoringColumns {
  const o = roundAll(computeRaw(prepareColumns(framework, input)));
  const { p } = o.r;
  const { fw, n } = p;
  const scores: Record<string, Float64Array> = {};
  fw.indicators.forEach((ind, i) => {
    scores[ind.id] = o.scores.subarray(i * n, (i + 1) * n);
  });
  const components: Record<string, Float64Array> = {};
  fw.components.forEach((c, j) => {
    components[c.id] = o.comps.subarray(j * n, (j + 1) * n);
  });
  const { stats, findings } = statsAndFindings(o.r);
  return sealShallow({
    kind: "scoringColumns" as const,
    framework: fw.id,
    units: Object.freeze(p.units),
    groups: Object.freeze(p.groups),
    scores: Object.freeze(scores),
    components: Object.freeze(components),
    composite: o.composite,
    rank: o.rank,
    indicators: Object.freeze(stats),
    findings: deepFreeze(findings),
  }, showScoring);
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
 * recomputed exactly (see the module note), so rounded results equal exact-decimal ones, for
 * every finite double. Only a row's own keys are read (an inherited property is neither read nor
 * refused). Rows built with `Object.fromEntries` or literals read about twice as fast as rows
 * built key by key; for columns in and out (no row objects), see {@link scoreColumns}.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK` (no indicators), `INVALID_INPUT` (rows, fields),
 * `DUPLICATE_UNIT`, `UNKNOWN_INDICATOR`, `UNSAFE_KEY`, `INVALID_NUMBER`, `OUT_OF_RANGE` (a numeric
 * string a double cannot hold exactly, or a result beyond ±1.8e308) — each with the row index in
 * `path`.
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
export function scoreUnits<C extends string, I extends string>(framework: Framework<C, I>, rows: readonly UnitRow<I>[]): Scoring<C, I> {
  return guarded(() => scoreRows(framework as Framework, rows as readonly UnitRow[])) as Scoring<C, I>;
}
