/**
 * What-if (copy, change, re-score) and the inverse problem (what raw value reaches a score).
 * @module
 */
import { D, toDec, toNum, type Dec } from "../decimal";
import { describe, PgiError, safeEntries } from "../errors";
import type { Framework, LocalizedText } from "../framework/types";
import { deepFreeze, foldName } from "../util";
import { checkFramework } from "./compiled";
import { guarded } from "./engine";
import { computeRaw, prepare, scoreRows, type Prepared, type Raw } from "./run";
import type { ScoredUnit, UnitRow } from "./types";
import { showScoring } from "./render";

/** One unit's scores before or after a change. */
export interface UnitScores {
  readonly components: Readonly<Record<string, number | null>>;
  readonly composite: number | null;
  readonly rank: number | null;
}

/** The result of {@link whatIf}. */
export interface WhatIf {
  readonly kind: "whatIf";
  readonly framework: string;
  readonly unit: string;
  /** The changes applied, as given (numbers; `null` = made missing). */
  readonly changes: Readonly<Record<string, number | null>>;
  /** Every unit whose component scores, composite or rank changed, the changed unit first. */
  readonly moved: readonly { readonly unit: string; readonly before: UnitScores; readonly after: UnitScores }[];
  /** True when units other than the changed one moved (a min or max moved, or ranks shifted). */
  readonly othersMoved: boolean;
  readonly note: LocalizedText;
}

const WHATIF_NOTE: LocalizedText = {
  vi: "Điểm được chuẩn hoá theo giá trị nhỏ nhất và lớn nhất của các đơn vị, nên khi một đơn vị thay đổi, điểm của đơn vị khác cũng có thể thay đổi (khi giá trị nhỏ nhất hoặc lớn nhất dịch chuyển) và thứ hạng có thể thay đổi.",
  en: "Scores are rescaled by the units' minimum and maximum, so changing one unit can move other units' scores too (when a minimum or maximum moves) and their ranks.",
};

function rowIndex(rows: readonly UnitRow[], unit: unknown): number {
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new PgiError("INVALID_INPUT", { en: `expected the unit's name, got ${describe(unit)}`, vi: `cần tên đơn vị, nhận được ${describe(unit)}` }, ["unit"]);
  }
  const i = rows.findIndex((r) => typeof r === "object" && r !== null && typeof r.unit === "string" && foldName(r.unit) === foldName(unit));
  if (i < 0) {
    throw new PgiError("UNKNOWN_UNIT", { en: `${describe(unit)} is not among the rows`, vi: `không có đơn vị ${describe(unit)} trong các dòng số liệu` }, ["unit"], { unit: typeof unit === "string" ? unit.slice(0, 60) : undefined });
  }
  return i;
}

function scoresOf(u: ScoredUnit): UnitScores {
  return { components: u.components, composite: u.composite, rank: u.rank };
}

function same(a: UnitScores, b: UnitScores): boolean {
  if (a.composite !== b.composite || a.rank !== b.rank) return false;
  for (const k of Object.keys(a.components)) if (a.components[k] !== b.components[k]) return false;
  return true;
}

/**
 * Re-score with one unit's raw indicators changed (copy, change, re-score) and return old and new
 * scores and ranks for **every unit that moved** — including other units, whose scores shift when
 * the change moves an indicator's minimum or maximum. The result says so (`othersMoved`, `note`).
 * The input rows are not changed.
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT`, `UNKNOWN_INDICATOR` (path `changes.<id>`),
 * `INVALID_NUMBER`, and the errors of {@link scoreUnits}.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }] });
 * const rows = [{ unit: "A", indicators: { waste: 90 } }, { unit: "B", indicators: { waste: 60 } }, { unit: "C", indicators: { waste: 70 } }];
 * const w = whatIf(fw, rows, { unit: "A", changes: { waste: 80 } });
 * w.moved.map((m) => [m.unit, m.before.composite, m.after.composite]); // [["A", 10, 10], ["C", 4, 5.5]]
 * w.othersMoved; // true
 * ```
 */
