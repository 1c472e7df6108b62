/**
 * Trajectories (yearly milestones on a straight line) and progress assessment in the manner of
 * the SDG Index trend dashboards.
 * @module
 */
import * as z from "zod/mini";
import { D, toDec, toNum, type Dec } from "../decimal";
import { isPgiError, parseWith, PgiError, zodMessage, type PgiPath } from "../errors";
import { expectKind, field, revive } from "../revive";
import { acceptedBy, NumberInputSchema, YearSchema } from "../schemas";
import { deepFreeze, isSealed, seal } from "../util";
import { idOf, parsePeriod } from "./calendar";
import { observesPeriods, periodProgress, periodTrajectory, usesPeriods } from "./period";
import { trajectoryShape, type Observation, type ProgressAssessment, type ProgressStatus, type Trajectory, type TrajectoryInput } from "./shape";
import { showTargets } from "./render";

export type { Observation, ProgressAssessment, ProgressStatus, Trajectory, TrajectoryDirection, TrajectoryInput } from "./shape";

/**
 * The input of {@link trajectory}, for apps that validate before calling: it accepts exactly what
 * `trajectory(input)` accepts (reversed years are refused, with the function's own message).
 *
 * @example
 * ```ts
 * TrajectoryInputSchema.safeParse({ baselineYear: 2023, baseline: "17,33", targetYear: 2026, target: 25 }).success; // true
 * TrajectoryInputSchema.safeParse({ baselineYear: 2026, baseline: 17.33, targetYear: 2023, target: 25 }).success;   // false
 * ```
 */
export const TrajectoryInputSchema = /* @__PURE__ */ (() => acceptedBy<TrajectoryInput>((input) => trajectory(input as TrajectoryInput)))();

/**
 * Yearly milestones on a straight line from a baseline to a target, for one sub-index, the
 * composite, or any indicator where higher (default) or lower is better. Milestone *y* is
 * baseline + (target − baseline) × (y − baselineYear) ÷ (targetYear − baselineYear), computed
 * exactly and rounded half-up to `decimals` (default 2); the target year's milestone is the
 * target itself. `annualChange` is the required change per year, at `decimals` + 2 places.
 * `baselineYear` and `targetYear` may also be quarters (`"2025-Q2"`) or months (`"2025-06"`), both
 * of the same kind: one milestone per period, with `period`, `periodChange` and the periods' years.
 *
 * @throws {@link PgiError} `INVALID_INPUT` when targetYear ≤ baselineYear, for unknown fields or a
 * bad direction; `INVALID_NUMBER` for values that are not numbers.
 *
 * @example
 * ```ts
 * const t = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25, label: "PGI" });
 * t.annualChange;                  // 2.5567
 * t.milestones.map((m) => m.value); // [17.33, 19.89, 22.44, 25]
 * // Followed by quarter (or month: "2025-06"), one milestone per period:
 * trajectory({ baselineYear: "2025-Q1", baseline: 60, targetYear: "2025-Q4", target: 90 }).milestones.map((m) => [m.period, m.value]);
 * // [["2025-Q1", 60], ["2025-Q2", 70], ["2025-Q3", 80], ["2025-Q4", 90]]
 * ```
 */
export function trajectory(input: TrajectoryInput): Trajectory {
  if (usesPeriods(input)) return periodTrajectory(input);
  const v = parseWith(trajectoryShape(), input);
  if (v.targetYear <= v.baselineYear) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `targetYear (${v.targetYear}) must be after baselineYear (${v.baselineYear})`,
        vi: `năm mục tiêu (${v.targetYear}) phải sau năm cơ sở (${v.baselineYear})`,
      },
      ["targetYear"],
    );
  }
  const decimals = (v.decimals ?? 2) + 0; // + 0 turns a −0 into 0
  const b = toDec(v.baseline, { path: ["baseline"] });
  const t = toDec(v.target, { path: ["target"] });
  const years = v.targetYear - v.baselineYear;
  const slope = t.minus(b).div(years);
  const milestones = Array.from({ length: years + 1 }, (_, k) => ({
    year: v.baselineYear + k,
    value: toNum(k === years ? t : b.plus(slope.times(k)), decimals),
  }));
  return seal(
    {
      kind: "trajectory" as const,
      label: v.label ?? null,
      direction: v.direction ?? "higher",
      decimals,
      baselineYear: v.baselineYear,
      baseline: toNum(b, decimals),
      targetYear: v.targetYear,
      target: toNum(t, decimals),
      annualChange: toNum(slope, decimals + 2),
      milestones,
    },
    showTargets,
  );
}

