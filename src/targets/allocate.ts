/**
 * Allocating a composite target across sub-indices.
 * @module
 */
import { field, kindOf } from "../revive";
import { asFramework } from "../framework/revive";
import { asScoreCard } from "../scorecard/scorecard";
import { D, toDec, toNum, type Dec, type NumberInput } from "../decimal";
import { describe, PgiError, safeEntries } from "../errors";
import { PGI, pgiEdition, type PgiSubIndexId } from "../framework/pgi";
import type { Framework, LocalizedText } from "../framework/types";
import type { PgiKeyed } from "../framework/names";
import { readScores, type ScoreCard } from "../scorecard/scorecard";
import { deepFreeze } from "../util";
import type { Benchmark } from "../table/rank";
import { showTargets } from "./render";

/** How {@link allocate} splits a composite increase. */
export type AllocationStrategy = "equal" | "headroom" | "benchmark" | "weakestFirst";

/** The request: a composite target, or the increase. */
export type AllocationGoal = { readonly compositeTarget: NumberInput } | { readonly compositeDelta: NumberInput };

/** Options of {@link allocate}. */
export interface AllocateOptions {
  readonly strategy: AllocationStrategy;
  /** For `benchmark`: a {@link Benchmark}, a score card, or four scores. */
  readonly benchmark?: Benchmark | ScoreCard | Readonly<Record<string, NumberInput>>;
}

/** The result of {@link allocate}; `targets` feeds `createPlan` directly. */
export interface Allocation<K extends string = PgiSubIndexId> {
  readonly kind: "allocation";
  readonly framework: string;
  readonly unit: string | null;
  readonly strategy: AllocationStrategy;
  readonly baseline: Readonly<Record<K, number>>;
  /** The sum of the baseline sub-indices (the allocation works on sums, not on a published composite). */
  readonly baselineComposite: number;
  readonly compositeTarget: number;
  readonly compositeDelta: number;
  /** Per sub-index `{ target, delta }`, 2 dp; the deltas add up exactly to `compositeDelta`. */
  readonly targets: Readonly<Record<K, { readonly target: number; readonly delta: number }>>;
  /** The benchmark used (strategy `benchmark`), else `null`. */
  readonly benchmark: { readonly label: LocalizedText | null; readonly scores: Readonly<Record<K, number>> } | null;
  /** The largest composite increase this strategy could allocate from this baseline. */
  readonly maxDelta: number;
}

const CENT = /* @__PURE__ */ new D("0.01");

function isCard(v: unknown): v is ScoreCard {
  return kindOf(v) === "scoreCard";
}

/** A number written with the Vietnamese decimal comma. */
const vn = (text: string): string => text.replace(".", ",");

/** The longest label text a benchmark may carry. */
const MAX_LABEL = 300;

/** A benchmark's label `{ vi, en }`, validated and copied (the caller's object is never kept or frozen). */
function labelOf(label: unknown): LocalizedText {
  const path = ["benchmark", "label"];
  const text = (k: "vi" | "en"): unknown =>
    typeof label === "object" && label !== null && !Array.isArray(label) && !ArrayBuffer.isView(label) ? field(label, k, path) : undefined;
  const vi = text("vi");
  const en = text("en");
  if (typeof vi !== "string" || typeof en !== "string" || vi.length > MAX_LABEL || en.length > MAX_LABEL) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `a benchmark's label must be { vi, en }, two texts of at most ${MAX_LABEL} characters, got ${describe(label)}; pass the benchmark as benchmark() returned it`,
        vi: `nhãn của chuẩn so sánh phải là { vi, en }, hai chuỗi tối đa ${MAX_LABEL} ký tự, nhận được ${describe(label, "vi")}; hãy dùng chuẩn so sánh do benchmark() trả về`,
      },
      path,
    );
  }
  return { vi, en };
}

/**
 * Largest-remainder rounding of exact shares to cents so that they add up to `total` exactly:
 * floor each share to 0.01, then give the remaining cents one each to the shares with the largest
 * remainders, ties to the earlier sub-index; a share never passes its cap. @internal
 */
export function largestRemainder(shares: readonly Dec[], total: Dec, caps: readonly Dec[]): Dec[] {
  const clamped = shares.map((s, i) => D.min(caps[i]!, D.max(0, s)));
  const out = clamped.map((s) => s.toDecimalPlaces(2, D.ROUND_FLOOR));
  let left = total
    .minus(out.reduce((a, b) => a.plus(b), new D(0)))
    .div(CENT)
    .round()
    .toNumber();
  const order = clamped.map((s, i) => ({ i, r: s.minus(out[i]!) })).sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (const pass of [true, false]) {
    for (const { i, r } of order) {
      if (left <= 0) break;
      if (pass && r.isZero()) continue; // first pass: only shares with a remainder
      if (out[i]!.plus(CENT).gt(caps[i]!)) continue;
      out[i] = out[i]!.plus(CENT);
      left--;
    }
  }
  return out;
}