export function whatIf(framework: Framework, rows: readonly UnitRow[], request: { readonly unit: string; readonly changes: Readonly<Record<string, number | string | null>> }): WhatIf {
  return guarded(() => whatIfImpl(checkFramework(framework), rows, request));
}

function whatIfImpl(framework: Framework, rows: readonly UnitRow[], request: { readonly unit: string; readonly changes: Readonly<Record<string, number | string | null>> }): WhatIf {
  if (typeof request !== "object" || request === null) {
    throw new PgiError("INVALID_INPUT", { en: `expected { unit, changes }, got ${describe(request)}`, vi: `cần { unit, changes }, nhận được ${describe(request)}` }, []);
  }
  const before = scoreRows(framework, rows);
  const u = rowIndex(rows, request.unit);
  const ids = new Set(framework.indicators.map((i) => i.id));
  const changes: Record<string, number | null> = {};
  for (const [id, v] of safeEntries(request.changes, ["changes"], { en: "the changes", vi: "các thay đổi" })) {
    if (!ids.has(id)) throw new PgiError("UNKNOWN_INDICATOR", { en: `unknown indicator ${describe(id)}`, vi: `không có chỉ tiêu ${describe(id)} trong bộ chỉ số` }, ["changes", id]);
    changes[id] = v === null ? null : Number(toDec(v, { path: ["changes", id] }).toFixed());
  }
  const changed = rows.map((r, i) => (i === u ? { ...r, indicators: { ...r.indicators, ...changes } } : r));
  const after = scoreRows(framework, changed);
  const moved: { unit: string; before: UnitScores; after: UnitScores }[] = [];
  for (let i = 0; i < before.units.length; i++) {
    const a = scoresOf(before.units[i]!);
    const b = scoresOf(after.units[i]!);
    if (!same(a, b)) moved.push({ unit: before.units[i]!.unit, before: a, after: b });
  }
  moved.sort((x, y) => (x.unit === before.units[u]!.unit ? -1 : y.unit === before.units[u]!.unit ? 1 : 0));
  const name = before.units[u]!.unit;
  if (!moved.some((m) => m.unit === name)) {
    moved.unshift({ unit: name, before: scoresOf(before.units[u]!), after: scoresOf(after.units[u]!) });
  }
  return deepFreeze({
    kind: "whatIf" as const,
    framework: framework.id,
    unit: name,
    changes,
    moved,
    othersMoved: moved.some((m) => m.unit !== name && !same(m.before, m.after)),
    note: WHATIF_NOTE,
  }, showScoring);
}

/** One indicator's answer in {@link solveFor}. */
export interface SolvedIndicator {
  readonly id: string;
  /** The unit's current raw value (`null` when missing). */
  readonly current: number | null;
  /** The raw value needed, everything else fixed; `null` when infeasible. */
  readonly required: number | null;
  /** required − current (`null` when either is missing). */
  readonly change: number | null;
  readonly feasible: boolean;
  /** The score (of the target component or composite) at the best raw value of this indicator. */
  readonly bestScore: number | null;
  /** The score after re-scoring with `required` (2 dp, half-up); `null` when infeasible. */
  readonly achievedScore: number | null;
  /** True when re-scoring with `required` reaches the target. */
  readonly verified: boolean;
}

/** The result of {@link solveFor}. */
export interface SolveFor {
  readonly kind: "solveFor";
  readonly framework: string;
  readonly unit: string;
  /** A component id, or `"composite"`. */
  readonly of: string;
  readonly target: number;
  readonly currentScore: number | null;
  readonly alreadyMet: boolean;
  readonly indicators: readonly SolvedIndicator[];
  readonly note: LocalizedText;
}

const SOLVE_NOTE: LocalizedText = {
  vi: "Mỗi dòng thay đổi một chỉ tiêu, giữ nguyên mọi giá trị khác; điểm là điểm tương đối nên nếu đơn vị khác thay đổi, giá trị cần đạt cũng thay đổi.",
  en: "Each row changes one indicator with everything else fixed; scores are relative, so the value needed moves when other units change.",
};

