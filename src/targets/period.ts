/**
 * Trajectories and progress followed by quarter or month, where a year is accepted: one milestone
 * per period, progress per period (periods read and labelled by ./calendar.ts).
 * @module
 */
import { D, toDec, toNum, type Dec } from "../decimal";
import { idOf, parsePeriod, periodLabel, type Period } from "./calendar";
import { describe, parseWith, PgiError, safeEntries, type PgiPath } from "../errors";
import { seal } from "../util";
import { field } from "../revive";
import { trajectoryShape, type ProgressAssessment, type ProgressStatus, type Trajectory, type TrajectoryInput, type Observation } from "./shape";
import { showTargets } from "./render";

const G_VI = { quarter: "quý", month: "tháng" } as const;
const EXAMPLE = {
  quarter: { en: '"2025-Q2" or "Quý II/2025"', vi: '"Quý II/2025" hoặc "2025-Q2"' },
  month: { en: '"2025-06" or "06/2025"', vi: '"06/2025" hoặc "2025-06"' },
} as const;

function period(value: unknown, path: PgiPath, g?: "quarter" | "month"): Period {
  const p = parsePeriod(value);
  if (!p) {
    const yearHere = g !== undefined && (typeof value === "number" || (typeof value === "string" && /^\s*\d{4}\s*$/.test(value)));
    throw new PgiError(
      "INVALID_INPUT",
      {
        en:
          `expected ${g === undefined ? `a quarter such as ${EXAMPLE.quarter.en} or a month such as ${EXAMPLE.month.en}` : `a ${g} such as ${EXAMPLE[g].en}`}` +
          ` (the trajectory is followed by ${g ?? "period"}), got ${describe(value)}${yearHere ? "; a year alone does not say which " + g : ""}`,
        vi:
          `cần ${g === undefined ? `một quý, ví dụ ${EXAMPLE.quarter.vi}, hoặc một tháng, ví dụ ${EXAMPLE.month.vi}` : `một ${G_VI[g]}, ví dụ ${EXAMPLE[g].vi}`}` +
          ` (lộ trình theo dõi theo ${g === undefined ? "kỳ" : G_VI[g]}), nhận được ${describe(value, "vi")}${yearHere ? `; chỉ ghi năm thì không rõ là ${G_VI[g!]} nào` : ""}`,
      },
      path,
    );
  }
  if (g !== undefined && p.granularity !== g) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${describe(value)} is a ${p.granularity} but the trajectory is followed by ${g}; use the same kind of period (e.g. ${EXAMPLE[g].en})`,
        vi: `${describe(value, "vi")} là một ${G_VI[p.granularity]} nhưng lộ trình theo dõi theo ${G_VI[g]}; hãy dùng cùng một loại kỳ (ví dụ ${EXAMPLE[g].vi})`,
      },
      path,
    );
  }
  if (p.year < 1900 || p.year > 2100) {
    throw new PgiError("INVALID_INPUT", { en: `expected a year from 1900 to 2100, got ${p.year}`, vi: `năm phải từ 1900 đến 2100, nhận được ${p.year}` }, path);
  }
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
  return (
    Array.isArray(observations) &&
    Array.from(observations).some((o, i) => typeof o === "object" && o !== null && parsePeriod(field(o, "year", ["observations", i])) !== null)
  );
}

/** {@link trajectory} for quarters and months: one milestone per period. @internal */
export function periodTrajectory(input: TrajectoryInput): Trajectory {
  safeEntries(input, [], { en: "the trajectory input", vi: "dữ liệu lộ trình" });
  const b = period(input.baselineYear, ["baselineYear"]);
  const t = period(input.targetYear, ["targetYear"], b.granularity);
  // The other fields are checked by the yearly schema, with the periods' years in place.
  const v = parseWith(trajectoryShape(), { ...input, baselineYear: b.year, targetYear: t.year });
  const n = t.index - b.index;
  if (n <= 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `targetYear (${t.id}) must be after baselineYear (${b.id})`,
        vi: `kỳ mục tiêu (${periodLabel(t.id)}) phải sau kỳ cơ sở (${periodLabel(b.id)})`,
      },
      ["targetYear"],
    );
  }
  const decimals = (v.decimals ?? 2) + 0; // + 0: no −0
  const base = toDec(v.baseline, { path: ["baseline"] });
  const target = toDec(v.target, { path: ["target"] });
  const slope = target.minus(base).div(n);
  return seal(
    {
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
        period: idOf(b.index + k, b.granularity),
        value: toNum(k === n ? target : base.plus(slope.times(k)), decimals),
      })),
      granularity: b.granularity,
      baselinePeriod: idOf(b.index, b.granularity),
      targetPeriod: idOf(t.index, t.granularity),
      periodChange: toNum(slope, decimals + 2),
    },
    showTargets,
  );
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
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "the trajectory is yearly; observe years (2025), or build the trajectory by quarter or month",
        vi: "lộ trình theo dõi theo năm; hãy ghi số liệu theo năm (2025), hoặc lập lộ trình theo quý hoặc tháng",
      },
      ["observations"],
    );
  }
  const b = period(path.baselinePeriod, ["trajectory", "baselinePeriod"], g);
  const t = period(path.targetPeriod, ["trajectory", "targetPeriod"], g);
  if (!Array.isArray(observations) || observations.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: 'give at least one observation [{ year: "2025-Q2", value }]', vi: 'cần ít nhất một số liệu thực tế [{ year: "2025-Q2", value }]' },
      ["observations"],
    );
  }
  const seen = new Set<number>();
  const obs = Array.from(observations, (o, i) => {
    const e = Object.fromEntries(safeEntries(o, ["observations", i], { en: "an observation { year, value }", vi: "số liệu thực tế { year, value }" }));
    for (const k of Object.keys(e)) {
      if (k !== "year" && k !== "value") {
        throw new PgiError(
          "INVALID_INPUT",
          {
            en: `unknown key ${describe(k)}; an observation is { year, value }`,
            vi: `trường ${describe(k, "vi")} không dùng được; mỗi số liệu thực tế là { year, value }`,
          },
          ["observations", i, k],
        );
      }
    }
    const p = period(e.year, ["observations", i, "year"], g);
    if (seen.has(p.index)) {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `${p.id} is observed twice; give one value per period`, vi: `${periodLabel(p.id)} có hai số liệu; mỗi kỳ chỉ ghi một số liệu` },
        ["observations", i, "year"],
      );
    }
    seen.add(p.index);
    return { p, value: toDec(e.value, { path: ["observations", i, "value"] }) };
  });
  const latest = obs.reduce((a, o) => (o.p.index > a.p.index ? o : a));
  if (latest.p.index <= b.index) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `no observation after the baseline ${b.id}; progress needs a later period`,
        vi: `không có số liệu nào sau kỳ cơ sở ${periodLabel(b.id)}; cần số liệu của một kỳ sau đó để đánh giá tiến độ`,
      },
      ["observations"],
    );
  }
  const d = path.decimals;
  const base = new D(String(path.baseline));
  const target = new D(String(path.target));
  const sign = path.direction === "lower" ? -1 : 1;
  const observed = latest.value.minus(base).div(latest.p.index - b.index);
  const required = target.minus(base).div(t.index - b.index);
  const ratio = required.isZero() ? null : observed.div(required);
  const k = Math.min(latest.p.index, t.index) - b.index;
  const expected =
    latest.p.index >= t.index
      ? target
      : base.plus(
          target
            .minus(base)
            .times(k)
            .div(t.index - b.index),
        );
  return seal(
    {
      kind: "progressAssessment" as const,
      label: path.label,
      direction: path.direction,
      decimals: d,
      baselineYear: b.year,
      baseline: path.baseline,
      targetYear: t.year,
      target: path.target,
      latest: { year: latest.p.year, value: toNum(latest.value, d), period: idOf(latest.p.index, g) },
      expected: toNum(expected, d),
      observedAnnualChange: toNum(observed.times(b.perYear), d + 2),
      requiredAnnualChange: toNum(required.times(b.perYear), d + 2),
      ratio: ratio === null ? null : toNum(ratio, 4),
      status: classify(latest.value, target, observed, ratio, sign),
      granularity: g,
      baselinePeriod: idOf(b.index, g),
      targetPeriod: idOf(t.index, g),
      observedPeriodChange: toNum(observed, d + 2),
      requiredPeriodChange: toNum(required, d + 2),
    },
    showTargets,
  );
}
