/**
 * Quarters and months where a year is accepted: trajectories and progress followed quarterly
 * ("2025-Q2") or monthly ("2025-06").
 * @module
 */
import { D, toDec, toNum, type Dec } from "../decimal";
import { describe, parseWith, PgiError, safeEntries, type PgiPath } from "../errors";
import { seal } from "../util";
import { field } from "../revive";
import { trajectoryShape, type ProgressAssessment, type ProgressStatus, type Trajectory, type TrajectoryInput, type Observation } from "./trajectory";
import { showTargets } from "./render";

/** How finely a trajectory is followed: by year, quarter or month. */
export type Granularity = "year" | "quarter" | "month";

interface Period {
  readonly year: number;
  readonly granularity: "quarter" | "month";
  readonly perYear: 4 | 12;
  /** Periods since year 0 (year × perYear + sub − 1). */
  readonly index: number;
}

const QUARTER = /^(\d{4})-Q([1-4])$/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A quarter ("2025-Q2") or month ("2025-06") string; null for anything else. @internal */
export function parsePeriod(value: unknown): Period | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  const q = QUARTER.exec(s);
  if (q) return { year: Number(q[1]), granularity: "quarter", perYear: 4, index: Number(q[1]) * 4 + Number(q[2]) - 1 };
  const m = MONTH.exec(s);
  if (m) return { year: Number(m[1]), granularity: "month", perYear: 12, index: Number(m[1]) * 12 + Number(m[2]) - 1 };
  return null;
}