function decimalsOf(x: number): number {
  const s = String(x);
  const e = s.indexOf("e");
  if (e >= 0) return Math.max(0, -Number(s.slice(e + 1)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * The inverse problem: for each indicator of a component (or every indicator, for the
 * composite), the raw value the unit needs — everything else fixed — to reach `target`, or
 * `feasible: false` with the best reachable score.
 *
 * The unit's normalised score of an indicator is solved for exactly (Decimal) from the
 * component mean (and the composite rule), then inverted through the normalisation using the
 * **other** units' minimum and maximum, so the answer stays right when the unit becomes the new
 * minimum or maximum (beyond the others' maximum a `higher` indicator scores the top of the range).
 * Answers are rounded toward the target at the data's own precision (the most decimals among the
 * indicator's values), and each is checked by re-scoring: `verified` and `achievedScore` say
 * what re-scoring gave. The target is reached when the unrounded score is ≥ `target`.
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT`, `UNKNOWN_SUBINDEX` (unknown component),
 * `INVALID_NUMBER`/`OUT_OF_SCALE` for the target, and the errors of {@link scoreUnits}.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }] });
 * const rows = [
 *   { unit: "A", indicators: { waste: 90, floods: 2 } },
 *   { unit: "B", indicators: { waste: 60, floods: 5 } },
 *   { unit: "C", indicators: { waste: 70, floods: 3 } },
 * ];
 * const s = solveFor(fw, rows, { unit: "C", component: "env", target: 7 });
 * s.indicators.map((i) => [i.id, i.required, i.feasible, i.verified]); // [["waste", 80, true, true], ["floods", 2, true, true]]
 * ```
 */
export function solveFor(
  framework: Framework,
  rows: readonly UnitRow[],
  request: { readonly unit: string; readonly component?: string; readonly target: number | string },
): SolveFor {
  return guarded(() => solveForImpl(checkFramework(framework), rows, request));
}

/** A solve-for request, checked, and what every indicator's answer shares. */
interface Solving {
  readonly fw: Framework;
  readonly rows: readonly UnitRow[];
  readonly p: Prepared;
  readonly r: Raw;
  /** The unit's row. */
  readonly u: number;
  /** A component id, or "composite"; its index (−1 for the composite). */
  readonly of: string;
  readonly cIndex: number;
  readonly target: Dec;
  /** The unit's exact component scores (null below the half rule). */
  readonly comps: readonly (Dec | null)[];
}

/** The score solved for (the component, or the composite by the framework's rule) from component scores. */
function scoreOf(s: Solving, comps: readonly (Dec | null)[]): Dec | null {
  const { fw } = s;
  if (s.of !== "composite") return comps[s.cIndex] ?? null;
  const k = fw.components.length;
  let sum = new D(0);
  for (let c = 0; c < k; c++) {
    const v = comps[c];
    if (v === null || v === undefined) return null;
    sum = sum.plus(fw.composite.method === "weightedSum" ? v.times(fw.components[c]!.weight) : v);
  }
  return fw.composite.method === "mean" ? sum.div(k) : sum;
}

/** Check the request and score the rows once. */
function solving(fw: Framework, rows: readonly UnitRow[], request: { readonly unit: string; readonly component?: string; readonly target: number | string }): Solving {
  if (typeof request !== "object" || request === null) {
    throw new PgiError("INVALID_INPUT", { en: `expected { unit, component?, target }, got ${describe(request)}`, vi: `cần { unit, component?, target }, nhận được ${describe(request)}` }, []);
  }
  const p = prepare(fw, rows);
  const r = computeRaw(p, false);
  const u = rowIndex(rows, request.unit);
  const of = request.component === undefined || request.component === "composite" ? "composite" : request.component;
  const cIndex = of === "composite" ? -1 : fw.components.findIndex((c) => c.id === of);
  if (of !== "composite" && cIndex < 0) {
    const ids = fw.components.map((c) => c.id).join(", ");
    throw new PgiError(
      "UNKNOWN_SUBINDEX",
      { en: `unknown component ${describe(request.component)}; use one of ${ids} or "composite"`, vi: `không có thành phần ${describe(request.component)}; dùng một trong ${ids} hoặc "composite"` },
      ["component"],
    );
  }
  const target = toDec(request.target, { path: ["target"] });
  const scale = of === "composite" ? fw.composite.scale : fw.components[cIndex]!.scale;
  if (target.lt(scale.min) || target.gt(scale.max)) {
    const [lo, hi, got] = [String(scale.min), String(scale.max), target.toFixed()];
    throw new PgiError(
      "OUT_OF_SCALE",
      { en: `the target must be between ${lo} and ${hi}, got ${got}`, vi: `mục tiêu phải nằm trong khoảng ${lo.replace(".", ",")}–${hi.replace(".", ",")}, nhận được ${got.replace(".", ",")}` },
      ["target"],
    );
  }
  const comps = fw.components.map((_, c) => r.exact.compDec(c, u, r.v.present));
  return { fw, rows, p, r, u, of, cIndex, target, comps };
}

/** Pass 1 — the score component c needs for the target, the other components fixed (null: another is missing). */
function neededComponent(s: Solving, c: number): Dec | null {
  if (s.of !== "composite") return s.target;
  const { fw } = s;
  const k = fw.components.length;
  let others = new D(0);
  for (let l = 0; l < k; l++) {
    if (l === c) continue;
    const v = s.comps[l];
    if (v === null || v === undefined) return null;
    others = others.plus(fw.composite.method === "weightedSum" ? v.times(fw.components[l]!.weight) : v);
  }
  const w = fw.composite.method === "weightedSum" ? new D(fw.components[c]!.weight) : new D(1);
  const t = fw.composite.method === "mean" ? s.target.times(k) : s.target;
  return t.minus(others).div(w);
}

/**
 * Pass 2 — the normalised score indicator i needs for its component to reach `cNeeded`, the
 * other indicators fixed (null below the half rule), and the best score reachable by i alone.
 */
function neededScore(s: Solving, i: number, cNeeded: Dec | null): { needed: Dec | null; best: Dec | null } {
  const { p, r, u } = s;
  const { c: cc, n } = p;
  const c = cc.compOf[i]!;
  let sumOther = new D(0);
  let wAll = new D(0);
  let presentCount = 0;
  for (let j = 0; j < p.m; j++) {
    if (cc.compOf[j] !== c) continue;
    if (j !== i && Number.isNaN(p.values[j * n + u]!)) continue;
    presentCount++;
    const wj = new D(cc.weights[j]!);
    wAll = wAll.plus(wj);
    if (j !== i) sumOther = sumOther.plus(r.exact.normDec(j, u).times(wj));
  }
  if (presentCount * 2 < cc.total[c]!) return { needed: null, best: null };
  const wi = new D(cc.weights[i]!);
  const top = cc.nz[i]!.range[1];
  const bestComp = sumOther.plus(wi.times(top)).div(wAll);
  return {
    needed: cNeeded === null ? null : cNeeded.times(wAll).minus(sumOther).div(wi),
    best: scoreOf(s, s.comps.map((v, l) => (l === c ? bestComp : v))),
  };
}

/**
 * Pass 3 — invert the normalisation: the raw value that scores `needed`. Min–max uses the other
 * units' extremes, so the answer holds when the unit becomes the new minimum or maximum.
 */
function invert(s: Solving, i: number, needed: Dec): Dec | null {
  const { p, u } = s;
  const n = p.n;
  const nz = p.c.nz[i]!;
  const [a, b] = nz.range;
  if (!needed.lte(b)) return null;
  const sc = D.max(needed, a);
  const t = sc.minus(a).div(new D(b).minus(a));
  const lower = p.c.lower[i] === 1;
  if (nz.method === "goalposts") return lower ? new D(nz.max).minus(t.times(new D(nz.max).minus(nz.min))) : new D(nz.min).plus(t.times(new D(nz.max).minus(nz.min)));
  if (nz.method === "distanceToTarget") return new D(nz.low).plus(t.times(new D(nz.target).minus(nz.low)));
  let mo = Number.POSITIVE_INFINITY;
  let Mo = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    if (v === u) continue;
    const x = p.values[i * n + v]!;
    if (x === x) {
      if (x < mo) mo = x;
      if (x > Mo) Mo = x;
    }
  }
  const x0 = p.values[i * n + u]!;
  // The unit alone has values: it always scores the middle of the range.
  if (mo === Number.POSITIVE_INFINITY) return sc.lte(new D(a + b).div(2)) ? new D(String(Number.isNaN(x0) ? 0 : x0)) : null;
  // The others are constant at V: V itself scores the middle; beyond V (one step, found by the
  // verification) scores the top of the range.
  if (mo === Mo) return new D(String(mo));
  const m0 = new D(String(mo));
  const M0 = new D(String(Mo));
  return lower ? M0.minus(t.times(M0.minus(m0))) : m0.plus(t.times(M0.minus(m0)));
}

/**
 * Pass 4 — round the raw value toward the target at the data's precision (at most 6 decimals) and
 * verify it by re-scoring, stepping toward the target up to three times.
 */
function verify(s: Solving, i: number, required: Dec): { answer: number | null; achieved: Dec | null; verified: boolean } {
  const { fw, p, u, rows } = s;
  const n = p.n;
  const nz = p.c.nz[i]!;
  const id = p.c.ids[i]!;
  let dp = 0;
  for (let v = 0; v < n; v++) {
    const x = p.values[i * n + v]!;
    if (x === x) dp = Math.max(dp, decimalsOf(x));
  }
  dp = Math.min(dp, 6);
  const step = new D(10).pow(-dp);
  const up = nz.method === "distanceToTarget" ? nz.target > nz.low : p.c.lower[i] !== 1;
  let x = required.toDecimalPlaces(dp, up ? D.ROUND_CEIL : D.ROUND_FLOOR);
  let verified = false;
  let achieved: Dec | null = null;
  for (let attempt = 0; attempt < 4 && !verified; attempt++) {
    const changed = rows.map((row, idx) => (idx === u ? { ...row, indicators: { ...row.indicators, [id]: Number(x.toFixed()) } } : row));
    const rr = computeRaw(prepare(fw, changed), false);
    achieved = scoreOf(s, fw.components.map((_, l) => rr.exact.compDec(l, u, rr.v.present)));
    verified = achieved !== null && achieved.gte(s.target);
    if (!verified) x = up ? x.plus(step) : x.minus(step);
  }
  return { answer: verified ? Number(x.toFixed()) : null, achieved, verified };
}

function solveForImpl(
  framework: Framework,
  rows: readonly UnitRow[],
  request: { readonly unit: string; readonly component?: string; readonly target: number | string },
): SolveFor {
  const s = solving(framework, rows, request);
  const { p, u } = s;
  const current = scoreOf(s, s.comps);
  const alreadyMet = current !== null && current.gte(s.target);
  const results: SolvedIndicator[] = [];
  for (let i = 0; i < p.m; i++) {
    const c = p.c.compOf[i]!;
    if (s.of !== "composite" && c !== s.cIndex) continue;
    const x0 = p.values[i * p.n + u]!;
    const cur = Number.isNaN(x0) ? null : x0;
    const id = p.c.ids[i]!;
    if (alreadyMet) {
      results.push({ id, current: cur, required: cur, change: cur === null ? null : 0, feasible: true, bestScore: null, achievedScore: toNum(current!), verified: true });
      continue;
    }
    const { needed, best } = neededScore(s, i, neededComponent(s, c));
    const required = needed === null ? null : invert(s, i, needed);
    const { answer, achieved, verified } = required === null ? { answer: null, achieved: null, verified: false } : verify(s, i, required);
    results.push({
      id,
      current: cur,
      required: answer,
      change: answer === null || cur === null ? null : Number(new D(String(answer)).minus(String(cur)).toFixed()),
      feasible: answer !== null,
      bestScore: best === null ? null : toNum(best),
      achievedScore: answer === null || achieved === null ? null : toNum(achieved),
      verified,
    });
  }
  return deepFreeze({
    kind: "solveFor" as const,
    framework: framework.id,
    unit: p.units[u]!,
    of: s.of,
    target: toNum(s.target),
    currentScore: current === null ? null : toNum(current),
    alreadyMet,
    indicators: results,
    note: SOLVE_NOTE,
  }, showScoring);
}
