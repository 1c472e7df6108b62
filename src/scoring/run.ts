/**
 * The scoring pipeline: read → normalise → aggregate → round → rank → build, each stage a module
 * of its own (see ./stages.ts). This module decides, in one place, what a run looks like — its
 * memory (./layout.ts), whether its scores are rounded to keys (row results, when the framework's
 * key table pays), which columns take the fused fast path (./fused.ts) — and runs the stages.
 *
 * Contract: `scoreRows` and `scoreColumnsRun` are the engine behind `scoreUnits` and
 * `scoreColumns`; the other exports run a stage on its own for what-if, solve-for and tests.
 * @module
 */
import { roundRat } from "./exact";
import type { Framework } from "../framework/types";
import { PgiError } from "../errors";
import { compositeOf, finishComponents, sumColumn } from "./aggregate";
import { buildColumns, buildScoring, type KeyColumns, type Parts } from "./build";

export type { KeyColumns } from "./build";
import { checkFramework, compiled, type Compiled, type KeyTable } from "./compiled";
import { ExactPath } from "./exactpath";
import { fusedColumn, fusedValues } from "./fused";
import { extendedRun } from "./methods";
import { carve, planOf, withLent, type InputViews, type RunViews, type Shape } from "./layout";
import { columnBound, columnExtremes, normaliseColumn, type NormaliseRun } from "./normalise";
import { ranksOf } from "./rank";
import { readRows, rowCount } from "./read";
import { columnCount, readColumns } from "./read-columns";
import { keyTableOf, OffTable, roundKeys, roundValues, scoreJob, type ScoreColumn } from "./round";
import type { ScoreColumnsInput, Scoring, ScoringColumns, UnitRow } from "./types";

/** @internal The input of a run, read (stage 1). */
export interface Prepared {
  readonly fw: Framework;
  readonly c: Compiled;
  readonly n: number;
  readonly m: number;
  readonly units: string[];
  readonly groups: (string | null)[];
  /** values[i·n + u]; NaN = missing. */
  readonly values: Float64Array;
  /** Each column's extremes, kept while reading (see ./layout.ts `ext`), or null. */
  readonly extremes: Float64Array | null;
  /** The rounded columns go to the caller (scoreColumns). */
  readonly out: boolean;
}

/** @internal The float run (stages 2–3): its views, key table, exact path and composite bound. */
export interface Raw {
  readonly p: Prepared;
  readonly v: RunViews;
  /** The key table the scores were rounded to as they were normalised, or null (float scores in `v.norm`). */
  readonly table: KeyTable | null;
  readonly exact: ExactPath;
  readonly errComposite: number;
  /** The scores in `v.norm` are rounded already (a columns run), not floats. */
  readonly rounded?: boolean;
}

/** @internal The rounded columns of one run (stages 5–6). */
export interface Rounded {
  readonly r: Raw;
  /** Rounded scores, values' layout, NaN = missing (empty when keyed). */
  readonly scores: Float64Array;
  /** Rounded components comp[c·n + u], NaN = null (empty when keyed). */
  readonly comps: Float64Array;
  /** The scores and components as keys, for row results. */
  readonly keyed: { readonly scores: KeyColumns; readonly comps: KeyColumns } | null;
  readonly composite: Float64Array;
  /** 0 = no rank. */
  readonly rank: Int32Array;
}

/** Where a run's scratch goes in a buffer lent for the call. */
interface Lent {
  readonly buffer: ArrayBuffer;
  readonly at: number;
}

const shapeOf = (c: Compiled, n: number, table: KeyTable | null, rows: boolean, out: boolean): Shape => ({
  m: c.m,
  n,
  k: c.k,
  keyed: table !== null,
  wide: table !== null && table.T.length > 65536,
  rows,
  out,
});

/** Stage 1 on its own: validate rows and read them into fresh memory. @internal */
export function prepare(framework: Framework, rows: readonly UnitRow[]): Prepared {
  const fw = checkFramework(framework);
  const n = rowCount(rows);
  const c = compiled(fw);
  const iv = carve<InputViews>(planOf(shapeOf(c, n, null, true, false), c.plans).input);
  return { fw, c, n, m: c.m, ...readRows(c, rows, iv.values, iv.ext), values: iv.values, extremes: iv.ext, out: false };
}

/** Stage 1 on its own, for columns. @internal */
export function prepareColumns(framework: Framework, input: ScoreColumnsInput): Prepared {
  const fw = checkFramework(framework);
  const n = columnCount(input);
  const c = compiled(fw);
  const iv = carve<InputViews>(planOf(shapeOf(c, n, null, true, true), c.plans).input);
  return { fw, c, n, m: c.m, ...readColumns(c, input, iv.values, iv.ext), values: iv.values, extremes: iv.ext, out: true };
}

