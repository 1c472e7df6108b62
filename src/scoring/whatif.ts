/**
 * What-if (copy, change, re-score) and the inverse problem (what raw value reaches a score).
 * @module
 */
import { D, roundDec, toDec, toNum, type Dec } from "../decimal";
import { describe, PgiError, safeEntries } from "../errors";
import type { Framework, LocalizedText } from "../framework/types";
import { deepFreeze } from "../util";
import { checkFramework, compiled } from "./compiled";
import { guarded } from "./engine";
import { computeRaw, prepare, scoreRows, type Prepared, type Raw } from "./run";
import { needsPreparation, scoreAnyRows } from "./prepare";
import type { ScoredUnit, UnitRow } from "./types";
import { showScoring } from "./render";
import { answerDecimals, onlyOf, requestOf, rowIndex, SOLVE_NOTE } from "./solve-request";
import { solveBySearch } from "./solve-search";

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
  /** The changes applied (numbers; `null` = made missing by `"missing"`). */
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

/** The word that makes a value missing in {@link whatIf}'s changes. */
const MISSING = "missing";

/** One change: a number (or numeric text), or the explicit `"missing"`; `null` is refused. */
function changeValue(id: string, v: unknown): number | null {
  if (v === null || v === undefined) {
    throw new PgiError(
      "INVALID_NUMBER",
      {
        en: `the change of ${describe(id)} is ${v === null ? "null" : "undefined"}; pass the new value, or "missing" to make the value missing (an infeasible solveFor answers required: null — there is no value to apply)`,
        vi: `giá trị thay đổi của ${describe(id)} để trống; hãy ghi giá trị mới, hoặc "missing" để coi như thiếu số liệu (khi solveFor không tìm được giá trị cần đạt thì không có giá trị nào để áp dụng)`,
      },
      ["changes", id],
    );
  }
  if (typeof v === "string" && v.trim().toLowerCase() === MISSING) return null;
  return Number(toDec(v as number | string, { path: ["changes", id] }).toFixed());
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
 * The input rows are not changed. A change is a number (or numeric text such as `"12,5"`); to
 * make a value missing, pass the word `"missing"`. `null` is refused, so an infeasible
 * {@link solveFor} answer (`required: null`) cannot pass for "make it missing".
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT`, `UNKNOWN_INDICATOR` (path `changes.<id>`),
 * `INVALID_NUMBER` (also for `null`), and the errors of {@link scoreUnits}.
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
 *
 * @example
 * ```ts
 * // Treatment and imputation in the framework are re-run on the changed rows.
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }],
 *   treatment: { method: "auto" }, imputation: { method: "median" } });
 * const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 100, 200, 400, null]
 *   .map((x, u) => ({ unit: `U${u + 1}`, indicators: { waste: x } }));
 * scoreUnits(fw, rows).imputed; // [{ unit: "U24", indicator: "waste", value: 12 }]
 * const w = whatIf(fw, rows, { unit: "U24", changes: { waste: 800 } });
 * [w.moved[0].unit, w.moved[0].before.composite, w.moved[0].after.composite]; // ["U24", 6.21, 10]
 * ```
 */
export function whatIf(
  framework: Framework,
  rows: readonly UnitRow[],
  request: { readonly unit: string; readonly changes: Readonly<Record<string, number | string>> },
): WhatIf {
  return guarded(() => whatIfImpl(checkFramework(framework), rows, request));
}

function whatIfImpl(
  framework: Framework,
  rows: readonly UnitRow[],
  request: { readonly unit: string; readonly changes: Readonly<Record<string, number | string>> },
): WhatIf {
  if (typeof request !== "object" || request === null) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected { unit, changes }, got ${describe(request)}`, vi: `cần { unit, changes }, nhận được ${describe(request)}` },
      [],
    );
  }
  const before = scoreAnyRows(framework, rows);
  const u = rowIndex(rows, request.unit);
  const ids = new Set(framework.indicators.map((i) => i.id));
  const changes: Record<string, number | null> = {};
  for (const [id, v] of safeEntries(request.changes, ["changes"], { en: "the changes", vi: "các thay đổi" })) {
    if (!ids.has(id))
      throw new PgiError("UNKNOWN_INDICATOR", { en: `unknown indicator ${describe(id)}`, vi: `không có chỉ tiêu ${describe(id)} trong bộ chỉ số` }, [
        "changes",
        id,
      ]);
    changes[id] = changeValue(id, v);
  }
  const changed = rows.map((r, i) => (i === u ? { ...r, indicators: { ...r.indicators, ...changes } } : r));
  const after = scoreAnyRows(framework, changed);
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
  return deepFreeze(
    {
      kind: "whatIf" as const,
      framework: framework.id,
      unit: name,
      changes,
      moved,
      othersMoved: moved.some((m) => m.unit !== name && !same(m.before, m.after)),
      note: WHATIF_NOTE,
    },
    showScoring,
  );
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
  /** The score after re-scoring with `required`, rounded as published (half-up); `null` when infeasible. */
  readonly achievedScore: number | null;
  /** True when re-scoring with `required` reaches the target. */
  readonly verified: boolean;
}

