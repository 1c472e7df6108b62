/**
 * What-if (copy, change, re-score) and the inverse problem (what raw value reaches a score).
 * @module
 */
import { D, toDec, toNum, type Dec } from "../decimal";
import { describe, PgiError, safeEntries } from "../errors";
import type { Framework, LocalizedText } from "../framework/types";
import { deepFreeze, foldName } from "../util";
import { checkFramework, computeRaw, exactComp, exactNorm, finish, guarded, prepare, type Raw, type ScoredUnit, type UnitRow } from "./engine";
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
    throw new PgiError("INVALID_INPUT", `expected the unit's name, got ${describe(unit)}`, ["unit"]);
  }
  const i = rows.findIndex((r) => typeof r === "object" && r !== null && typeof r.unit === "string" && foldName(r.unit) === foldName(unit));
  if (i < 0) throw new PgiError("UNKNOWN_UNIT", `${describe(unit)} is not among the rows`, ["unit"], { unit: typeof unit === "string" ? unit.slice(0, 300) : undefined });
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
  if (typeof request !== "object" || request === null) throw new PgiError("INVALID_INPUT", `expected { unit, changes }, got ${describe(request)}`, []);
  const before = finish(computeRaw(prepare(framework, rows), true));
  const u = rowIndex(rows, request.unit);
  const ids = new Set(framework.indicators.map((i) => i.id));
  const changes: Record<string, number | null> = {};
  for (const [id, v] of safeEntries(request.changes, ["changes"], "the changes")) {
    if (!ids.has(id)) throw new PgiError("UNKNOWN_INDICATOR", `unknown indicator "${id}"`, ["changes", id]);
    changes[id] = v === null ? null : Number(toDec(v, { path: ["changes", id] }).toFixed());
  }
  const changed = rows.map((r, i) => (i === u ? { ...r, indicators: { ...r.indicators, ...changes } } : r));
  const after = finish(computeRaw(prepare(framework, changed), true));
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

