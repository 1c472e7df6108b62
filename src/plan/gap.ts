/**
 * Gap reports: a plan against the results of its target edition.
 * @module
 */
import { asScoreCard } from "../scorecard/scorecard";
import { asFramework } from "../framework/revive";
import type { Framework } from "../framework/types";
import { D, toNum, type Dec } from "../decimal";
import { describe, PgiError } from "../errors";
import type { PgiSubIndexId } from "../framework/pgi";
import type { ScoreCard } from "../scorecard/scorecard";
import { deepFreeze } from "../util";
import { sameUnit } from "./units";
import { asPlan, type Comparator, type Plan, type PlanInput, type PlanSubIndex } from "./create";
import { showPlan } from "./render";

/**
 * How a row did: `met` (actual ≥ target), `partial` (above baseline, below target), `none`
 * (equal to baseline), `regressed` (below baseline), `noTarget` (the plan set none).
 */
export type GapStatus = "met" | "partial" | "none" | "regressed" | "noTarget";

/**
 * Decimal places of `progress` (a ratio), rounded half-up.
 *
 * @example
 * ```ts
 * PROGRESS_DECIMALS; // 4
 * ```
 */
export const PROGRESS_DECIMALS = 4;

/** One row of a gap report. Scores and deltas at 2 dp; `progress` at 4 dp. */
export interface GapRow {
  readonly baseline: number;
  readonly target: number | null;
  readonly actual: number;
  /** target − baseline. */
  readonly plannedDelta: number | null;
  /** actual − baseline. */
  readonly achievedDelta: number;
  /** How far below target (0 when met). */
  readonly remaining: number | null;
  /** How far above target (0 when not met). */
  readonly surplus: number | null;
  /** achievedDelta / plannedDelta at 4 dp; `null` when the planned delta is 0 or negative. */
  readonly progress: number | null;
  readonly status: GapStatus;
  /** The target's comparator when it is not `atLeast` (e.g. `atMost` for a lower-is-better indicator). */
  readonly comparator?: Exclude<Comparator, "atLeast">;
}

/** The result of {@link gapReport}. */
export interface GapReport<K extends string = PgiSubIndexId> {
  readonly kind: "gapReport";
  readonly framework: string;
  /** Who planned (the plan's `unit`). */
  readonly unit: string;
  /** Whose index the plan targets and the results are of (the plan's `indexUnit`). */
  readonly indexUnit: string;
  readonly title: string;
  readonly baselineYear: number;
  readonly targetYear: number;
  readonly subIndices: Readonly<Record<K, GapRow>>;
  /**
   * The composite row; `null` for a framework without a composite (`composite: "none"`), which
   * PGI never is (so a PGI report's row is typed non-null).
   */
  readonly composite: [K] extends [PgiSubIndexId] ? GapRow : GapRow | null;
  /** What the actual card says: its composite (published when given), published rank and source. */
  readonly actual: {
    readonly composite: number;
    readonly publishedComposite: number | null;
    readonly rank: number | null;
    readonly source: string | null;
  };
  readonly summary: {
    readonly met: readonly K[];
    readonly missed: readonly K[];
    readonly compositeMet: boolean | null;
    readonly compositeMetButSubIndicesMissed: boolean;
    readonly subIndicesMetButCompositeMissed: boolean;
  };
}

function met(actual: Dec, target: Dec, comparator: Comparator): boolean {
  if (comparator === "atMost") return actual.lte(target);
  if (comparator === "exactly") return actual.eq(target);
  return actual.gte(target);
}

/**
 * One gap row from exact values. With `lower` (a lower-is-better component) an improvement is a
 * decrease: `partial` below the baseline, `regressed` above it, `surplus` how far below target,
 * `progress` = achievedDelta ÷ plannedDelta when the planned delta is negative. @internal
 */