/**
 * Stages 2–3: normalise every column (rounding it to keys at once when `keys` and the framework's
 * key table pays; else to doubles at once when `rounded`, for scoreColumns) and aggregate. A key
 * off its table (not expected) reruns in float. @internal
 */
export function computeRaw(p: Prepared, keys: boolean, lent: Lent | null = null, rounded = false): Raw {
  if (p.c.extended) throw extendedUnsupported();
  const table = keys ? keyTableOf(p.c, p.m * p.n) : null;
  if (table === null) return floatRun(p, null, lent, rounded);
  try {
    return floatRun(p, table, lent, false);
  } catch (e) {
    if (e instanceof OffTable) return floatRun(p, null, null, false);
    throw e;
  }
}

function floatRun(p: Prepared, table: KeyTable | null, lent: Lent | null, rounded: boolean): Raw {
  const { c, n, values } = p;
  const shape = shapeOf(c, n, table, p.extremes !== null, p.out);
  const v = carve<RunViews>(planOf(shape, c.plans).run, lent?.buffer ?? null, lent?.at ?? 0);
  const exact = new ExactPath({ c, n, values, min: v.min, max: v.max, missing: v.missing });
  const nr: NormaliseRun = { c, n, values, extremes: p.extremes, v };
  const sc: ScoreColumn = { c, n, values, missing: v.missing, errNorm: v.errNorm, exact };
  const f = 10 ** c.fw.decimals;
  for (let i = 0; i < c.m; i++) {
    const base = i * n;
    if (columnExtremes(nr, i) === n) {
      if (table !== null) v.keys.fill(table.T.length - 1, base, base + n);
      else v.norm.fill(Number.NaN, base, base + n);
      continue;
    }
    const err = columnBound(nr, i);
    v.errNorm[i] = err;
    if (table === null && !rounded) {
      normaliseColumn(nr, i, v.norm, base);
      continue;
    }
    // Row results: each column rounded to keys as soon as it is normalised (one column of float
    // scratch, not m); columns out: to doubles in place. In one pass where the column allows it.
    const win = Math.max(1e-9, err * f * 2);
    const fused = c.nz[i]!.method === "minmax" && v.min[i] !== v.max[i] && win < 0.49;
    if (table === null) {
      if (fused) fusedValues(nr, sc, i, win);
      else {
        normaliseColumn(nr, i, v.norm, base);
        if (v.summed[i] === 0) sumColumn(c, n, values, v, i, v.norm, base);
        roundValues(scoreJob(sc, i, v.norm, base), v.norm, base);
      }
      continue;
    }
    if (fused) {
      fusedColumn(nr, sc, i, table, win);
      continue;
    }
    normaliseColumn(nr, i, v.scratch, 0);
    if (v.summed[i] === 0) sumColumn(c, n, values, v, i, v.scratch, 0);
    if (!roundKeys(scoreJob(sc, i, v.scratch, 0), v.keys, base, table)) throw new OffTable();
  }
  for (let i = 0; i < c.m; i++) if (v.summed[i] === 0) sumColumn(c, n, values, v, i, v.norm, i * n);
  finishComponents(c, n, v);
  return { p, v, table, exact, errComposite: compositeOf(c, n, v), rounded };
}

/** Solve-for and uncertainty runs do not take the methods of ./methods.ts (nor levels) yet. */
function extendedUnsupported(): PgiError {
  return new PgiError(
    "INVALID_FRAMEWORK",
    {
      en: "this works on frameworks with minmax, goalposts or distanceToTarget normalisations, mean aggregations and one level of components (no parent) only; score such a framework with scoreUnits or scoreColumns",
      vi: "chức năng này chỉ áp dụng cho bộ chỉ số chuẩn hoá bằng minmax, goalposts hoặc distanceToTarget và tổng hợp bằng trung bình cộng, với một cấp thành phần (không có parent); hãy tính điểm bộ chỉ số này bằng scoreUnits hoặc scoreColumns",
    },
    ["framework"],
  );
}

/**
 * Stages 2–6 for a run: the float run (its scores rounded to keys, else to doubles as they are
 * normalised), or the exact run of ./methods.ts when the framework needs it. @internal
 */
function runOf(p: Prepared, lent: Lent | null, keys: boolean): Rounded {
  return p.c.extended ? extendedRun(p) : roundAll(computeRaw(p, keys, lent, !keys));
}