/**
 * A trajectory passed in: as trajectory() returned it, or a copy (JSON…), rebuilt from its
 * baseline, target, years, direction, decimals and label, and checked field by field. @internal
 */
export function asTrajectory(value: unknown, path: PgiPath): Trajectory {
  if (isSealed(value, "trajectory")) return value as Trajectory;
  expectKind(value, "trajectory", "trajectory", path);
  const get = (k: string) => field(value, k, path);
  return revive("trajectory", value, path, () => {
    const label = get("label");
    return trajectory({
      baselineYear: get("baselinePeriod") ?? get("baselineYear"),
      baseline: get("baseline"),
      targetYear: get("targetPeriod") ?? get("targetYear"),
      target: get("target"),
      direction: get("direction"),
      decimals: get("decimals"),
      ...(label !== null ? { label } : {}),
    } as TrajectoryInput);
  });
}

/**
 * Observations for {@link assessProgress}: `[{ year, value }, …]`, at least one, each year (or
 * quarter, or month, all of one kind) once. It accepts exactly what `assessProgress` accepts
 * against the widest trajectory of the observations' kind (from just before the earliest of them
 * to the end of 2100); whether they reach past a given trajectory's baseline is for
 * `assessProgress` to say.
 *
 * @example
 * ```ts
 * ObservationsSchema.safeParse([{ year: 2024, value: 22.63 }]).success; // true
 * ObservationsSchema.safeParse([{ year: 2024, value: 22.63 }, { year: 2024, value: 23 }]).success; // false
 * ```
 */
export const ObservationsSchema = /* @__PURE__ */ (() =>
  acceptedBy<Observation[]>((observations) => {
    try {
      return assessProgress(widestFor(observations), observations as Observation[]);
    } catch (e) {
      // The error's path without its leading "observations" (the schema's input is the list itself).
      if (!isPgiError(e) || e.path[0] !== "observations") throw e;
      const cut = (m: string) => m.slice(m.indexOf(": ") + 2);
      throw new PgiError(e.code, { en: cut(e.message), vi: cut(e.messageVi) }, e.path.slice(1), { ...e.details });
    }
  }))();

/**
 * The widest trajectory observations of their kind (years, quarters or months) can be measured
 * against: its baseline just before the earliest of them (1900 at the earliest), its target at
 * the end of 2100. Unreadable years are skipped here (assessProgress reports them).
 */
function widestFor(observations: unknown): Trajectory {
  const years = Array.isArray(observations)
    ? Array.from(observations, (o: unknown) => (typeof o === "object" && o !== null ? (o as { year?: unknown }).year : undefined))
    : [];
  const periods = years.map(parsePeriod).filter((p) => p !== null && p.year >= 1900 && p.year <= 2100);
  const g = periods.find((p) => p !== null)?.granularity;
  if (g === undefined) {
    const whole = years
      .map((y) => (typeof y === "number" ? y : typeof y === "string" && /^\s*\d{4}\s*$/.test(y) ? Number(y) : Number.NaN))
      .filter((y) => Number.isInteger(y) && y > 1900 && y <= 2100);
    const first = whole.reduce((a, y) => Math.min(a, y), 2100);
    return trajectory({ baselineYear: first - 1, baseline: 0, targetYear: 2100, target: 1 });
  }
  const perYear = g === "quarter" ? 4 : 12;
  const first = periods.reduce((a, p) => (p !== null && p.granularity === g ? Math.min(a, p.index) : a), 2100 * perYear);
  const baseline = Math.max(first - 1, 1900 * perYear);
  return trajectory({ baselineYear: idOf(baseline, g), baseline: 0, targetYear: idOf(2101 * perYear - 1, g), target: 1 });
}

/** Observations with years read by `year` (years alone for the yearly path; years or periods for the exported schema). */
function observationsOf<Y extends z.ZodMiniType>(year: Y) {
  return z
    .array(z.strictObject({ year, value: NumberInputSchema }))
    .check(
      z.minLength(1, zodMessage({ en: "give at least one observation", vi: "cần ít nhất một số liệu thực tế" })),
      z.maxLength(10000, zodMessage({ en: "give at most 10000 observations", vi: "tối đa 10000 số liệu thực tế" })),
    );
}
let yearlyObservations: ReturnType<typeof observationsOf<typeof YearSchema>> | undefined;