/** Exact shares proportional to weights (all zero weights: none). */
function proportional(total: Dec, weights: readonly Dec[]): Dec[] {
  const sum = weights.reduce((a, b) => a.plus(b), new D(0));
  return weights.map((w) => (sum.isZero() ? new D(0) : total.times(w).div(sum)));
}

/** Water-filling: raise the lowest values to a common level so the raises add to `total`, each capped. */
function waterFill(values: readonly Dec[], caps: readonly Dec[], total: Dec): Dec[] {
  // Find level L with Σ min(cap_i, max(0, L − v_i)) = total by bisection on breakpoints, exactly.
  const points = [...new Set([...values, ...values.map((v, i) => v.plus(caps[i]!))].map((d) => d.toString()))]
    .map((s) => new D(s))
    .sort((a, b) => a.comparedTo(b));
  const raised = (L: Dec): Dec => values.reduce((a, v, i) => a.plus(D.min(caps[i]!, D.max(0, L.minus(v)))), new D(0));
  let lo = points[0]!;
  for (const p of points) {
    if (raised(p).lte(total)) lo = p;
    else break;
  }
  // Between lo and the next breakpoint the raise is linear in L with slope = #active units.
  const active = values.filter((v, i) => v.lte(lo) && lo.lt(v.plus(caps[i]!))).length;
  const L = active === 0 ? lo : lo.plus(total.minus(raised(lo)).div(active));
  return values.map((v, i) => D.min(caps[i]!, D.max(0, L.minus(v))));
}

