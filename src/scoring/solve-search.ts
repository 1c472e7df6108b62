/**
 * Solve-for by search over re-scorings, for frameworks without a closed-form inverse (treatment,
 * imputation, the methods of ./methods.ts). See {@link solveBySearch}.
 * @internal
 * @module
 */
import { indicatorUnder } from "./levels";
import { D, toNum, type Dec } from "../decimal";
import { describe, PgiError } from "../errors";
import type { Framework } from "../framework/types";
import { deepFreeze } from "../util";
import { scoreAnyRows } from "./prepare";
import { showScoring } from "./render";
import { prepare, type Prepared } from "./run";
import { answerDecimals, onlyOf, requestOf, SOLVE_NOTE } from "./solve-request";
import type { ScoredUnit, UnitRow } from "./types";
import type { SolvedIndicator, SolveFor, SolveRequest } from "./whatif";

/**
 * Solve-for by search, for frameworks without a closed-form inverse: treatment and imputation
 * (re-run on every trial, as a what-if does) and the normalisations and aggregations of
 * ./methods.ts. Each trial re-scores the rows with the unit's value changed and reads the
 * published (rounded) score or rank. From the current value, the search steps out in the improving
 * direction to a value that reaches the target — the others' extreme one step beyond (or the
 * goalpost, the target), then doubling distances up to 2^40 times the column's spread, stopping
 * early once the score stops improving — then tries 32 evenly spaced values in between and bisects
 * between the last that misses and the first that reaches, on the grid of the indicator's
 * precision. The answer is the smallest such grid value when the score does not fall as the value
 * improves (true for every normalisation and aggregation here); treatment can break that (a column
 * stops being treated, an outlier is capped), and the answer is then a verified value that reaches
 * the target, the smallest the samples see.
 */
export function solveBySearch(fw: Framework, rows: readonly UnitRow[], request: SolveRequest): SolveFor {
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
  const base = scoreAnyRows(fw, rows);
  const q = requestOf(fw, rows, request);
  const { u, of, rank, scoreDp } = q;
  const only = onlyOf(p, of, q.cIndex, request);
  const scoreIn = (x: ScoredUnit): number | null => (of === "composite" ? x.composite : ((x.components as Record<string, number | null>)[of] ?? null));
  const ok = (x: ScoredUnit): boolean =>
    rank !== null ? (x.rank ?? Number.POSITIVE_INFINITY) <= rank : scoreIn(x) !== null && new D(String(scoreIn(x))).gte(q.target);
  const current = scoreIn(base.units[u]!);
  const alreadyMet = ok(base.units[u]!);
  const results: SolvedIndicator[] = [];
  for (let i = 0; i < p.m; i++) {
    if (of !== "composite" && !indicatorUnder(p.c, i, q.cIndex)) continue;
    if (only !== undefined && p.c.ids[i] !== only) continue;
    const x0 = p.values[i * p.n + u]!;
    const cur = Number.isNaN(x0) ? null : x0;
    results.push(
      alreadyMet
        ? {
            id: p.c.ids[i]!,
            current: cur,
            required: cur,
            change: cur === null ? null : 0,
            feasible: true,
            bestScore: null,
            achievedScore: current,
            verified: true,
          }
        : searchIndicator({ fw, rows, p, u, answerDp: q.answerDp, ok, scoreIn }, i),
    );
  }
  return deepFreeze(
    {
      kind: "solveFor" as const,
      framework: fw.id,
      unit: p.units[u]!,
      of,
      target: toNum(q.target, scoreDp),
      ...(rank !== null ? { rank } : {}),
      currentScore: current,
      alreadyMet,
      indicators: results,
      note: SOLVE_NOTE,
    },
    showScoring,
  );
}

/** What the search of one indicator needs. */
interface Search {
  readonly fw: Framework;
  readonly rows: readonly UnitRow[];
  readonly p: Prepared;
  readonly u: number;
  readonly answerDp: number | null;
  /** Whether a re-scored unit reaches the target (score after rounding, or rank). */
  readonly ok: (x: ScoredUnit) => boolean;
  /** The published score solved for. */
  readonly scoreIn: (x: ScoredUnit) => number | null;
}

interface Trial {
  readonly k: Dec;
  readonly x: number;
  readonly ok: boolean;
  readonly score: number | null;
}