/**
 * Classify progress along a trajectory the way the SDG Index trend dashboards do (Sustainable
 * Development Report, SDSN: the average annual change since the baseline compared with the
 * annual change needed to reach the target on time):
 *
 * - `achieved` — the latest value is at or beyond the target (≥ for `higher`, ≤ for `lower`);
 * - `onTrack` — observed annual change ≥ the required annual change (ratio ≥ 1);
 * - `moderatelyImproving` — at least half the required change (0.5 ≤ ratio < 1);
 * - `stagnating` — moving the right way, or not at all, but less than half (0 ≤ ratio < 0.5);
 * - `decreasing` — moving away from the target (ratio < 0).
 *
 * observed = (latest − baseline) ÷ (latestYear − baselineYear); required = (target − baseline)
 * ÷ (targetYear − baselineYear); ratio = observed ÷ required, computed exactly. The latest
 * observation is the one with the greatest year; it must be after the baseline year. For a
 * trajectory by quarter or month, observations name periods of the same kind (`"2025-Q3"`).
 *
 * @throws {@link PgiError} `INVALID_INPUT` for no observations, a repeated year, or no observation
 * after the baseline year; `INVALID_NUMBER` for bad values.
 *
 * @example
 * ```ts
 * const t = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 });
 * assessProgress(t, [{ year: 2024, value: 22.63 }]).status; // "onTrack"
 * assessProgress(t, [{ year: 2024, value: 18.5 }]).status;  // "stagnating"
 * assessProgress(t, [{ year: 2024, value: 16 }]).status;    // "decreasing"
 * ```
 */
export function assessProgress(path: Trajectory, observations: readonly Observation[]): ProgressAssessment {
  path = asTrajectory(path, ["trajectory"]);
  if (path.granularity !== undefined || observesPeriods(observations)) return periodProgress(path, observations);
  const obs = parseWith((yearlyObservations ??= observationsOf(YearSchema)), observations, ["observations"]);
  const years = new Set<number>();
  obs.forEach((o, i) => {
    if (years.has(o.year)) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `the year ${o.year} is observed twice; give one value per year`, vi: `năm ${o.year} có hai số liệu; mỗi năm chỉ ghi một số liệu` },
        ["observations", i, "year"],
      );
    }
    years.add(o.year);
  });
  let latestIndex = 0;
  obs.forEach((o, i) => {
    if (o.year > obs[latestIndex]!.year) latestIndex = i;
  });
  const latest = obs[latestIndex]!;
  if (latest.year <= path.baselineYear) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `no observation after the baseline year ${path.baselineYear}; progress needs a later year`,
        vi: `không có số liệu nào sau năm cơ sở ${path.baselineYear}; cần số liệu của một năm sau đó để đánh giá tiến độ`,
      },
      ["observations"],
    );
  }
  const d = path.decimals;
  const b = new D(String(path.baseline));
  const t = new D(String(path.target));
  const value = toDec(latest.value, { path: ["observations", latestIndex, "value"] });
  const sign = path.direction === "higher" ? 1 : -1;
  const observed = value.minus(b).div(latest.year - path.baselineYear);
  const required = t.minus(b).div(path.targetYear - path.baselineYear);
  const ratio: Dec | null = required.isZero() ? null : observed.div(required);
  let status: ProgressStatus;
  if (value.minus(t).times(sign).gte(0)) status = "achieved";
  else if (ratio === null) status = observed.times(sign).lt(0) ? "decreasing" : "stagnating";
  else if (ratio.gte(1)) status = "onTrack";
  else if (ratio.gte("0.5")) status = "moderatelyImproving";
  else if (ratio.gte(0)) status = "stagnating";
  else status = "decreasing";
  const k = Math.min(latest.year, path.targetYear) - path.baselineYear;
  const expected =
    latest.year >= path.targetYear
      ? t
      : b.plus(
          t
            .minus(b)
            .times(k)
            .div(path.targetYear - path.baselineYear),
        );
  return deepFreeze(
    {
      kind: "progressAssessment" as const,
      label: path.label,
      direction: path.direction,
      decimals: d,
      baselineYear: path.baselineYear,
      baseline: path.baseline,
      targetYear: path.targetYear,
      target: path.target,
      latest: { year: latest.year, value: toNum(value, d) },
      expected: toNum(expected, d),
      observedAnnualChange: toNum(observed, d + 2),
      requiredAnnualChange: toNum(required, d + 2),
      ratio: ratio === null ? null : toNum(ratio, 4),
      status,
    },
    showTargets,
  );
}
