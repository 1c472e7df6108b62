/**
 * The types of trajectories and progress assessments, and the shape check of a trajectory's input:
 * shared by the yearly path (trajectory.ts) and the path by quarter or month (period.ts), which
 * import this module and not each other.
 * @internal
 * @module
 */
import * as z from "zod/mini";
import type { NumberInput } from "../decimal";
import { TextSchema, YearSchema } from "../schemas";
import { zodMessage } from "../errors";

/** Which way is better for the measured quantity. */
export type TrajectoryDirection = "higher" | "lower";

/** Input of {@link trajectory}. */
export interface TrajectoryInput {
  readonly baselineYear: number | string;
  readonly baseline: NumberInput;
  readonly targetYear: number | string;
  readonly target: NumberInput;
  /** `higher` (default: scores) or `lower` (e.g. a pollution indicator) is better. */
  readonly direction?: TrajectoryDirection;
  /** Decimal places of milestones (default 2). */
  readonly decimals?: number;
  /** What is measured, for display (e.g. `"pollution"`, `"composite"`, `"% households with bins"`). */
  readonly label?: string;
}

/** A straight-line path from baseline to target. */
export interface Trajectory {
  readonly kind: "trajectory";
  readonly label: string | null;
  readonly direction: TrajectoryDirection;
  readonly decimals: number;
  readonly baselineYear: number;
  readonly baseline: number;
  readonly targetYear: number;
  readonly target: number;
  /** (target − baseline) ÷ (targetYear − baselineYear), rounded half-up to `decimals` + 2 places. */
  readonly annualChange: number;
  /** One milestone a year from baselineYear to targetYear; the last is exactly the target. */
  readonly milestones: readonly { readonly year: number; readonly value: number; readonly period?: string }[];
  /** Set when followed by quarter or month (`baselineYear: "2025-Q1"`); years hold the periods' years. */
  readonly granularity?: "quarter" | "month";
  /** The baseline quarter or month, e.g. `"2025-Q1"` (period trajectories only). */
  readonly baselinePeriod?: string;
  /** The target quarter or month (period trajectories only). */
  readonly targetPeriod?: string;
  /** Required change per quarter or month, at `decimals` + 2 places (period trajectories only). */
  readonly periodChange?: number;
}

/** Progress classes of {@link assessProgress}, as in the SDG Index trend dashboards. */
export type ProgressStatus = "achieved" | "onTrack" | "moderatelyImproving" | "stagnating" | "decreasing";

/** The result of {@link assessProgress}. */
export interface ProgressAssessment {
  readonly kind: "progressAssessment";
  readonly label: string | null;
  readonly direction: TrajectoryDirection;
  /** The trajectory's decimal places: values at `decimals`, changes at `decimals` + 2. */
  readonly decimals: number;
  readonly baselineYear: number;
  readonly baseline: number;
  readonly targetYear: number;
  readonly target: number;
  /** The latest observation used. */
  readonly latest: { readonly year: number; readonly value: number; readonly period?: string };
  /** The trajectory's milestone for the latest year (where the value should be by now). */
  readonly expected: number;
  /** (latest − baseline) ÷ (latestYear − baselineYear), at `decimals` + 2 places. */
  readonly observedAnnualChange: number;
  /** (target − baseline) ÷ (targetYear − baselineYear), at `decimals` + 2 places. */
  readonly requiredAnnualChange: number;
  /** observed ÷ required (4 dp), `null` when the target equals the baseline. */
  readonly ratio: number | null;
  readonly status: ProgressStatus;
  /** Set when the trajectory is followed by quarter or month; the annual changes are per year all the same. */
  readonly granularity?: "quarter" | "month";
  /** The baseline and target quarter or month (period trajectories only). */
  readonly baselinePeriod?: string;
  readonly targetPeriod?: string;
  /** The observed change per quarter or month since the baseline, at `decimals` + 2 places (period trajectories only). */
  readonly observedPeriodChange?: number;
  /** The change per quarter or month the plan needs, at `decimals` + 2 places (period trajectories only). */
  readonly requiredPeriodChange?: number;
}

/** One observation: a year and a value. */
export interface Observation {
  readonly year: number | string;
  readonly value: NumberInput;
}

/** The message for decimals outside 0–10, in both languages. */
const DECIMALS_MESSAGE = () => zodMessage({ en: "decimals must be a whole number from 0 to 10", vi: "số chữ số thập phân phải là số nguyên từ 0 đến 10" });

/** A trajectory input's object, its two numbers checked by `number` (the number schema, or anything for the number parser). @internal */
export function trajectoryObject<N extends z.ZodMiniType>(number: N) {
  return z.strictObject({
    baselineYear: YearSchema,
    baseline: number,
    targetYear: YearSchema,
    target: number,
    direction: z.optional(
      z.literal(["higher", "lower"], zodMessage({ en: 'direction must be "higher" or "lower"', vi: 'chiều (direction) phải là "higher" hoặc "lower"' })),
    ),
    decimals: z.optional(z.int(DECIMALS_MESSAGE()).check(z.gte(0, DECIMALS_MESSAGE()), z.lte(10, DECIMALS_MESSAGE()))),
    label: z.optional(TextSchema("label")),
  });
}

let shape: ReturnType<typeof makeShape> | undefined;
function makeShape() {
  return trajectoryObject(z.unknown());
}

/**
 * The shape check of trajectory inputs (yearly and by period): numbers are left to the number
 * parser, for its errors (`INVALID_NUMBER`, `OUT_OF_RANGE`). @internal
 */
export function trajectoryShape(): ReturnType<typeof makeShape> {
  return (shape ??= makeShape());
}