export function gapRow(baseline: Dec, target: Dec | null, actual: Dec, comparator: Comparator = "atLeast", lower = false): GapRow {
  // Figures keep the places they come with (the component's decimals), at least 2.
  const dp = Math.max(2, baseline.decimalPlaces(), actual.decimalPlaces(), target?.decimalPlaces() ?? 0);
  const sign = lower ? -1 : 1;
  const achieved = actual.minus(baseline);
  const better = achieved.times(sign);
  let status: GapStatus;
  if (target === null) status = "noTarget";
  else if (met(actual, target, comparator)) status = "met";
  else if (better.gt(0)) status = "partial";
  else if (better.eq(0)) status = "none";
  else status = "regressed";
  const planned = target === null ? null : target.minus(baseline);
  const gap = target === null ? null : target.minus(actual);
  const isMet = status === "met";
  return {
    baseline: toNum(baseline, dp),
    target: target === null ? null : toNum(target, dp),
    actual: toNum(actual, dp),
    plannedDelta: planned === null ? null : toNum(planned, dp),
    achievedDelta: toNum(achieved, dp),
    remaining: gap === null ? null : isMet ? 0 : toNum(gap.abs(), dp),
    surplus: gap === null ? null : isMet ? toNum(D.max(gap.times(-sign), 0), dp) : 0,
    progress: planned === null || planned.times(sign).lte(0) ? null : toNum(achieved.div(planned), PROGRESS_DECIMALS),
    status,
    ...(comparator !== "atLeast" ? { comparator } : {}),
  };
}

/**
 * Compare a plan with the results of its target edition.
 *
 * For every sub-index and the composite: `baseline`, `target`, `actual`, `plannedDelta`
 * (target − baseline), `achievedDelta` (actual − baseline), `remaining` (target − actual when not
 * met, else 0), `surplus` (actual − target when met, else 0), `progress` (achievedDelta ÷
 * plannedDelta, 4 dp half-up, `null` when the planned delta is 0 or negative) and `status`.
 * A row is `met` when actual ≥ target (≤ for `atMost`, = for `exactly` targets); otherwise
 * `partial` above the baseline, `none` at it, `regressed` below it. The composite row uses the
 * actual card's composite (the published one when given) and the plan's composite target.
 *
 * A lower-is-better indicator (`direction: "lower"` in its framework, `atMost` target by default)
 * is read the right way round: `met` at or below the target, `partial` below the baseline,
 * `regressed` above it, `progress` = achieved decrease ÷ planned decrease. A framework without a
 * composite (`composite: "none"`) has `composite: null` and `summary.compositeMet: null`. Pass the
 * framework (third argument) to read back JSON copies of a plan and card of your own framework.
 *
 * The results must be of the plan's `indexUnit` (a district's plan is assessed against its
 * province's card); the report carries both `unit` and `indexUnit`.
 *
 * @throws {@link PgiError} `INVALID_INPUT` when `actual` is not a score card, is of another unit,
 * framework, or of a year other than the plan's target year; plan input errors as in
 * {@link createPlan}.
 *
 * @example
 * ```ts
 * const plan = createPlan({
 *   unit: "Lạng Sơn", title: "PGI 2024", baselineYear: 2023, targetYear: 2024,
 *   baseline: publishedScoreCard("Lạng Sơn", 2023),
 *   targets: { pollution: 6.58, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 },
 * });
 * const report = gapReport(plan, publishedScoreCard("Lạng Sơn", 2024));
 * report.subIndices.pollution.status;    // "partial"
 * report.subIndices.pollution.remaining; // 1.63
 * report.subIndices.pollution.progress;  // 0.0632
 * report.composite.status;               // "met"
 * report.summary.compositeMetButSubIndicesMissed; // true
 * ```
 */
