/**
 * Arbitraries for trajectory inputs.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions } from "./core";
import { fromUnits } from "./shared";
import { unitsRange } from "./scores";
import type { TrajectoryInput } from "../targets/trajectory";
/** Options of {@link arbTrajectoryInput}. */
export interface TrajectoryArbOptions {
  /** Lowest baseline and target (default 4, the PGI composite scale). */
  readonly min?: number;
  /** Highest (default 40). */
  readonly max?: number;
  /** Longest span in years (default 10). */
  readonly maxYears?: number;
}

/**
 * The input of `trajectory`: baseline and target with 2 decimals on a scale (default the PGI
 * composite scale 4–40), a target year 1–10 years after a baseline year in 2020–2030, the
 * direction that makes the target an improvement (`lower` when the target is below the baseline),
 * sometimes a label.
 *
 * Meant for: "the path ends exactly at the target", "milestones move monotonically from baseline
 * to target", and "a unit exactly on its path is on track" (`assessProgress`).
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbTrajectoryInput(), (input) => {
 *   const t = trajectory(input);
 *   return t.milestones.length === t.targetYear - t.baselineYear + 1 && t.milestones.at(-1).value === input.target;
 * })).failed; // false
 * ```
 */
export function arbTrajectoryInput(
  options: TrajectoryArbOptions = {},
): fc.Arbitrary<TrajectoryInput & { readonly baseline: number; readonly target: number; readonly baselineYear: number; readonly targetYear: number }> {
  checkOptions(options, "{ min?, max?, maxYears? }");
  const { lo, hi } = unitsRange({ min: options.min ?? 4, max: options.max ?? 40, decimals: 2 });
  const maxYears = bound(options.maxYears, "maxYears", 10, 1, 100);
  return fc
    .record({
      baseline: fc.integer({ min: lo, max: hi }),
      target: fc.integer({ min: lo, max: hi }),
      baselineYear: fc.integer({ min: 2020, max: 2030 }),
      years: fc.integer({ min: 1, max: maxYears }),
      label: fc.option(fc.constantFrom("PGI", "pollution", "Tỷ lệ hộ có thùng rác (%)"), { nil: undefined }),
    })
    .map(({ baseline, target, baselineYear, years, label }) => ({
      baselineYear,
      baseline: fromUnits(baseline),
      targetYear: baselineYear + years,
      target: fromUnits(target),
      direction: target < baseline ? ("lower" as const) : ("higher" as const),
      ...(label === undefined ? {} : { label }),
    }));
}