/**
 * A {@link solveFor} request: the unit, and either a `target` score (of `component`, or the
 * composite) or a `rank` to reach (composite only); `indicator` answers for that indicator only;
 * `decimals` sets the answers' precision
 * (default: the decimals the indicator's data is given with, at most 6).
 */
export type SolveRequest =
  | {
      readonly unit: string;
      readonly component?: string;
      readonly indicator?: string;
      readonly target: number | string;
      readonly rank?: undefined;
      readonly decimals?: number;
    }
  | {
      readonly unit: string;
      readonly component?: undefined;
      readonly indicator?: string;
      readonly rank: number;
      readonly target?: undefined;
      readonly decimals?: number;
    };

/** The result of {@link solveFor}. */
export interface SolveFor {
  readonly kind: "solveFor";
  readonly framework: string;
  readonly unit: string;
  /** A component id, or `"composite"`. */
  readonly of: string;
  /** The score to reach (for a `rank`: the composite that reaches it with the others as they are). */
  readonly target: number;
  /** The rank asked for, when the request gave one. */
  readonly rank?: number;
  readonly currentScore: number | null;
  readonly alreadyMet: boolean;
  readonly indicators: readonly SolvedIndicator[];
  readonly note: LocalizedText;
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
 * The target is reached as ranks see it: when the score, **rounded** half-up at its published
 * decimals, is ≥ `target` (so 12.345 reaches 12.35). Each answer is the smallest value (largest,
 * for a lower-is-better indicator) at the indicator's own precision — the most decimals among its
 * values, at most 6, or `decimals` when given — that reaches the target, checked by re-scoring:
 * `verified` and `achievedScore` say what re-scoring gave.
 *
 * With treatment or imputation in the framework, or a normalisation or aggregation without a
 * closed-form inverse (rank, z-score, geometric mean…), the answer is found by search over
 * re-scorings that re-run every stage: stepping out to a value that reaches the target, then 32
 * samples and bisection on the indicator's grid — the smallest such value when the score does not
 * fall as the value improves (every method; treatment can break it, see docs/methodology.md).
 * Multi-level frameworks are solved by the same search (a component's indicators are those below it).
 *
 * Instead of a score, `rank` asks for a place in the ranking (by the composite): the answer is the
 * smallest value with which re-scoring ranks the unit there or better, found by bisection over
 * re-scorings (the others' scores move when the unit moves their minimum or maximum; the unit's
 * rank never worsens as its value improves). `target` then reports the rank-th best composite of
 * the other units before any change.
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT`, `UNKNOWN_SUBINDEX` (unknown component),
 * `INVALID_NUMBER`/`OUT_OF_SCALE` for the target, `INVALID_INPUT` for both or neither of `target`
 * and `rank`, a rank that is not a whole number from 1, a rank with a component, or bad
 * `decimals`, and the errors of {@link scoreUnits}.
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
 * solveFor(fw, rows, { unit: "B", rank: 2 }).indicators.map((i) => [i.id, i.required]); // [["waste", 84], ["floods", 2]]
 * ```
 */
export function solveFor(framework: Framework, rows: readonly UnitRow[], request: SolveRequest): SolveFor {
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
  /** The exact score that rounds (half-up, at `scoreDp`) to `target`: what is solved for. */
  readonly goal: Dec;
  /** The decimals the score solved for is published (and ranked) at. */
  readonly scoreDp: number;
  /** The rank asked for (composite only), or null. */
  readonly rank: number | null;
  /** The decimals of answers (given, or the data's own); null = the data's own per indicator. */
  readonly answerDp: number | null;
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

/** Whether an exact score reaches the target once rounded (half-up, at the score's decimals), as ranks see it. */
function reached(s: Solving, score: Dec | null): boolean {
  return score !== null && roundDec(score, s.scoreDp).gte(s.target);
}

/** Check the request and score the rows once. */
function solving(fw: Framework, rows: readonly UnitRow[], request: SolveRequest): Solving {
  if (typeof request !== "object" || request === null) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected { unit, component?, target } or { unit, rank }, got ${describe(request)}`,
        vi: `cần { unit, component?, target } hoặc { unit, rank }, nhận được ${describe(request)}`,
      },
      [],
    );
  }
  const p = prepare(fw, rows);
  const r = computeRaw(p, false);
  const { u, of, cIndex, rank, answerDp, target, scoreDp } = requestOf(fw, rows, request);
  const comps = fw.components.map((_, c) => r.exact.compDec(c, u, r.v.present));
  // Half-up: x rounds to ≥ target exactly when x ≥ target − ½·10^−dp (for a target ≥ 0).
  const half = new D(10).pow(-scoreDp).div(2);
  const goal = target.gt(0) ? target.minus(half) : target;
  return { fw, rows, p, r, u, of, cIndex, target, goal, scoreDp, rank, answerDp, comps };
}

/** Pass 1 — the score component c needs for the target, the other components fixed (null: another is missing). */
function neededComponent(s: Solving, c: number): Dec | null {
  if (s.of !== "composite") return s.goal;
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
  const t = fw.composite.method === "mean" ? s.goal.times(k) : s.goal;
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
    best: scoreOf(
      s,
      s.comps.map((v, l) => (l === c ? bestComp : v)),
    ),
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
  if (nz.method === "goalposts")
    return lower ? new D(nz.max).minus(t.times(new D(nz.max).minus(nz.min))) : new D(nz.min).plus(t.times(new D(nz.max).minus(nz.min)));
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
 * Pass 4 — round the raw value toward the target at the answer's precision and verify it by
 * re-scoring, stepping toward the target up to three times.
 */
function verify(s: Solving, i: number, required: Dec): { answer: number | null; achieved: Dec | null; verified: boolean } {
  const { fw, p, u, rows } = s;
  const nz = p.c.nz[i]!;
  const id = p.c.ids[i]!;
  const dp = answerDecimals(s, i);
  const step = new D(10).pow(-dp);
  const up = nz.method === "distanceToTarget" ? nz.target > nz.low : p.c.lower[i] !== 1;
  let x = required.toDecimalPlaces(dp, up ? D.ROUND_CEIL : D.ROUND_FLOOR);
  let verified = false;
  let achieved: Dec | null = null;
  for (let attempt = 0; attempt < 4 && !verified; attempt++) {
    const changed = rows.map((row, idx) => (idx === u ? { ...row, indicators: { ...row.indicators, [id]: Number(x.toFixed()) } } : row));
    const rr = computeRaw(prepare(fw, changed), false);
    achieved = scoreOf(
      s,
      fw.components.map((_, l) => rr.exact.compDec(l, u, rr.v.present)),
    );
    verified = reached(s, achieved) && (s.rank === null || (scoreRows(fw, changed).units[u]!.rank ?? Infinity) <= s.rank);
    if (!verified) x = up ? x.plus(step) : x.minus(step);
  }
  return { answer: verified ? Number(x.toFixed()) : null, achieved: achieved === null ? null : roundDec(achieved, s.scoreDp), verified };
}

/**
 * A rank target: the other units' scores move as the unit's value moves their minimum or maximum,
 * but the unit's rank never worsens as its value improves (another unit's lead over it only
 * shrinks), so the smallest improving value at the answer's precision that reaches the rank is
 * found by bisection over re-scorings, between the current value and the best one (the others'
 * extreme one step beyond, a goalpost, or the target).
 */
function searchRank(s: Solving, i: number, rank: number): { answer: number | null; achieved: Dec | null; verified: boolean } {
  const { fw, p, u, rows } = s;
  const n = p.n;
  const nz = p.c.nz[i]!;
  const id = p.c.ids[i]!;
  const dp = answerDecimals(s, i);
  const step = new D(10).pow(-dp);
  const up = nz.method === "distanceToTarget" ? nz.target > nz.low : p.c.lower[i] !== 1;
  let mo = Number.POSITIVE_INFINITY;
  let Mo = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    const x = p.values[i * n + v]!;
    if (v !== u && x === x) {
      mo = Math.min(mo, x);
      Mo = Math.max(Mo, x);
    }
  }
  if (mo === Number.POSITIVE_INFINITY) return { answer: null, achieved: null, verified: false };
  const bestRaw = nz.method === "goalposts" ? (up ? nz.max : nz.min) : nz.method === "distanceToTarget" ? nz.target : up ? Mo : mo;
  const worstRaw = nz.method === "goalposts" ? (up ? nz.min : nz.max) : nz.method === "distanceToTarget" ? nz.low : up ? mo : Mo;
  const x0 = p.values[i * n + u]!;
  // Grid positions k·step, counted in the improving direction (sign −1 for lower-is-better).
  const sgn = up ? 1 : -1;
  const kOf = (x: number, mode: "down" | "up") =>
    new D(String(x))
      .times(sgn)
      .div(step)
      .toDecimalPlaces(0, mode === "up" ? D.ROUND_CEIL : D.ROUND_FLOOR);
  let kLo = kOf(x0 === x0 ? x0 : worstRaw, "down");
  const kHi = D.max(kOf(bestRaw, "up").plus(1), kLo);
  const at = (k: Dec) => {
    const x = Number(k.times(step).times(sgn).toFixed());
    const changed = rows.map((row, idx) => (idx === u ? { ...row, indicators: { ...row.indicators, [id]: x } } : row));
    const scored = scoreRows(fw, changed).units[u]!;
    return { x, ok: (scored.rank ?? Number.POSITIVE_INFINITY) <= rank, composite: scored.composite };
  };
  let hi = at(kHi);
  if (!hi.ok) return { answer: null, achieved: null, verified: false };
  let kH = kHi;
  // Invariant: position kLo does not reach the rank (the current value does not: not already met), kH does.
  while (kH.minus(kLo).gt(1)) {
    const mid = kLo.plus(kH).div(2).floor();
    const r = at(mid);
    if (r.ok) {
      kH = mid;
      hi = r;
    } else kLo = mid;
  }
  return { answer: hi.x, achieved: hi.composite === null ? null : new D(String(hi.composite)), verified: true };
}

function solveForImpl(framework: Framework, rows: readonly UnitRow[], request: SolveRequest): SolveFor {
  const c = compiled(framework);
  // No closed-form inverse through treatment, imputation or the methods of ./methods.ts: search.
  // Multi-level frameworks too: a component's indicators are those below it (./levels.ts).
  if (c.extended || needsPreparation(framework)) return solveBySearch(framework, rows, request);
  const s = solving(framework, rows, request);
  const { p, u } = s;
  const only = onlyOf(p, s.of, s.cIndex, request);
  const current = scoreOf(s, s.comps);
  const alreadyMet = s.rank !== null ? (scoreRows(framework, rows).units[u]!.rank ?? Infinity) <= s.rank : reached(s, current);
  const results: SolvedIndicator[] = [];
  for (let i = 0; i < p.m; i++) {
    const c = p.c.compOf[i]!;
    if (s.of !== "composite" && c !== s.cIndex) continue;
    if (only !== undefined && p.c.ids[i] !== only) continue;
    const x0 = p.values[i * p.n + u]!;
    const cur = Number.isNaN(x0) ? null : x0;
    const id = p.c.ids[i]!;
    if (alreadyMet) {
      results.push({
        id,
        current: cur,
        required: cur,
        change: cur === null ? null : 0,
        feasible: true,
        bestScore: null,
        achievedScore: toNum(current!, s.scoreDp),
        verified: true,
      });
      continue;
    }
    const { needed, best } = neededScore(s, i, neededComponent(s, c));
    const required = s.rank !== null || needed === null ? null : invert(s, i, needed);
    const { answer, achieved, verified } =
      s.rank !== null ? searchRank(s, i, s.rank) : required === null ? { answer: null, achieved: null, verified: false } : verify(s, i, required);
    results.push({
      id,
      current: cur,
      required: answer,
      change: answer === null || cur === null ? null : Number(new D(String(answer)).minus(String(cur)).toFixed()),
      feasible: answer !== null,
      bestScore: best === null ? null : toNum(best, s.scoreDp),
      achievedScore: answer === null || achieved === null ? null : toNum(achieved, s.scoreDp),
      verified,
    });
  }
  return deepFreeze(
    {
      kind: "solveFor" as const,
      framework: framework.id,
      unit: p.units[u]!,
      of: s.of,
      target: toNum(s.target, s.scoreDp),
      ...(s.rank !== null ? { rank: s.rank } : {}),
      currentScore: current === null ? null : toNum(current, s.scoreDp),
      alreadyMet,
      indicators: results,
      note: SOLVE_NOTE,
    },
    showScoring,
  );
}