/** The label of period `index`: "2025-Q2" or "2025-06". */
function label(index: number, g: "quarter" | "month"): string {
  if (g === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function period(value: unknown, path: PgiPath, g?: "quarter" | "month"): Period {
  const p = parsePeriod(value);
  if (!p) {
    throw new PgiError("INVALID_INPUT", `expected ${g === "month" ? 'a month such as "2025-06"' : g === "quarter" ? 'a quarter such as "2025-Q2"' : 'a quarter such as "2025-Q2" or a month such as "2025-06"'} (the trajectory is followed by ${g ?? "period"}), got ${describe(value)}`, path);
  }
  if (g !== undefined && p.granularity !== g) {
    throw new PgiError("INVALID_INPUT", `${describe(value)} is a ${p.granularity} but the trajectory is followed by ${g}; use the same kind of period`, path);
  }
  if (p.year < 1900 || p.year > 2100) throw new PgiError("INVALID_INPUT", "expected a year from 1900 to 2100", path);
  return p;
}

/** True when a trajectory input or observations use quarters or months. @internal */
export function usesPeriods(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  const v = input as { baselineYear?: unknown; targetYear?: unknown };
  return parsePeriod(v.baselineYear) !== null || parsePeriod(v.targetYear) !== null;
}

/** True when observations name quarters or months. @internal */
export function observesPeriods(observations: unknown): boolean {
  return Array.isArray(observations) && Array.from(observations).some((o, i) => typeof o === "object" && o !== null && parsePeriod(field(o, "year", ["observations", i])) !== null);
}

/** {@link trajectory} for quarters and months: one milestone per period. @internal */
export function periodTrajectory(input: TrajectoryInput): Trajectory {
  safeEntries(input, [], "the trajectory input");
  const b = period(input.baselineYear, ["baselineYear"]);
  const t = period(input.targetYear, ["targetYear"], b.granularity);
  // The other fields are checked by the yearly schema, with the periods' years in place.
  const v = parseWith(trajectoryShape(), { ...input, baselineYear: b.year, targetYear: t.year });
  const n = t.index - b.index;
  if (n <= 0) throw new PgiError("INVALID_INPUT", `targetYear (${label(t.index, t.granularity)}) must be after baselineYear (${label(b.index, b.granularity)})`, ["targetYear"]);
  const decimals = (v.decimals ?? 2) + 0; // + 0: no −0
  const base = toDec(v.baseline, { path: ["baseline"] });
  const target = toDec(v.target, { path: ["target"] });
  const slope = target.minus(base).div(n);
  return seal({
    kind: "trajectory" as const,
    label: v.label ?? null,
    direction: v.direction ?? "higher",
    decimals,
    baselineYear: b.year,
    baseline: toNum(base, decimals),
    targetYear: t.year,
    target: toNum(target, decimals),
    annualChange: toNum(slope.times(b.perYear), decimals + 2),
    milestones: Array.from({ length: n + 1 }, (_, k) => ({
      year: Math.floor((b.index + k) / b.perYear),
      period: label(b.index + k, b.granularity),
      value: toNum(k === n ? target : base.plus(slope.times(k)), decimals),
    })),
    granularity: b.granularity,
    baselinePeriod: label(b.index, b.granularity),
    targetPeriod: label(t.index, t.granularity),
    periodChange: toNum(slope, decimals + 2),
  }, showTargets);
}

function classify(value: Dec, target: Dec, observed: Dec, ratio: Dec | null, sign: number): ProgressStatus {
  if (value.minus(target).times(sign).gte(0)) return "achieved";
  if (ratio === null) return observed.times(sign).lt(0) ? "decreasing" : "stagnating";
  if (ratio.gte(1)) return "onTrack";
  if (ratio.gte("0.5")) return "moderatelyImproving";
  if (ratio.gte(0)) return "stagnating";
  return "decreasing";
}

/** {@link assessProgress} for a trajectory followed by quarter or month. @internal */
export function periodProgress(path: Trajectory, observations: readonly Observation[]): ProgressAssessment {
  const g = path.granularity;
  if (g !== "quarter" && g !== "month") {
    throw new PgiError("INVALID_INPUT", "the trajectory is yearly; observe years (2025), or build the trajectory by quarter or month", ["observations"]);
  }
  const b = period(path.baselinePeriod, ["trajectory", "baselinePeriod"], g);
  const t = period(path.targetPeriod, ["trajectory", "targetPeriod"], g);
  if (!Array.isArray(observations) || observations.length === 0) throw new PgiError("INVALID_INPUT", "give at least one observation [{ year: \"2025-Q2\", value }]", ["observations"]);
  const seen = new Set<number>();
  const obs = Array.from(observations, (o, i) => {
    const e = Object.fromEntries(safeEntries(o, ["observations", i], "an observation { year, value }"));
    for (const k of Object.keys(e)) if (k !== "year" && k !== "value") throw new PgiError("INVALID_INPUT", `unknown key "${k}"; an observation is { year, value }`, ["observations", i, k]);
    const p = period(e.year, ["observations", i, "year"], g);
    if (seen.has(p.index)) throw new PgiError("INVALID_INPUT", `${label(p.index, g)} is observed twice; give one value per period`, ["observations", i, "year"]);
    seen.add(p.index);
    return { p, value: toDec(e.value, { path: ["observations", i, "value"] }) };
  });
  const latest = obs.reduce((a, o) => (o.p.index > a.p.index ? o : a));
  if (latest.p.index <= b.index) throw new PgiError("INVALID_INPUT", `no observation after the baseline ${label(b.index, g)}; progress needs a later period`, ["observations"]);
  const d = path.decimals;
  const base = new D(String(path.baseline));
  const target = new D(String(path.target));
  const sign = path.direction === "lower" ? -1 : 1;
  const observed = latest.value.minus(base).div(latest.p.index - b.index);
  const required = target.minus(base).div(t.index - b.index);
  const ratio = required.isZero() ? null : observed.div(required);
  const k = Math.min(latest.p.index, t.index) - b.index;
  const expected = latest.p.index >= t.index ? target : base.plus(target.minus(base).times(k).div(t.index - b.index));
  return seal({
    kind: "progressAssessment" as const,
    label: path.label,
    direction: path.direction,
    baselineYear: b.year,
    baseline: path.baseline,
    targetYear: t.year,
    target: path.target,
    latest: { year: latest.p.year, value: toNum(latest.value, d), period: label(latest.p.index, g) },
    expected: toNum(expected, d),
    observedAnnualChange: toNum(observed.times(b.perYear), d + 2),
    requiredAnnualChange: toNum(required.times(b.perYear), d + 2),
    ratio: ratio === null ? null : toNum(ratio, 4),
    status: classify(latest.value, target, observed, ratio, sign),
    granularity: g,
    baselinePeriod: label(b.index, g),
    targetPeriod: label(t.index, g),
  }, showTargets);
}