/** Pass 2 of an allocation: the goal, as the increase of the composite to split. */
function readGoal(goal: AllocationGoal, baseSum: Dec, fw: Framework): { delta: Dec; key: string } {
  if (typeof goal !== "object" || goal === null) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected { compositeTarget } or { compositeDelta }, got ${describe(goal)}`,
        vi: `cần { compositeTarget } hoặc { compositeDelta }, nhận được ${describe(goal, "vi")}`,
      },
      ["goal"],
    );
  }
  const keys = safeEntries(goal, ["goal"], { en: "the goal", vi: "mục tiêu phân bổ" }).map(([k]) => k);
  if (keys.length !== 1 || (keys[0] !== "compositeTarget" && keys[0] !== "compositeDelta")) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "give exactly one of compositeTarget or compositeDelta",
        vi: "chỉ ghi một trong hai: compositeTarget (điểm tổng hợp cần đạt) hoặc compositeDelta (mức tăng)",
      },
      ["goal"],
    );
  }
  const given =
    "compositeTarget" in goal
      ? toDec(goal.compositeTarget, { path: ["goal", "compositeTarget"], scale: { min: fw.composite.scale.min, max: fw.composite.scale.max } })
      : toDec(goal.compositeDelta, { path: ["goal", "compositeDelta"] });
  if (!given.toDecimalPlaces(2).eq(given)) {
    const isTarget = keys[0] === "compositeTarget";
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the composite ${isTarget ? "target" : "increase"} must have at most 2 decimals, got ${given.toFixed()}`,
        vi: `${isTarget ? "điểm tổng hợp cần đạt" : "mức tăng điểm tổng hợp"} chỉ được có tối đa 2 chữ số thập phân, nhận được ${vn(given.toFixed())}`,
      },
      ["goal", keys[0]!],
    );
  }
  const delta = "compositeTarget" in goal ? given.minus(baseSum) : given;
  if (delta.lt(0)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the composite target ${given.toFixed(2)} is below the baseline ${baseSum.toFixed(2)}; allocation splits an increase`,
        vi: `điểm tổng hợp cần đạt ${vn(given.toFixed(2))} thấp hơn điểm cơ sở ${vn(baseSum.toFixed(2))}; phân bổ chỉ chia một mức tăng`,
      },
      ["goal", keys[0]!],
    );
  }
  return { delta, key: keys[0]! };
}

/** Pass 3 of an allocation: the unrounded share of each component under the strategy, and the most it can add. */
function shareOut(
  options: AllocateOptions,
  fw: Framework,
  framework: Framework | undefined,
  b: readonly Dec[],
  caps: readonly Dec[],
  delta: Dec,
): { shares: Dec[]; maxDelta: Dec; bench: Map<string, Dec> | null; benchLabel: LocalizedText | null } {
  const ids = fw.components.map((c) => c.id);
  let shares: Dec[];
  let maxDelta = caps.reduce((a, c) => a.plus(c), new D(0));
  let bench: Map<string, Dec> | null = null;
  let benchLabel: LocalizedText | null = null;
  if (options.strategy === "benchmark") {
    const bm = options.benchmark;
    if (bm === undefined) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: 'strategy "benchmark" needs options.benchmark: a benchmark(table, "best"), a score card or four scores',
          vi: 'phương án "benchmark" cần options.benchmark: một chuẩn so sánh benchmark(table, "best"), một bộ số liệu hoặc điểm bốn chỉ số thành phần',
        },
        ["benchmark"],
      );
    }
    if (kindOf(bm, ["benchmark"]) === "benchmark") {
      bench = readScores(fw, field(bm, "scores", ["benchmark"]) as Benchmark["scores"], ["benchmark", "scores"], true);
      // A copy, never the caller's object: the result is frozen, and the caller's label is not ours to freeze.
      benchLabel = labelOf(field(bm, "label", ["benchmark"]));
    } else if (isCard(bm)) {
      const card = asScoreCard(bm, ["benchmark"], framework);
      bench = readScores(fw, card.scores, ["benchmark", "scores"], true);
      benchLabel = { vi: card.unit, en: card.unit };
    } else bench = readScores(fw, bm, ["benchmark"], true);
    const short = ids.map((id, i) => D.max(0, bench!.get(id)!.minus(b[i]!)));
    const totalShort = short.reduce((a, v) => a.plus(v), new D(0));
    maxDelta = ids.reduce((a, _id, i) => (short[i]!.gt(0) ? a.plus(caps[i]!) : a), new D(0));
    if (delta.lte(totalShort)) shares = proportional(delta, short);
    else if (delta.lte(maxDelta)) {
      const rest = proportional(
        delta.minus(totalShort),
        ids.map((_, i) => (short[i]!.gt(0) ? caps[i]!.minus(short[i]!) : new D(0))),
      );
      shares = short.map((s, i) => s.plus(rest[i]!));
    } else shares = [];
  } else if (delta.gt(maxDelta)) shares = [];
  else if (options.strategy === "headroom") shares = proportional(delta, caps);
  else if (options.strategy === "equal")
    shares = waterFill(
      ids.map(() => new D(0)),
      caps,
      delta,
    );
  else shares = waterFill(b, caps, delta);
  return { shares, maxDelta, bench, benchLabel };
}

/**
 * Split a composite increase across the sub-indices, for a plan.
 *
 * - `equal`: the same increase each (a sub-index that would pass its maximum is capped and the
 *   rest shared equally among the others);
 * - `headroom`: proportional to the room left, max − baseline (10 − baseline for PGI);
 * - `benchmark`: proportional to the shortfall against a benchmark card (a region's best, the
 *   national median, a named province: see `benchmark`); sub-indices at or above the benchmark get
 *   nothing; an increase larger than the total shortfall first closes every shortfall, then the
 *   rest goes to the same sub-indices in proportion to their remaining room;
 * - `weakestFirst`: raise the lowest sub-indices first until they meet (water-filling), each
 *   capped at the maximum.
 *
 * Exact shares are rounded to 0.01 by largest remainder (floor each, then one cent to the largest
 * remainders, ties to the earlier sub-index), so the deltas add up **exactly** to the requested
 * increase; no sub-index passes its maximum and none decreases. The composite is the sum of the
 * baseline sub-indices (not a published composite). The result's `targets` feed `createPlan`.
 *
 * The framework (fourth argument) defaults to PGI (a baseline card's own edition when it has one).
 *
 * @throws {@link PgiError} `IMPOSSIBLE_TARGET` when the increase exceeds what the strategy can
 * reach (the message says the maximum); `INVALID_INPUT` for a negative increase, more than 2
 * decimals, a missing or bad strategy or benchmark; number and sub-index errors as usual.
 *
 * @example
 * ```ts
 * const ls = publishedScoreCard("Lạng Sơn", 2023); // 4.84, 4.14, 3.60, 4.75 = 17.33
 * allocate(ls, { compositeTarget: 22.37 }, { strategy: "equal" }).targets;
 * // { pollution: { target: 6.1, delta: 1.26 }, compliance: { target: 5.4, delta: 1.26 }, greenPractices: { target: 4.86, delta: 1.26 }, incentives: { target: 6.01, delta: 1.26 } }
 * allocate(ls, { compositeDelta: 1 }, { strategy: "weakestFirst" }).targets.greenPractices; // { target: 4.37, delta: 0.77 }
 * ```
 */
export function allocate(baseline: ScoreCard | PgiKeyed<NumberInput>, goal: AllocationGoal, options: AllocateOptions): Allocation<PgiSubIndexId>;
export function allocate(
  baseline: ScoreCard | Readonly<Record<string, NumberInput>>,
  goal: AllocationGoal,
  options: AllocateOptions,
  framework: Framework,
): Allocation<string>;
export function allocate(
  baseline: ScoreCard | Readonly<Record<string, NumberInput>>,
  goal: AllocationGoal,
  options: AllocateOptions,
  framework?: Framework,
): Allocation<string> {
  if (framework !== undefined) framework = asFramework(framework);
  let fw = framework ?? PGI;
  let base: Map<string, Dec>;
  let unit: string | null = null;
  if (isCard(baseline)) {
    const card = asScoreCard(baseline, ["baseline"], framework);
    if (!framework && card.framework === "pgi" && card.edition !== null) fw = pgiEdition(card.edition);
    base = readScores(fw, card.scores, ["baseline", "scores"], true);
    unit = card.unit;
  } else {
    base = readScores(fw, baseline, ["baseline"], true);
  }
  if (typeof options !== "object" || options === null) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected options { strategy }, got ${describe(options)}`, vi: `cần tùy chọn { strategy }, nhận được ${describe(options, "vi")}` },
      ["options"],
    );
  }
  const strategies: AllocationStrategy[] = ["equal", "headroom", "benchmark", "weakestFirst"];
  if (!strategies.includes(options.strategy)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `strategy must be one of ${strategies.join(", ")}, got ${describe(options.strategy)}`,
        vi: `phương án phân bổ (strategy) phải là một trong ${strategies.map((s) => `"${s}"`).join(", ")}, nhận được ${describe(options.strategy, "vi")}`,
      },
      ["strategy"],
    );
  }
  const ids = fw.components.map((c) => c.id);
  const b = ids.map((id) => base.get(id)!);
  const caps = fw.components.map((c, i) => new D(c.scale.max).minus(b[i]!));
  const baseSum = b.reduce((a, v) => a.plus(v), new D(0));

  const { delta, key } = readGoal(goal, baseSum, fw);

  const { shares, maxDelta, bench, benchLabel } = shareOut(options, fw, framework, b, caps, delta);

  if (delta.gt(maxDelta)) {
    throw new PgiError(
      "IMPOSSIBLE_TARGET",
      {
        en: `an increase of ${delta.toFixed(2)} cannot be allocated: the most this strategy can add is ${maxDelta.toFixed(2)} (composite ${baseSum.plus(maxDelta).toFixed(2)})${options.strategy === "benchmark" ? ", since sub-indices at or above the benchmark get nothing" : ", with every sub-index at its maximum"}`,
        vi: `không phân bổ được mức tăng ${vn(delta.toFixed(2))}: phương án này tăng được nhiều nhất ${vn(maxDelta.toFixed(2))} (điểm tổng hợp ${vn(baseSum.plus(maxDelta).toFixed(2))})${options.strategy === "benchmark" ? ", vì các chỉ số thành phần đã bằng hoặc cao hơn chuẩn so sánh không được phân bổ thêm" : ", khi mọi chỉ số thành phần đã ở mức tối đa"}`,
      },
      ["goal", key],
      { requested: Number(delta.toFixed(2)), maxDelta: Number(maxDelta.toFixed(2)), maxComposite: Number(baseSum.plus(maxDelta).toFixed(2)) },
    );
  }
  const rounded = largestRemainder(shares, delta, caps);
  const targets: Record<string, { target: number; delta: number }> = {};
  const baselineOut: Record<string, number> = {};
  ids.forEach((id, i) => {
    baselineOut[id] = toNum(b[i]!);
    targets[id] = { target: toNum(b[i]!.plus(rounded[i]!)), delta: toNum(rounded[i]!) };
  });
  return deepFreeze(
    {
      kind: "allocation" as const,
      framework: fw.id,
      unit,
      strategy: options.strategy,
      baseline: baselineOut,
      baselineComposite: toNum(baseSum),
      compositeTarget: toNum(baseSum.plus(delta)),
      compositeDelta: toNum(delta),
      targets,
      benchmark: bench ? { label: benchLabel, scores: Object.fromEntries(ids.map((id) => [id, toNum(bench!.get(id)!)])) } : null,
      maxDelta: toNum(maxDelta),
    },
    showTargets,
  );
}