export function gapReport(plan: Plan<PgiSubIndexId> | PlanInput, actual: ScoreCard<PgiSubIndexId>): GapReport<PgiSubIndexId>;
export function gapReport(plan: Plan<string> | PlanInput, actual: ScoreCard, framework?: Framework): GapReport<string>;
export function gapReport(plan: Plan<string> | PlanInput, actual: ScoreCard, framework?: Framework): GapReport<string> {
  const fw = framework === undefined ? undefined : asFramework(framework);
  const p = asPlan(plan, fw);
  actual = asScoreCard(actual, ["actual"], fw);
  if (!sameUnit(actual.unit, p.indexUnit)) {
    const own = sameUnit(p.unit, p.indexUnit);
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: own
          ? `the results are for ${describe(actual.unit)} but the plan is for ${describe(p.unit)}; pass the ${p.targetYear} results of ${describe(p.indexUnit)}`
          : `the results are for ${describe(actual.unit)} but the plan of ${describe(p.unit)} targets the index of ${describe(p.indexUnit)}; pass the ${p.targetYear} results of ${describe(p.indexUnit)}`,
        vi: own
          ? `kết quả là của ${describe(actual.unit)} nhưng kế hoạch là của ${describe(p.unit)}; hãy dùng kết quả năm ${p.targetYear} của ${describe(p.indexUnit)}`
          : `kết quả là của ${describe(actual.unit)} nhưng kế hoạch của ${describe(p.unit)} hướng tới chỉ số của ${describe(p.indexUnit)}; hãy dùng kết quả năm ${p.targetYear} của ${describe(p.indexUnit)}`,
      },
      ["actual", "unit"],
      { unit: actual.unit, planUnit: p.unit, indexUnit: p.indexUnit },
    );
  }
  if (actual.framework !== p.framework) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the results are of framework ${describe(actual.framework)} but the plan of ${describe(p.framework)}; pass results of the plan's framework`,
        vi: `kết quả thuộc bộ chỉ số ${describe(actual.framework, "vi")} nhưng kế hoạch thuộc bộ chỉ số ${describe(p.framework, "vi")}; hãy dùng kết quả cùng bộ chỉ số với kế hoạch`,
      },
      ["actual"],
    );
  }
  if (actual.year !== p.targetYear) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the results are for ${actual.year} but the plan's target year is ${p.targetYear}; pass the ${p.targetYear} card`,
        vi: `kết quả là của năm ${actual.year} nhưng năm mục tiêu của kế hoạch là ${p.targetYear}; hãy dùng kết quả năm ${p.targetYear}`,
      },
      ["actual", "year"],
    );
  }
  const rows: Record<string, GapRow> = {};
  const metIds: string[] = [];
  const missed: string[] = [];
  for (const s of Object.values(p.subIndices) as PlanSubIndex[]) {
    const a = (actual.scores as Record<string, number>)[s.id];
    if (a === undefined)
      throw new PgiError("INVALID_INPUT", { en: `the results have no ${s.id} score`, vi: `kết quả không có điểm "${s.id}"` }, ["actual", "scores", s.id]);
    const row = gapRow(new D(String(s.baseline)), s.target === null ? null : new D(String(s.target)), new D(String(a)), s.comparator, s.direction === "lower");
    rows[s.id] = row;
    if (row.status === "met") metIds.push(s.id);
    else if (row.status !== "noTarget") missed.push(s.id);
  }
  const c = p.composite;
  const composite =
    c.baseline === null ? null : gapRow(new D(String(c.baseline)), c.target === null ? null : new D(String(c.target)), new D(String(actual.composite)));
  const compositeMet = composite === null || composite.status === "noTarget" ? null : composite.status === "met";
  return deepFreeze(
    {
      kind: "gapReport" as const,
      framework: p.framework,
      unit: p.unit,
      indexUnit: p.indexUnit,
      title: p.title,
      baselineYear: p.baselineYear,
      targetYear: p.targetYear,
      subIndices: rows,
      composite,
      actual: {
        composite: actual.composite,
        publishedComposite: actual.publishedComposite,
        rank: actual.rank,
        source: actual.source,
      },
      summary: {
        met: metIds,
        missed,
        compositeMet,
        compositeMetButSubIndicesMissed: compositeMet === true && missed.length > 0,
        subIndicesMetButCompositeMissed: compositeMet === false && missed.length === 0 && metIds.length > 0,
      },
    },
    showPlan,
  );
}