/** The others' smallest and largest value of indicator i (±Infinity when none). */
function othersRange(p: Prepared, i: number, u: number): [number, number] {
  let mo = Number.POSITIVE_INFINITY;
  let Mo = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < p.n; v++) {
    const x = p.values[i * p.n + v]!;
    if (v !== u && x === x) {
      mo = Math.min(mo, x);
      Mo = Math.max(Mo, x);
    }
  }
  return [mo, Mo];
}

/** One indicator's answer: step out to a value that reaches the target, then samples and bisection. */
function searchIndicator(s: Search, i: number): SolvedIndicator {
  const { fw, rows, p, u } = s;
  const id = p.c.ids[i]!;
  const x0 = p.values[i * p.n + u]!;
  const cur = Number.isNaN(x0) ? null : x0;
  const step = new D(10).pow(-answerDecimals({ answerDp: s.answerDp, p }, i));
  const nz = p.c.nz[i]!;
  const own = p.c.free[i] === null;
  const up = own && nz.method === "distanceToTarget" ? nz.target > nz.low : p.c.lower[i] !== 1;
  const sgn = up ? 1 : -1;
  const [mo, Mo] = othersRange(p, i, u);
  // Grid positions k·step, counted in the improving direction.
  const trial = (k: Dec): Trial => {
    const x = Number(k.times(step).times(sgn).toFixed());
    const changed = rows.map((row, idx) => (idx === u ? { ...row, indicators: { ...row.indicators, [id]: x } } : row));
    try {
      const scored = scoreAnyRows(fw, changed).units[u]!;
      return { k, x, ok: s.ok(scored), score: s.scoreIn(scored) };
    } catch (e) {
      // A value the method cannot score with (a maximum of 0 under fractionOfMax…) reaches nothing.
      if (e instanceof PgiError && e.code === "INVALID_INPUT") return { k, x, ok: false, score: null };
      throw e;
    }
  };
  const kOf = (x: number, mode: "down" | "up") =>
    new D(String(x))
      .times(sgn)
      .div(step)
      .toDecimalPlaces(0, mode === "up" ? D.ROUND_CEIL : D.ROUND_FLOOR);
  const fixed = own && nz.method === "goalposts" ? (up ? nz.max : nz.min) : own && nz.method === "distanceToTarget" ? nz.target : null;
  const none = mo === Number.POSITIVE_INFINITY;
  const kLo0 = kOf(cur ?? (none ? 0 : up ? mo : Mo), "down");
  const first = fixed !== null ? kOf(fixed, "up") : none ? kLo0.plus(1) : kOf(up ? Mo : mo, "up").plus(1);
  const spread = new D(String(Math.max(none ? 0 : Mo - mo, Math.abs(cur ?? 0), 1))).div(step).ceil();
  let hi = trial(D.max(first, kLo0.plus(1)));
  let best = hi.score;
  const better = (t: Trial) => t.score !== null && (best === null || t.score > best);
  // Step out: doubling distances, until the target is reached or the score stops improving.
  for (let j = 0, flat = 0; !hi.ok && j < 40 && flat < 6; j++) {
    const k = hi.k.plus(spread.times(new D(2).pow(j)));
    if (k.times(step).abs().gt(1e15)) break;
    hi = trial(k);
    flat = better(hi) ? 0 : flat + 1;
    if (better(hi)) best = hi.score;
  }
  if (!hi.ok) return { id, current: cur, required: null, change: null, feasible: false, bestScore: best, achievedScore: null, verified: false };
  // 32 evenly spaced samples first, then bisection between the last that misses and the first
  // that reaches: treatment can make the score fall as the value improves (a column stops being
  // treated), and the samples find an earlier value that reaches the target where bisection alone
  // might not.
  let kLo = kLo0;
  const gap = hi.k.minus(kLo0);
  const samples = D.min(gap, 32).toNumber();
  for (let j = 1; j < samples; j++) {
    const t = trial(kLo0.plus(gap.times(j).div(samples).floor()));
    if (t.ok) {
      hi = t;
      break;
    }
    if (better(t)) best = t.score;
    kLo = t.k;
  }
  while (hi.k.minus(kLo).gt(1)) {
    const mid = trial(kLo.plus(hi.k).div(2).floor());
    if (mid.ok) hi = mid;
    else kLo = mid.k;
  }
  return {
    id,
    current: cur,
    required: hi.x,
    change: cur === null ? null : Number(new D(String(hi.x)).minus(String(cur)).toFixed()),
    feasible: true,
    bestScore: better(hi) ? hi.score : best,
    achievedScore: hi.score,
    verified: true,
  };
}