/** Stages 5–6: round every published number (keys stay keys; components follow) and rank. @internal */
export function roundAll(r: Raw): Rounded {
  const { p, v, table, exact } = r;
  const { c, n } = p;
  const d = c.fw.decimals;
  const cd = c.fw.composite.decimals;
  const sc: ScoreColumn = { c, n, values: p.values, missing: v.missing, errNorm: v.errNorm, exact };
  if (table === null && r.rounded !== true) {
    for (let i = 0; i < c.m; i++) {
      if (v.missing[i] === n) v.norm.fill(Number.NaN, i * n, (i + 1) * n);
      else roundValues(scoreJob(sc, i, v.norm, i * n), v.norm, i * n);
    }
  }
  const { present, nullAt } = v;
  for (let j = 0; j < c.k; j++) {
    const cb = j * n;
    const need = c.total[j]!;
    let anyNull = false;
    for (let u = 0; u < n; u++) {
      if (present[cb + u]! * 2 < need) {
        nullAt[u] = 1;
        anyNull = true;
      }
    }
    const job = {
      src: v.comp,
      srcOff: cb,
      len: n,
      decimals: d,
      err: v.errComp[j]!,
      skip: anyNull ? (u: number) => present[cb + u]! * 2 < need : null,
      exact: (u: number) => exact.roundComp(j, u, ["units", u, "components", c.compIds[j]!]),
    };
    if (table === null) roundValues(job, v.comps, cb);
    // A key out of range (not expected: the ranges bound every component): round as values.
    else if (!roundKeys(job, v.compKeys, cb, table)) return roundAll(computeRaw(p, false));
  }
  let anyNull = false;
  for (let u = 0; u < n; u++) if (nullAt[u] === 1) anyNull = true;
  roundValues(
    {
      src: v.compositeRaw,
      srcOff: 0,
      len: n,
      decimals: cd,
      err: r.errComposite,
      skip: anyNull ? (u: number) => nullAt[u] === 1 : null,
      exact: (u: number) => roundRat(exact.composite(u), cd, ["units", u, "composite"]),
    },
    v.composite,
    0,
  );
  const rank = ranksOf(v.composite, cd, v);
  if (table === null) return { r, scores: v.norm, comps: v.comps, keyed: null, composite: v.composite, rank };
  const T = table.T;
  return {
    r,
    scores: v.norm,
    comps: v.comps,
    keyed: { scores: { K: v.keys, T, base: table.base }, comps: { K: v.compKeys, T, base: table.base } },
    composite: v.composite,
    rank,
  };
}

/**
 * Score rows: read into a buffer lent for the call (reused by calls in a row), run, round, and
 * build the frozen records. @internal
 */
export function scoreRows(framework: Framework, rows: readonly UnitRow[]): Scoring {
  const fw = checkFramework(framework);
  const n = rowCount(rows);
  const c = compiled(fw);
  if (c.extended) return buildScoring(partsOf(extendedRun(prepare(fw, rows))));
  const plan = planOf(shapeOf(c, n, keyTableOf(c, c.m * n), true, false), c.plans);
  return withLent(plan.bytes, (buffer) => {
    const iv = carve<InputViews>(plan.input, buffer, 0);
    const read = readRows(c, rows, iv.values, iv.ext);
    const p: Prepared = { fw, c, n, m: c.m, ...read, values: iv.values, extremes: iv.ext, out: false };
    return buildScoring(partsOf(roundAll(computeRaw(p, true, { buffer, at: plan.inputBytes }))));
  });
}

/** Score columns: the values and the scratch in a lent buffer, the rounded columns in one fresh buffer. @internal */
export function scoreColumnsRun(framework: Framework, input: ScoreColumnsInput): ScoringColumns {
  const fw = checkFramework(framework);
  const n = columnCount(input);
  const c = compiled(fw);
  const plan = planOf(shapeOf(c, n, null, true, true), c.plans);
  return withLent(plan.bytes, (buffer) => {
    const iv = carve<InputViews>(plan.input, buffer, 0);
    const read = readColumns(c, input, iv.values, iv.ext);
    const p: Prepared = { fw, c, n, m: c.m, ...read, values: iv.values, extremes: iv.ext, out: true };
    return buildColumns(partsOf(runOf(p, { buffer, at: plan.inputBytes }, false)));
  });
}

/** What building a result needs of a run. @internal */
export function partsOf(o: Rounded): Parts {
  const { p, v } = o.r;
  return {
    c: p.c,
    n: p.n,
    units: p.units,
    groups: p.groups,
    scores: o.scores,
    comps: o.comps,
    keyed: o.keyed,
    composite: o.composite,
    rank: o.rank,
    min: v.min,
    max: v.max,
    missing: v.missing,
    present: v.present,
  };
}

/** Stage 7 for a row result, from a run's rounded columns (stage-by-stage use and tests). @internal */
export function toScoring(o: Rounded): Scoring {
  return buildScoring(partsOf(o));
}