function solveForImpl(
  framework: Framework,
  rows: readonly UnitRow[],
  request: { readonly unit: string; readonly component?: string; readonly target: number | string },
): SolveFor {
  if (typeof request !== "object" || request === null) throw new PgiError("INVALID_INPUT", `expected { unit, component?, target }, got ${describe(request)}`, []);
  const p = prepare(framework, rows);
  const r = computeRaw(p);
  const fw = framework;
  const u = rowIndex(rows, request.unit);
  const of = request.component === undefined || request.component === "composite" ? "composite" : request.component;
  const cIndex = of === "composite" ? -1 : fw.components.findIndex((c) => c.id === of);
  if (of !== "composite" && cIndex < 0) {
    throw new PgiError("UNKNOWN_SUBINDEX", `unknown component ${describe(request.component)}; use one of ${fw.components.map((c) => c.id).join(", ")} or "composite"`, ["component"]);
  }
  const T = toDec(request.target, { path: ["target"] });
  const scale = of === "composite" ? fw.composite.scale : fw.components[cIndex]!.scale;
  if (T.lt(scale.min) || T.gt(scale.max)) {
    throw new PgiError("OUT_OF_SCALE", `the target must be between ${scale.min} and ${scale.max}, got ${T.toFixed()}`, ["target"]);
  }
  const n = p.n;
  const k = fw.components.length;
  const compExact: (Dec | null)[] = Array.from({ length: k }, (_, c) => exactComp(r, c, u));
  const scoreOf = (comps: readonly (Dec | null)[]): Dec | null => {
    if (of !== "composite") return comps[cIndex] ?? null;
    let s = new D(0);
    for (let c = 0; c < k; c++) {
      const v = comps[c];
      if (v === null || v === undefined) return null;
      s = s.plus(fw.composite.method === "weightedSum" ? v.times(fw.components[c]!.weight) : v);
    }
    return fw.composite.method === "mean" ? s.div(k) : s;
  };
  const current = scoreOf(compExact);
  const alreadyMet = current !== null && current.gte(T);

  const results: SolvedIndicator[] = [];
  for (let i = 0; i < p.m; i++) {
    const c = p.compOf[i]!;
    if (of !== "composite" && c !== cIndex) continue;
    const ind = fw.indicators[i]!;
    const x0 = p.values[i * n + u]!;
    const cur = Number.isNaN(x0) ? null : x0;
    if (alreadyMet) {
      results.push({ id: ind.id, current: cur, required: cur, change: cur === null ? null : 0, feasible: true, bestScore: null, achievedScore: toNum(current!), verified: true });
      continue;
    }
    // Component score needed.
    let cNeeded: Dec | null;
    if (of === "composite") {
      let others = new D(0);
      let ok = true;
      for (let l = 0; l < k; l++) {
        if (l === c) continue;
        const v = compExact[l];
        if (v === null || v === undefined) ok = false;
        else others = others.plus(fw.composite.method === "weightedSum" ? v.times(fw.components[l]!.weight) : v);
      }
      const w = fw.composite.method === "weightedSum" ? new D(fw.components[c]!.weight) : new D(1);
      const t = fw.composite.method === "mean" ? T.times(k) : T;
      cNeeded = ok ? t.minus(others).div(w) : null;
    } else cNeeded = T;
    // Normalised score needed for indicator i in component c.
    let sumOther = new D(0);
    let wAll = new D(0);
    let presentCount = 0;
    let total = 0;
    for (let j = 0; j < p.m; j++) {
      if (p.compOf[j] !== c) continue;
      total++;
      const present = j === i || !Number.isNaN(p.values[j * n + u]!);
      if (!present) continue;
      presentCount++;
      const wj = new D(p.weights[j]!);
      wAll = wAll.plus(wj);
      if (j !== i) sumOther = sumOther.plus(exactNorm(r, j, u).times(wj));
    }
    const nz = ind.normalization ?? fw.normalization ?? { method: "minmax" as const, range: [1, 10] as const };
    const [a, b] = nz.range;
    const wi = new D(p.weights[i]!);
    const halfOk = presentCount * 2 >= total;
    const sNeeded = cNeeded === null || !halfOk ? null : cNeeded.times(wAll).minus(sumOther).div(wi);
    const bestComp = halfOk ? sumOther.plus(wi.times(b)).div(wAll) : null;
    const bestScore = bestComp === null ? null : scoreOf(compExact.map((v, l) => (l === c ? bestComp : v)));

    // Invert the normalisation.
    let required: Dec | null = null;
    const lower = ind.direction === "lower";
    if (sNeeded !== null && sNeeded.lte(b)) {
      const s = D.max(sNeeded, a);
      if (nz.method === "minmax") {
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
        if (mo === Number.POSITIVE_INFINITY) {
          // The unit alone has values: it always scores the middle of the range.
          required = s.lte(new D(a + b).div(2)) ? new D(String(cur ?? 0)) : null;
        } else if (mo === Mo) {
          // The others are constant at V: V itself scores the middle; beyond V (one step, found by
          // the verification loop below) scores the top of the range.
          required = new D(String(mo));
        } else {
          const m0 = new D(String(mo));
          const M0 = new D(String(Mo));
          const t = s.minus(a).div(new D(b).minus(a));
          required = lower ? M0.minus(t.times(M0.minus(m0))) : m0.plus(t.times(M0.minus(m0)));
        }
      } else if (nz.method === "goalposts") {
        const t = s.minus(a).div(new D(b).minus(a));
        required = lower ? new D(nz.max).minus(t.times(new D(nz.max).minus(nz.min))) : new D(nz.min).plus(t.times(new D(nz.max).minus(nz.min)));
      } else {
        required = new D(nz.low).plus(s.minus(a).div(new D(b).minus(a)).times(new D(nz.target).minus(nz.low)));
      }
    }
    // Round toward the target at the data's precision, then verify by re-scoring.
    let verified = false;
    let achieved: Dec | null = null;
    let answer: number | null = null;
    if (required !== null) {
      let dp = 0;
      for (let v = 0; v < n; v++) {
        const x = p.values[i * n + v]!;
        if (x === x) dp = Math.max(dp, decimalsOf(x));
      }
      dp = Math.min(dp, 6);
      const step = new D(10).pow(-dp);
      const up = nz.method === "distanceToTarget" ? nz.target > nz.low : !lower;
      let x = required.toDecimalPlaces(dp, up ? D.ROUND_CEIL : D.ROUND_FLOOR);
      for (let attempt = 0; attempt < 4 && !verified; attempt++) {
        const changed = rows.map((row, idx) => (idx === u ? { ...row, indicators: { ...row.indicators, [ind.id]: Number(x.toFixed()) } } : row));
        const rr: Raw = computeRaw(prepare(fw, changed));
        const comps = Array.from({ length: k }, (_, l) => exactComp(rr, l, u));
        achieved = scoreOf(comps);
        verified = achieved !== null && achieved.gte(T);
        if (!verified) x = up ? x.plus(step) : x.minus(step);
      }
      answer = verified ? Number(x.toFixed()) : null;
    }
    results.push({
      id: ind.id,
      current: cur,
      required: answer,
      change: answer === null || cur === null ? null : Number(new D(String(answer)).minus(String(cur)).toFixed()),
      feasible: answer !== null,
      bestScore: bestScore === null ? null : toNum(bestScore),
      achievedScore: answer === null || achieved === null ? null : toNum(achieved),
      verified,
    });
  }
  return deepFreeze({
    kind: "solveFor" as const,
    framework: fw.id,
    unit: p.units[u]!,
    of,
    target: toNum(T),
    currentScore: current === null ? null : toNum(current),
    alreadyMet,
    indicators: results,
    note: SOLVE_NOTE,
  }, showScoring);
}
